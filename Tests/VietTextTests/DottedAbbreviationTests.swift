import XCTest
@testable import VietText

/// ``DottedAbbreviations/contains(_:_:_:)`` answers a packed compare or a fold
/// signature first; it must agree with the String lookup it stands in for on
/// real words (every word of the corpus, each as if a dot followed it) and on
/// random mixes of ASCII, Vietnamese, decomposed and non-Latin scalars.
final class DottedAbbreviationTests: XCTestCase {
    private let entries: Set<String> = Tokenizer.shared.dottedAbbreviations

    private func reference(_ word: [Unicode.Scalar]) -> Bool {
        word.count <= (entries.map(\.unicodeScalars.count).max() ?? 0)
            && entries.contains(UTF8Buffer.string(word.map(Folding.lower)))
    }

    private func check(_ word: [Unicode.Scalar], _ table: DottedAbbreviations, file: StaticString = #filePath, line: UInt = #line) {
        let got = word.withUnsafeBufferPointer { table.contains($0, 0, word.count) }
        XCTAssertEqual(got, reference(word), UTF8Buffer.string(word), file: file, line: line)
    }

    func testEntriesInEveryCaseAndSpellingAreFound() {
        let table = Tokenizer.shared.abbreviations
        let words = ["TP", "tp", "Tp", "tP", "TS", "ThS", "THS", "PGS", "NSƯT", "nsưt", "NSU\u{31B}T", "v.v", "V.V", "v.v.v",
                     "Đ/c", "đ/C", "D/c", "Th.S", "Co", "Ltd", "Q", "q", "X"]
        for w in words { check(Array(w.unicodeScalars), table) }
        XCTAssertTrue(Array("NSU\u{31B}T".unicodeScalars).withUnsafeBufferPointer { table.contains($0, 0, 5) })
        XCTAssertFalse(Array("NSUT".unicodeScalars).withUnsafeBufferPointer { table.contains($0, 0, 4) })
        XCTAssertFalse(Array("Tỉnh".unicodeScalars).withUnsafeBufferPointer { table.contains($0, 0, 4) })
    }

    func testCorpusWordsAgreeWithTheStringLookup() {
        let table = Tokenizer.shared.abbreviations
        var checked = 0
        for article in Fixtures.articles {
            for t in Tokenizer.shared.tokenize(article).tokens where t.kind == .word {
                check(Array(t.text.unicodeScalars), table); checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 1_000)
    }

    func testRandomWordsAgreeWithTheStringLookup() {
        let custom = DottedAbbreviations(["tp", "nsưt", "đ/c", "ä", "ǆ", "ω", "kk", "ạb"])
        let pool: [Unicode.Scalar] = ["t", "T", "p", "P", "n", "s", "S", "u", "U", "ư", "Ư", "\u{31B}", "\u{301}", "\u{308}",
                                      "đ", "Đ", "/", "c", "a", "A", "ä", "Ä", "ǅ", "ǆ", "Ǆ", "Ω", "ω", "K", "\u{212A}",
                                      "k", "ạ", "Ạ", "b", ".", "Ⅻ", "ſ", "İ", "😀"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let word = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            for table in [Tokenizer.shared.abbreviations, custom] {
                let want = word.count <= table.maxLength && table.entries.contains(UTF8Buffer.string(word.map(Folding.lower)))
                XCTAssertEqual(word.withUnsafeBufferPointer { table.contains($0, 0, word.count) }, want,
                               UTF8Buffer.string(word))
            }
        }
    }
}

/// Token texts come from a table for one-scalar tokens and from a scratch
/// buffer otherwise: each must spell exactly the scalars at its offsets.
final class TokenTextTests: XCTestCase {
    func testEveryTokenSpellsItsScalars() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["“", "”", "–", "—", "…", "‘", "’", "•", "‰", "€", "©", "°", "½", "×", "÷", "\u{2060}", "\u{206F}",
                      "\u{2070}", "⁵", "₫", "Năm", "TP.", "1.200", "12/10", ",", ".", "-", "&", "(", ")", "x", "Đ", "ǅ", " "]
        let random = (0..<300).map { _ in
            (0..<Int.random(in: 1...50, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
        var oneScalar = 0
        for text in Fixtures.articles + random {
            let tokenized = Tokenizer.shared.tokenize(text)
            for t in tokenized.tokens {
                XCTAssertEqual(t.text, UTF8Buffer.string(tokenized.scalars[t.start..<t.end]), text)
                XCTAssertTrue(t.text.unicodeScalars.elementsEqual(tokenized.scalars[t.start..<t.end]), text)
                if t.end - t.start == 1 { oneScalar += 1 }
            }
        }
        XCTAssertGreaterThan(oneScalar, 1_000)
    }
}

/// ``CharClass/isUppercase(_:)`` decides ASCII itself: it must agree with the
/// Unicode property on every scalar of the first planes.
final class UppercaseShortcutTests: XCTestCase {
    func testAgreesWithTheUnicodeProperty() {
        for v in UInt32(0)..<0x3_0000 {
            guard let c = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(CharClass.isUppercase(c), c.properties.isUppercase, "U+\(String(v, radix: 16))")
        }
    }
}
