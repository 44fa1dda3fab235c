import Foundation
import XCTest
@testable import Extract
import VietText

/// The id, packed-word and trie shortcuts that stand in for String compares
/// must answer exactly as the Strings they replaced, on real articles and on
/// random text mixing cases, tone placements, marks and punctuation.
final class FastPathTests: XCTestCase {
    private func seedTexts() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.sorted().compactMap { try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
    }

    /// Random text from syllables, pieces of lexicon words and awkward scalars.
    private func randomTexts(count: Int) -> [String] {
        let pieces = ["Năm", "năm", "NGÀY", "ngày", "tháng", "Quý", "QUÝ", "số", "Số", "đến", "tới", "từ", "giờ", "h",
                      "và", "Và", "hoặc", "quận", "Quận", "huyện", "TP", "TP.", "thị", "xã", "thành", "phố", "Kiêm",
                      "nguyên", "Cựu", "ông", "Bà", "các", "Bộ", "TW", "T.Ư", "Trung", "ương", "uỷ", "ủy", "hoà", "hòa",
                      "e\u{301}", "\u{301}a", "Đ", "đ", "x", "1.200", "12/10", "2019", "04/KH-UBND", "%", "&", ",", ".",
                      "-", "–", "(", ")", "\"", "ſ", "K", "Ⅻ", "😀", "ǅ", "İ", "người", "tỷ", "nghìn", "hơn", "gần", "ha"]
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...40, using: &rng)).map { _ in
                pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " " : "")
            }.joined()
        }
    }

    private func allTexts() -> [String] { seedTexts() + randomTexts(count: 300) }

    func testLowerAndFoldedIDsAreTheVocabularyIDsOfTheTokenStrings() {
        _ = Extractor()   // loads every lexicon, so the vocabulary holds their words
        for text in allTexts() {
            let keyed = KeyedTokens(Tokenizer.shared.tokenize(text))
            let (vocabulary, _) = KeyVocabulary.shared.snapshot()
            for (k, t) in keyed.tokens.enumerated() {
                XCTAssertEqual(keyed.lowerID(k), vocabulary.value(ICU.nfc(t.lower)) ?? KeyVocabulary.unknown, t.text)
                XCTAssertEqual(keyed.foldedID(k), vocabulary.value(ICU.nfc(t.folded)) ?? KeyVocabulary.unknown, t.text)
            }
        }
    }

    func testPackedFoldedWordsMatchTheFoldedStrings() {
        let words = ["va", "kiem", "nguyen", "cuu", "ong", "ba", "quan", "huyen", "tp", "tp.", "thi", "xa", "thanh",
                     "pho", "tw", "t.u", "tu", "trung", "uong", "bo", "cac", "nhung", "hoa", "uy", "d"]
        for text in allTexts() {
            let keyed = KeyedTokens(Tokenizer.shared.tokenize(text))
            for (k, t) in keyed.tokens.enumerated() {
                for w in words {
                    let expected = t.kind == .word && t.folded == w
                    XCTAssertEqual(keyed.isFoldedWord(k, AgencyWords.pack(w)), expected, "\(t.text) / \(w)")
                }
            }
        }
    }

    func testLowerEqualsMatchesTheLowercaseString() {
        for text in allTexts() {
            let keyed = KeyedTokens(Tokenizer.shared.tokenize(text))
            for (k, t) in keyed.tokens.enumerated() {
                for w in ["quý", "tháng", "năm", "h", "và"] {
                    XCTAssertEqual(keyed.lowerEquals(k, w), t.lower == w, "\(t.text) / \(w)")
                }
            }
        }
    }

    /// The String-joining matcher the id trie replaced.
    private func reference(_ lexicon: [String], key: PhraseLexicon.Key, _ tokens: [Token], at i: Int) -> (Int, String)? {
        var values: [String: String] = [:]
        for line in lexicon {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let phrase = parts.first, !phrase.isEmpty else { continue }
            let words = phrase.split(separator: " ").map { key == .lower ? Folding.lowercased($0) : Folding.folded($0) }
            let k = words.joined(separator: " ")
            if values[k] == nil { values[k] = parts.count > 1 ? parts[1] : phrase }
        }
        var best: (Int, String)?, joined = ""
        for k in i..<min(tokens.count, i + 8) {
            guard tokens[k].kind != .punctuation else { break }
            joined += (k > i ? " " : "") + (key == .lower ? tokens[k].lower : tokens[k].folded)
            if let v = values[joined] { best = (k - i + 1, v) }
        }
        return best
    }

    func testPhraseTrieMatchesLikeJoinedStrings() {
        let entries = ["hơn | over", "gần", "tối đa", "không quá | at most", "Kế hoạch", "nghìn tỷ", "sổ tay",
                       "HƠN | again", "đơn vị sự nghiệp", "& co", "1.200 người", "hoà bình", "hòa giải"]
        for key in [PhraseLexicon.Key.lower, .folded] {
            let lexicon = PhraseLexicon(entries, key: key)
            let texts = allTexts() + ["Hơn 1.200 người, gần 30 đơn vị sự nghiệp; KẾ HOẠCH tối đa & CO hoà bình hoà giải"]
            for text in texts {
                let keyed = KeyedTokens(Tokenizer.shared.tokenize(text))
                for i in keyed.indices {
                    let got = lexicon.match(keyed, at: i)
                    let want = reference(entries, key: key, keyed.tokens, at: i)
                    XCTAssertEqual(got?.count, want?.0, "\(key) \(text) at \(i)")
                    XCTAssertEqual(got?.value, want?.1, "\(key) \(text) at \(i)")
                    // Ending before i + n is the same entry read backwards, when it is the longest there.
                    if let got, let back = lexicon.match(keyed, endingBefore: i + got.count) {
                        XCTAssertLessThanOrEqual(back.start, i, "\(text) at \(i)")
                    }
                }
            }
        }
    }

    func testPlainDigitNumbersReadLikeTheGeneralPath() {
        var rng = SystemRandomNumberGenerator()
        var samples = ["0", "007", "1", "2019", "123456789012345", "1234567890123456", "30000"]
        for _ in 0..<500 {
            samples.append(String((0..<Int.random(in: 1...16, using: &rng)).map { _ in "0123456789".randomElement(using: &rng)! }))
        }
        for s in samples {
            XCTAssertEqual(NumberReading.value(s), NumberReading.separatedValue(Substring(s)), s)
        }
        XCTAssertEqual(NumberReading.value("1.200"), 1200)
        XCTAssertNil(NumberReading.value("1\u{301}"))
    }
}
