import XCTest
@testable import VietText

/// Any bytes in: decoding, normalizing and tokenizing never crash, and what
/// comes out is consistent (offsets in range and increasing, maps monotone).
final class PropertyTests: XCTestCase {
    /// Bytes drawn from pieces that stress the decoder: Vietnamese UTF-8,
    /// cp1258 letters and tone bytes, CR/LF, NUL, truncated sequences, digits
    /// with separators, and pure noise.
    private func randomBytes(_ g: inout SeededGenerator) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("Hoà ".utf8), Array("Uỷ ban ".utf8), Array("04/KH-HĐTĐKT".utf8), Array("1.200,5".utf8),
            Array("TP.".utf8), Array("v.v.".utf8), [0x0D], [0x0A], [0x0D, 0x0A], [0x00], [0xE1, 0xBA],
            [0xC3], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xEC], [0xD2], [0xF5], [0x85], [0x93, 0x94],
            Array("e\u{302}\u{301}".utf8), Array("\u{301}".utf8), Array("\u{200B}".utf8), Array(". ".utf8),
            Array("\"".utf8), Array("19/6/2019".utf8), Array("%".utf8), Array("😀".utf8),
        ]
        var bytes: [UInt8] = []
        let length = Int.random(in: 0...48, using: &g)
        let noisy = Bool.random(using: &g)
        for _ in 0..<length {
            if noisy && Int.random(in: 0..<3, using: &g) == 0 {
                bytes.append(UInt8.random(in: 0...255, using: &g))
            } else {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &g)]
            }
        }
        return bytes
    }

    func testAnyBytesDecodeNormalizeAndTokenizeConsistently() {
        var g = SeededGenerator(seed: 0x5EED_2026)
        var checked = 0
        for iteration in 0..<3000 {
            let bytes = randomBytes(&g)
            let problems = check(bytes)
            // One failure per input, with the bytes to reproduce it.
            if !problems.isEmpty { XCTFail("iteration \(iteration), bytes \(bytes): \(problems)"); break }
            checked += 1
        }
        XCTAssertEqual(checked, 3000)
    }

    /// Every consistency rule, as a list of violations (plain checks instead
    /// of thousands of XCTAsserts keep the test fast).
    private func check(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        func expect(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
            if !condition() { problems.append(message()) }
        }
        let decoded = TextDecoder.decode(bytes)
        expect(!decoded.text.unicodeScalars.contains("\r"), "CR left in text")
        if let first = decoded.firstInvalidOffset {
            expect(decoded.invalidSequences > 0, "offset without count")
            expect((0..<bytes.count).contains(first), "invalid offset \(first) out of \(bytes.count)")
        } else {
            expect(decoded.invalidSequences == 0, "count without offset")
        }

        let (normalized, map) = Normalizer.normalizeWithMap(decoded.text)
        expect(normalized == Normalizer.normalize(decoded.text), "normalizeWithMap differs from normalize")
        expect(map.count == normalized.scalarCount, "map count")
        expect(map.originalCount == decoded.text.scalarCount, "map original count")
        var previous = 0
        for offset in 0...map.count {
            let original = map.original(offset)
            expect(original >= previous && original <= map.originalCount, "map not monotone at \(offset)")
            previous = original
        }

        let result = Tokenizer.shared.tokenize(normalized)
        let n = normalized.scalarCount
        var end = 0
        for (index, token) in result.tokens.enumerated() {
            expect(token.start >= end && token.start < token.end && token.end <= n,
                   "token \(index) \(token.text) at \(token.start)..<\(token.end) after \(end) of \(n)")
            expect(token.text.scalarCount == token.end - token.start, "token \(index) length")
            expect(token.lower.scalarCount == token.text.scalarCount, "token \(index) lower length")
            expect(token.folded.scalarCount <= token.text.scalarCount, "token \(index) folded length")
            expect(token.sentence < result.sentences.count && result.sentences[token.sentence].contains(index),
                   "token \(index) sentence \(token.sentence)")
            end = token.end
        }
        expect(result.sentences.map(\.count).reduce(0, +) == result.tokens.count, "sentences do not cover tokens")
        expect(result.paragraphs.map(\.count).reduce(0, +) == result.tokens.count, "paragraphs do not cover tokens")
        let folded = FoldedText.analyzing(decoded.text)
        expect(folded.map.originalCount == decoded.text.scalarCount, "folded map original count")
        expect(folded.map.count == folded.text.scalarCount, "folded map count")
        return problems
    }

    func testToneMarksNeverChangeTheLength() {
        var g = SeededGenerator(seed: 7)
        let alphabet = Array("oOuUqQyYaAeEhHtn àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ.,".unicodeScalars)
        for _ in 0..<2000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &g) { view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &g)]) }
            let text = String(view)
            let placed = ToneMarks.apply(text)
            XCTAssertEqual(placed.scalarCount, text.scalarCount, text)
            XCTAssertEqual(Folding.folded(placed), Folding.folded(text), text)
            XCTAssertEqual(ToneMarks.apply(placed), placed, "idempotent: \(text)")
        }
    }
}
