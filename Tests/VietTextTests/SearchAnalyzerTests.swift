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
}
