import Foundation
import XCTest
@testable import Extract
import VietText

/// Keys of up to 16 bytes are hashed and compared as two packed words
/// (``ByteKeyTable/value(lo:hi:count:)``, ``KeyBuffer/packedWords``): every
/// way in must find exactly what a byte-by-byte compare finds.
final class PackedKeyTests: XCTestCase {
    private func randomKey(_ rng: inout SystemRandomNumberGenerator) -> String {
        let pool = ["a", "b", "ư", "ơ", "đ", "1", "2", "3", " ", ".", "&", "\u{0}", "nghiêng", "x"]
        return (0..<Int.random(in: 0...9, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
    }

    func testPackedLookupsFindTheSameEntriesAsTheBytes() {
        var rng = SystemRandomNumberGenerator()
        var table = ByteKeyTable(capacity: 8)
        var reference: [[UInt8]: Int32] = [:]
        // Keys around the 8- and 16-byte edges, trailing zero bytes, the empty key.
        var keys = ["", "a", "\u{0}", "a\u{0}", "abcdefgh", "abcdefgh\u{0}", "abcdefghijklmnop", "abcdefghijklmnopq",
                    "nghiêng5", "trương2", "uy3"]
        for _ in 0..<3_000 { keys.append(randomKey(&rng)) }
        for (k, key) in keys.enumerated() where k % 2 == 0 {
            table.insert(key, Int32(k))
            if reference[Array(key.utf8)] == nil { reference[Array(key.utf8)] = Int32(k) }
        }
        var buffer = KeyBuffer()
        defer { buffer.free() }
        for key in keys {
            let bytes = Array(key.utf8)
            let want = reference[bytes]
            XCTAssertEqual(bytes.withUnsafeBufferPointer { table.value($0) }, want, key.debugDescription)
            XCTAssertEqual(table.value(key), want, key.debugDescription)
            // Through a reused buffer that held a longer key before: stale bytes must not count.
            buffer.reset(scalars: 20)
            for b in "zzzzzzzzzzzzzzzzzzzz".utf8 { buffer.appendByte(b) }
            buffer.reset(scalars: bytes.count)
            for b in bytes { buffer.appendByte(b) }
            XCTAssertEqual(table.value(buffer), want, key.debugDescription)
            if bytes.count <= ByteKeyTable.packedLength {
                let (lo, hi) = buffer.packedWords
                XCTAssertTrue(bytes.withUnsafeBufferPointer { ByteKeyTable.pack($0) } == (lo, hi), key.debugDescription)
            }
        }
    }

    func testValuesOfEveryBitPatternComeBackFromShortAndLongKeys() {
        var table = ByteKeyTable(capacity: 1)
        let entries: [(String, Int32)] = [("âm", -5), ("x", Int32.min), ("y", Int32.max), ("", 0), ("a", -1),
                                          ("một khóa rất dài hơn mười sáu byte", -7), ("abcdefghijklmnopq", Int32.min)]
        for (k, v) in entries { table.insert(k, v) }
        for (k, v) in entries { XCTAssertEqual(table.value(k), v, k) }
        XCTAssertEqual(table.count, entries.count)
        XCTAssertNil(table.value("âm "))
        XCTAssertNil(table.value("abcdefghijklmnop"))
    }

    func testArticleKeysAgreeWithTheKeyStrings() {
        _ = Extractor()
        let (vocabulary, _) = KeyVocabulary.shared.snapshot()
        let text = "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An; THÀNH ỦY, thành uỷ, Bộ trưởng Nguyễn Văn A, 30.000 người"
        let tokenized = Tokenizer.shared.tokenize(text)
        let keyed = KeyedTokens(tokenized)
        for (k, t) in tokenized.tokens.enumerated() {
            guard let key = KeyedTokens.key(of: t) else { continue }
            XCTAssertEqual(keyed.ids[k], vocabulary.value(key) ?? KeyVocabulary.unknown, t.text)
        }
    }
}

/// Keying an article (packed lookups included) must give every token, first
/// or repeated, what the String definitions give it alone.
final class KeyingAgreementTests: XCTestCase {
    private func texts() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        let seeds = names.sorted().compactMap { try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        let pieces = ["Năm", "năm", "NĂM", "và", "Và", "&", ",", "-", "–", "TP.", "T.Ư", "uỷ", "ủy", "U\u{309}y", "Đ", "đ",
                      "1", "12/10", "04/KH-UBND", "8h30", "Hà", "HÀ", "x\u{0}", "😀", "ǅ", "K", "nghiêng", "Nghiêng", "LĐTB&XH"]
        var rng = SystemRandomNumberGenerator()
        let random = (0..<200).map { _ in
            (0..<Int.random(in: 1...60, using: &rng)).map { _ in
                pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " " : "")
            }.joined()
        }
        return seeds + random
    }

    func testRepeatedTokensGetWhatKeyingThemAloneGives() {
        _ = Extractor()
        let (vocabulary, _) = KeyVocabulary.shared.snapshot()
        var repeated = 0
        for text in texts() {
            let tokenized = Tokenizer.shared.tokenize(text)
            let keyed = KeyedTokens(tokenized)
            var seen = Set<String>()
            for (k, t) in tokenized.tokens.enumerated() {
                if !seen.insert(t.text).inserted { repeated += 1 }
                let key = KeyedTokens.key(of: t)
                XCTAssertEqual(keyed.ids[k], key.map { vocabulary.value($0) ?? KeyVocabulary.unknown } ?? KeyedTokens.separator, t.text)
                let caps = t.kind == .number ? (false, false) : KeyedTokens.caps(t.text)
                XCTAssertEqual(keyed.capitalized[k], caps.0, t.text)
                XCTAssertEqual(keyed.allCaps[k], caps.1, t.text)
                XCTAssertEqual(keyed.nameSyllable[k], PersonNames.isNameSyllable(t), t.text)
                let first = t.kind == .word ? t.folded.unicodeScalars.first.map { $0.value < 0x80 ? UInt8($0.value) : 0 } ?? 0 : 0
                XCTAssertEqual(keyed.foldedInitials[k], first, t.text)
                XCTAssertEqual(keyed.lineStart[k], t.lineStart, t.text)
                // The fold packed in the keying pass, against the folded String and the per-token packing.
                let f = t.folded
                let packed: UInt64 = t.kind == .word && !f.isEmpty && f.utf8.count <= 8 && f.utf8.allSatisfy { $0 < 0x80 }
                    ? AgencyWords.pack(f) : 0
                XCTAssertEqual(keyed.foldedWord(k), packed, t.text)
                XCTAssertEqual(keyed.foldedWord(k), keyed.foldedInitials[k] == 0 ? 0 : keyed.forms.packedFold(k), t.text)
            }
        }
        XCTAssertGreaterThan(repeated, 1_000)
    }
}

/// ``TokenText/isDash(_:)`` compares the one scalar of a punctuation token;
/// it must answer as the String compares it replaced.
final class DashTests: XCTestCase {
    func testDashesAreTheTokensWhoseTextIsADash() {
        let text = "2017 - 2020, 3–5 ngày, 1—2, a‐b, 5 − 3, ‑ ‒ ―  ~ _ = -- –– x-y “–” (-) \u{2D}\u{301}"
        var dashes = 0
        for t in Tokenizer.shared.tokenize(text).tokens {
            let want = t.kind == .punctuation && (t.text == "-" || t.text == "–" || t.text == "—" || t.text == "‐" || t.text == "−")
            XCTAssertEqual(TokenText.isDash(t), want, t.text)
            if want { dashes += 1 }
        }
        XCTAssertGreaterThanOrEqual(dashes, 8)
        // Made-up tokens, including texts no tokenizer gives a punctuation token.
        for s in ["-", "–", "—", "‐", "−", "--", "-\u{301}", "", "a", "‒"] {
            let t = Token(kind: .punctuation, text: s, start: 0, end: 1, spaceBefore: true, lineStart: false, sentence: 0)
            XCTAssertEqual(TokenText.isDash(t), s == "-" || s == "–" || s == "—" || s == "‐" || s == "−", s)
        }
    }
}

/// Document symbols count their capitals with ASCII decided directly: the
/// counts must be those of the Unicode properties.
final class SymbolCaseTests: XCTestCase {
    func testLetterCasesCountLikeTheUnicodeProperties() {
        var rng = SystemRandomNumberGenerator()
        let pool: [Unicode.Scalar] = ["0", "4", "/", "-", "K", "H", "Đ", "đ", "T", "r", "Q", "ĐT", "&", "ǅ", "ª", "Ⅻ", "ⅻ", "ß", "İ", "😀", "\u{301}", "ʰ", "_"]
            .compactMap { ($0 as String).unicodeScalars.first }
        var texts = ["04/KH-HĐTĐKT", "100/2019/NĐ-CP", "06-CTr/TU", "12/QĐ-LĐTB&XH", "QH13", "abc", ""]
        for _ in 0..<3_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &rng) { s.append(pool.randomElement(using: &rng)!) }
            texts.append(String(s))
        }
        for text in texts {
            var upper = 0, lower = 0
            for s in text.unicodeScalars where s.properties.isAlphabetic {
                if s.properties.isUppercase { upper += 1 } else { lower += 1 }
            }
            let got = DocumentRecognizer.letterCases(text)
            XCTAssertEqual(got.upper, upper, text)
            XCTAssertEqual(got.lower, lower, text)
        }
    }
}
