import Query
import XCTest

final class QueryParserTests: XCTestCase {
    func testExpressionsAreQuotedTermsOnly() {
        let cases: [(String, String?)] = [
            ("so tay", "{title_f body_f} : ((\"so\" AND \"tay\") OR \"so tay\")"),
            ("\"quy tắc ứng xử\"", "({title_f body_f} : (\"quy tac ung xu\")) OR ({title_x body_x} : (\"quy tắc ứng xử\"))"),
            ("kế* -phường", "({title_f body_f} : ((\"ke\"*) NOT (\"phuong\"))) OR ({title_x body_x} : ((\"kế\"*) NOT (\"phường\")))"),
            ("04/KH-UBND", "{title_f body_f} : (\"04 kh ubnd\")"),
            ("a AND (b OR", "{title_f body_f} : ((\"a\" AND \"and\" AND \"b\" AND \"or\") OR \"a and b or\")"),
            ("(( )) * - \"", nil),
            ("Đào", "({title_f body_f} : (\"dao\")) OR ({title_x body_x} : (\"đào\"))"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(ParsedQuery(input).matchExpression, expected, input)
        }
    }

    func testDiacriticDetection() {
        XCTAssertTrue(ParsedQuery("Dũng").hasDiacritics)
        XCTAssertTrue(ParsedQuery("đa").hasDiacritics)
        XCTAssertFalse(ParsedQuery("dao xuan dung").hasDiacritics)
    }

    func testSnippetHighlightsPhraseAndKeepsAccents() {
        let text = "Phó Giám đốc Sở Đào Xuân Dũng cho biết: đào tạo cán bộ là nhiệm vụ."
        let s = Snippeter().snippet(text: text, clauses: ParsedQuery("\"dao xuan dung\"").highlightClauses)
        XCTAssertEqual(s, "Phó Giám đốc Sở \(Highlight.open)Đào Xuân Dũng\(Highlight.close) cho biết: đào tạo cán bộ là nhiệm vụ.")
        let cut = Snippeter(window: 4).snippet(text: text, clauses: ParsedQuery("nhiem vu").highlightClauses)
        XCTAssertEqual(cut, "…bộ là \(Highlight.open)nhiệm vụ\(Highlight.close).")
    }
}
