import XCTest
@testable import Extract
import VietText

/// The byte-level keying behind the lexicon tries: it must agree with the
/// String-based definitions it replaced (``ToneKey/key(_:)``, ``KeyedTokens/caps(_:)``).
final class KeyingTests: XCTestCase {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    func testByteKeyTableFindsWhatItHoldsAndNothingElse() {
        var table = ByteKeyTable(capacity: 4)
        let keys = ["thanh", "uy3", "truong2", "trương2", "ủy", "", "&", "ubnd", "ha noi"]
        for (k, key) in keys.enumerated() { table.insert(key, Int32(k)) }
        XCTAssertEqual(table.count, keys.count)
        for (k, key) in keys.enumerated() {
            XCTAssertEqual(table.value(key), Int32(k), key)
            XCTAssertEqual(bytes(key).withUnsafeBufferPointer { table.value($0) }, Int32(k), key)
        }
        // Prefixes, extensions and other spellings of held keys are not held.
        for missing in ["than", "thanhh", "uy", "uỷ", "truong", "Thanh", " ", "hanoi"] {
            XCTAssertNil(table.value(missing), missing)
        }
    }

    func testByteKeyTableKeepsTheFirstValueAndSurvivesGrowth() {
        var table = ByteKeyTable(capacity: 2)
        for k in 0..<2_000 { table.insert("khóa\(k)", Int32(k)) }
        table.insert("khóa7", 99)
        XCTAssertEqual(table.count, 2_000)
        XCTAssertEqual(table.value("khóa7"), 7)
        XCTAssertEqual(table.value("khóa1999"), 1_999)
        XCTAssertNil(table.value("khóa2000"))
    }

    func testToneKeysUnifyTonePlacementButKeepVowelMarks() {
        let table: [(String, String, Bool)] = [
            ("uỷ", "ủy", true), ("Thành", "thành", true), ("HOÀ", "hòa", true), ("hòa", "hoa", false),
            ("Trưởng", "Trường", false), ("UBND", "ubnd", true), ("Đà", "đà", true),
        ]
        for (a, b, same) in table {
            XCTAssertEqual(ToneKey.key(a) == ToneKey.key(b), same, "\(a) / \(b)")
        }
        XCTAssertEqual(ToneKey.key("UBND"), "ubnd")
        XCTAssertEqual(ToneKey.key("ủy"), "uy3")
    }

    func testKeyedTokensFromTextAgreeWithKeyedTokensFromTokens() {
        let texts = [
            "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An",
            "Phó Chủ tịch UBND TP. Hà Nội Nguyễn Văn A; LĐTB&XH, 30.000 sổ tay",
            "THÀNH ỦY Thanh Hóa, thành uỷ, Đ/c, N.T.H, (VH,TT&DL) – 12/QĐ-UBND",
        ]
        for text in texts {
            let tokenized = Tokenizer.shared.tokenize(text)
            let a = KeyedTokens(tokenized), b = KeyedTokens(tokenized.tokens)
            XCTAssertEqual(a.ids, b.ids, text)
            XCTAssertEqual(a.capitalized, b.capitalized, text)
            XCTAssertEqual(a.allCaps, b.allCaps, text)
            XCTAssertEqual(a.nameSyllable, b.nameSyllable, text)
            XCTAssertEqual(a.kinds, tokenized.tokens.map(\.kind), text)
            for (k, t) in tokenized.tokens.enumerated() {
                let caps = t.kind == .number ? (false, false) : KeyedTokens.caps(t.text)
                XCTAssertEqual(a.capitalized[k], caps.0, t.text)
                XCTAssertEqual(a.allCaps[k], caps.1, t.text)
                XCTAssertEqual(a.nameSyllable[k], PersonNames.isNameSyllable(t), t.text)
                XCTAssertEqual(a.key(k), KeyedTokens.key(of: t) ?? "", t.text)
                XCTAssertEqual(a.ids[k] == KeyedTokens.separator, KeyedTokens.key(of: t) == nil, t.text)
            }
        }
    }

    func testLexiconWordsGetTheirVocabularyIDs() {
        _ = AgencyLexicon(lexicons: .shared)
        let tokenized = Tokenizer.shared.tokenize("Ủy ban nhân dân tỉnh & - xyzzyq")
        let keyed = KeyedTokens(tokenized)
        let (vocabulary, _) = KeyVocabulary.shared.snapshot()
        XCTAssertEqual(keyed.ids[0], vocabulary.value(ToneKey.key("ủy")))
        XCTAssertGreaterThanOrEqual(keyed.ids[0], 0)
        XCTAssertEqual(keyed.ids[5], vocabulary.value("va") ?? KeyVocabulary.unknown, "& is keyed as va")
        XCTAssertEqual(keyed.ids[6], KeyedTokens.separator)
        XCTAssertEqual(keyed.ids[7], KeyVocabulary.unknown)
    }
}
