import VietText
import XCTest

final class SearchAnalyzerTests: XCTestCase {
    /// Indexing uses the one-pass form; querying uses `exact`/`folded` one word at a
    /// time. They must agree, or a query stops finding what was indexed.
    func testOnePassFormsEqualTheSeparateForms() {
        let texts = [
            "Sở Văn hoá, Thể thao và Du lịch tỉnh Hoà Bình", "UBND huyện Thanh Thuỷ", "ĐẢNG UỶ KHỐI",
            "Kế hoạch số 04/KH-HĐTĐKT ngày 12/10/2018", "Ho\u{0300}a bi\u{0300}nh (NFD)", "", "Quảng Ninh – 30.000 sổ tay",
        ]
        for text in texts {
            let both = SearchAnalyzer.exactAndFolded(text)
            XCTAssertEqual(both.exact, SearchAnalyzer.exact(text), text)
            XCTAssertEqual(both.folded, SearchAnalyzer.folded(text), text)
        }
        XCTAssertEqual(SearchAnalyzer.exactAndFolded("Hoà Bình").exact, "hòa bình")
        XCTAssertEqual(SearchAnalyzer.exactAndFolded("Đảng uỷ").folded, "dang uy")
    }

    /// Random text over Vietnamese letters, other scripts whose lowercase is longer
    /// in UTF-8 (Ⱥ → ⱥ), combining marks and emoji: the one-pass forms still agree.
    func testOnePassFormsAgreeOnRandomText() {
        let pool: [Unicode.Scalar] = Array("aAđĐƯỨỢẫÀÈ İȺȾΣΩЖ\u{0301}\u{0323} 😀\n\t.,/-0123".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) { view.append(pool.randomElement(using: &generator)!) }
            let text = String(view)
            let both = SearchAnalyzer.exactAndFolded(text)
            XCTAssertEqual(both.exact, SearchAnalyzer.exact(text), text.debugDescription)
            XCTAssertEqual(both.folded, SearchAnalyzer.folded(text), text.debugDescription)
        }
    }
}

/// The text column of the full-text index keeps an article's exact words, each once.
final class ExactWordSetTests: XCTestCase {
    func testWordsOnceInOrderOfFirstAppearance() {
        let cases: [(String, String)] = [
            ("Sở Y tế tỉnh Bình Dương phối hợp với Sở Y tế TP.HCM", "sở y tế tỉnh bình dương phối hợp với tp hcm"),
            // Both tone placements are one word once normalized; đ is not d.
            ("Hoà Bình, hòa giải, ĐẢNG UỶ và Đảng ủy, dang", "hòa bình giải đảng ủy và dang"),
            ("Kế hoạch số 04/KH-HĐTĐKT ngày 12/10/2018", "kế hoạch số 04 kh hđtđkt ngày 12 10 2018"),
            // Dashes, quotes and ellipses split words as the index's tokenizer does.
            ("“Năm 2019”–“năm 2020”… năm", "năm 2019 2020"),
            ("giao thông, giáo dục, giao", "giao thông giáo dục"),
            ("", ""), ("– … “ ”", ""),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(SearchAnalyzer.exactWordSet(text), expected, text)
            XCTAssertEqual(SearchAnalyzer.foldedAndExactWordSet(text).folded, SearchAnalyzer.folded(text), text)
        }
    }

    /// Against the plain definition: the words of the exact form (cut where the
    /// index's tokenizer cuts), first occurrences only.
    func testAgreesWithTheDefinitionOnRandomText() {
        let pool: [Unicode.Scalar] = Array("aAđĐƯỨỢẫÀÈ ôơ İȺΣЖ\u{0301}\u{0323} 😀“”–…\n\t.,/-0123".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...60, using: &generator) { view.append(pool.randomElement(using: &generator)!) }
            let text = String(view)
            var words: [String] = [], seen = Set<String>(), word = String.UnicodeScalarView()
            func flush() {
                let w = String(word)
                word = .init()
                if !w.isEmpty, seen.insert(w).inserted { words.append(w) }
            }
            for s in SearchAnalyzer.exact(text).unicodeScalars {
                if SearchAnalyzer.isWordScalar(s) { word.append(s) } else { flush() }
            }
            flush()
            XCTAssertEqual(SearchAnalyzer.exactWordSet(text), words.joined(separator: " "), text.debugDescription)
        }
    }
}
