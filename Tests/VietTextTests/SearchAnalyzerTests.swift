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
