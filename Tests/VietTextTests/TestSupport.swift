import Foundation
import XCTest
@testable import VietText

/// Shared fixtures: the real articles in `corpus/` and encoders that turn them
/// into the byte forms found in the wild.
enum Fixtures {
    static let corpusDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    /// The corpus articles (UTF-8, NFC), sorted by name.
    static let articles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            guard let data = FileManager.default.contents(atPath: corpusDirectory.appendingPathComponent($0).path) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }()

    static func article(_ index: Int, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        guard index < articles.count else {
            throw XCTSkip("corpus article \(index) missing in \(corpusDirectory.path)", file: file, line: line)
        }
        return articles[index]
    }

    static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]

    /// The text in the form windows-1258 can hold: letters with their vowel
    /// marks precomposed (â ê ô ơ ư ă), tone marks as separate combining marks,
    /// as Vietnamese keyboards for that code page write it.
    static func windows1258Form(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.value >= 0xC0 else { out.append(scalar); continue }
            let parts = Array(ICU.nfd(String(scalar)).unicodeScalars)
            guard let tone = parts.first(where: { toneMarks.contains($0.value) }) else { out.append(scalar); continue }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: parts.filter { $0 != tone })
            out.append(contentsOf: ICU.nfc(String(rest)).unicodeScalars)
            out.append(tone)
        }
        return String(out)
    }

    static func encode(_ text: String, _ charset: String, file: StaticString = #filePath, line: UInt = #line) -> [UInt8] {
        guard let (bytes, unmappable) = ICU.encode(text, charset: charset) else {
            XCTFail("ICU cannot encode in \(charset)", file: file, line: line); return []
        }
        XCTAssertEqual(unmappable, 0, "characters not representable in \(charset)", file: file, line: line)
        return bytes
    }
}

/// A small seeded generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    var scalarCount: Int { unicodeScalars.count }
}
