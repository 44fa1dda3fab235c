import XCTest
@testable import Extract
import VietText

/// Keying through the ``KeyMemo`` (tokens spelt as before, in this article or
/// an earlier one) must give what keying each token from its scalars gives.
final class KeyMemoTests: XCTestCase {
    static let sentences = [
        "Sở GD&ĐT tỉnh Hòa Bình phối hợp với UBND huyện, thành uỷ và THÀNH ỦY Thanh Hoá.",
        "Ngày 19/6/2019, 13/13 phường đạt 100% chỉ tiêu; phát 1.200 cuốn, 30.000 sổ tay.",
        "Kế hoạch số 04/KH-HĐTĐKT của Sở LĐTB&XH, Nghị định 100/2019/NĐ-CP, Chỉ thị 06-CTr/TU.",
        "TS. Nguyễn Văn A, Đ/c Trần Thị B nói: “Việc này… rất tốt” – v.v. Ông Lê Văn Cường, bà Hoàng Thị Đào.",
        "hoà hòa HOÀ HÒA uỷ ủy U\u{309}Y Ủy ban nhân dân, đường Đường ĐƯỜNG, Trưởng trường, VH,TT&DL",
        "nghiêngnghiêngnghiêng ABCDEFGHIJKLMNOPQRS & 123456789012345678 😀",
    ]

    private func assertSame(_ a: KeyedTokens, _ b: KeyedTokens, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.kinds, b.kinds, text, file: file, line: line)
        XCTAssertEqual(a.ids, b.ids, text, file: file, line: line)
        XCTAssertEqual(a.capitalized, b.capitalized, text, file: file, line: line)
        XCTAssertEqual(a.allCaps, b.allCaps, text, file: file, line: line)
        XCTAssertEqual(a.nameSyllable, b.nameSyllable, text, file: file, line: line)
        XCTAssertEqual(a.foldedInitials, b.foldedInitials, text, file: file, line: line)
        XCTAssertEqual(a.foldedWords, b.foldedWords, text, file: file, line: line)
        XCTAssertEqual(a.lineStart, b.lineStart, text, file: file, line: line)
    }

    func testMemoizedKeyingAgreesWithKeyingFromScalars() {
        _ = Extractor()
        for round in 0..<3 {
            for text in Self.sentences {
                let tokenized = Tokenizer.shared.tokenize(text)
                // From the tokenized text (memo, packed spellings) and from the tokens alone (no memo).
                assertSame(KeyedTokens(tokenized), KeyedTokens(tokenized.tokens), "\(round): \(text)")
            }
        }
        // All sentences as one article: every token after its first spelling is a memo hit.
        let all = Tokenizer.shared.tokenize(Self.sentences.joined(separator: "\n"))
        assertSame(KeyedTokens(all), KeyedTokens(all.tokens), "joined")
    }

    func testRememberedFormsAgreeWithFormsFromScalars() {
        _ = Extractor()
        for round in 0..<3 {
            for text in Self.sentences + [Self.sentences.joined(separator: " ")] {
                let tokenized = Tokenizer.shared.tokenize(text)
                let memoized = KeyedTokens(tokenized), plain = KeyedTokens(tokenized.tokens)
                XCTAssertNotNil(memoized.forms.memo)
                // Asked in both orders, so that some reads find the forms another token left.
                let order = round == 1 ? Array(tokenized.tokens.indices.reversed()) : Array(tokenized.tokens.indices)
                for k in order {
                    let t = tokenized.tokens[k]
                    XCTAssertEqual(memoized.lowerID(k), plain.lowerID(k), "\(round): \(t.text)")
                    XCTAssertEqual(memoized.foldedID(k), plain.foldedID(k), "\(round): \(t.text)")
                }
            }
        }
        // The ids are those of the String forms, wherever a lexicon holds them.
        let (vocabulary, _) = KeyVocabulary.shared.snapshot()
        let tokenized = Tokenizer.shared.tokenize(Self.sentences.joined(separator: " "))
        let keyed = KeyedTokens(tokenized)
        for (k, t) in tokenized.tokens.enumerated() {
            XCTAssertEqual(keyed.lowerID(k), vocabulary.value(t.lower) ?? KeyVocabulary.unknown, t.text)
            XCTAssertEqual(keyed.foldedID(k), vocabulary.value(t.folded) ?? KeyVocabulary.unknown, t.text)
        }
    }

    func testTheMemoTellsKindsApartAndForgetsOnAVocabularyChange() throws {
        let memo = try XCTUnwrap(KeyMemo.take(vocabularySize: -1))
        let (lo, hi) = PackedUTF8.pack("2024")
        let entry = KeyMemo.Entry(id: 7, kind: .number, foldedInitial: 0, foldedWord: 0,
                                  capitalized: false, allCaps: false, nameSyllable: false)
        memo.store(lo, hi, entry)
        XCTAssertEqual(memo.find(lo, hi, .number), entry)
        XCTAssertNil(memo.find(lo, hi, .code))
        XCTAssertNil(memo.find(lo, hi ^ 1, .number))
        let word = KeyMemo.Entry(id: -1, kind: .word, foldedInitial: 0x75, foldedWord: 0x62_64_6E_75,
                                 capitalized: true, allCaps: true, nameSyllable: false)
        XCTAssertEqual(word.id, -1)
        XCTAssertEqual(word.foldedInitial, 0x75)
        XCTAssertTrue(word.capitalized && word.allCaps && !word.nameSyllable)
        XCTAssertEqual(KeyMemo.Entry(id: KeyedTokens.separator, kind: .punctuation, foldedInitial: 0, foldedWord: 0,
                                     capitalized: false, allCaps: false, nameSyllable: true).id, KeyedTokens.separator)
        // Three spellings of one set: the newest two are held, the oldest is dropped.
        var sameSet: [(UInt64, UInt64)] = []
        var n = 0
        while sameSet.count < 3 {
            let p = PackedUTF8.pack("từ\(n)")
            if KeyMemo.setIndex(p.0, p.1) == KeyMemo.setIndex(lo, hi) { sameSet.append(p) }
            n += 1
        }
        for (k, p) in sameSet.enumerated() {
            memo.store(p.0, p.1, KeyMemo.Entry(id: Int32(k), kind: .code, foldedInitial: 0, foldedWord: 0,
                                                capitalized: false, allCaps: false, nameSyllable: false))
        }
        XCTAssertNil(memo.find(lo, hi, .number))
        XCTAssertNil(memo.find(sameSet[0].0, sameSet[0].1, .code))
        XCTAssertEqual(memo.find(sameSet[1].0, sameSet[1].1, .code)?.id, 1)
        XCTAssertEqual(memo.find(sameSet[2].0, sameSet[2].1, .code)?.id, 2)
        KeyMemo.give(memo)
        // Taken again for another vocabulary: what it held is gone (unless another test thread took it).
        let again = try XCTUnwrap(KeyMemo.take(vocabularySize: -2))
        XCTAssertNil(again.find(lo, hi, .number))
        KeyMemo.give(again)
    }
}
