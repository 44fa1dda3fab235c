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

    func testRankTiersGoFromTypedPhraseToFoldedWords() {
        let f = "{title_f body_f} : ", x = "{title_x body_x} : "
        let cases: [(String, [String])] = [
            ("so tay", ["\(f)(\"so tay\")", "(\(f)(\"so\" AND \"tay\")) NOT (\(f)(\"so tay\"))"]),
            ("Đào", ["\(x)(\"đào\")", "(\(f)(\"dao\")) NOT (\(x)(\"đào\"))"]),
            ("\"quy tac\"", ["\(f)(\"quy tac\")"]),
            ("công sở", ["\(x)(\"công sở\")", "(\(x)(\"công\" AND \"sở\")) NOT (\(x)(\"công sở\"))",
                         "(\(f)(\"cong so\")) NOT (\(x)(\"công sở\") OR \(x)(\"công\" AND \"sở\"))",
                         "(\(f)(\"cong\" AND \"so\")) NOT (\(x)(\"công sở\") OR \(x)(\"công\" AND \"sở\") OR \(f)(\"cong so\"))"]),
            ("ke* hoach", ["\(f)(\"ke\"* AND \"hoach\")"]),
            ("so -tay", ["\(f)((\"so\") NOT (\"tay\"))"]),
            ("(( ))", []),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(ParsedQuery(input).rankTiers, expected, input)
        }
    }

    func testMatchSetIsTheFoldedWordsUnlessSomethingIsNegated() {
        XCTAssertEqual(ParsedQuery("Sổ tay").matchSetExpression, "{title_f body_f} : (\"so\" AND \"tay\")")
        XCTAssertEqual(ParsedQuery("sổ -tay").matchSetExpression, ParsedQuery("sổ -tay").matchExpression)
        XCTAssertNil(ParsedQuery("").matchSetExpression)
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
        // A phrase match at the window's edge is not cut in two.
        let edge = Snippeter(window: 3).snippet(text: "Các cơ quan niêm yết quy tắc ứng xử tại công sở.",
                                                 clauses: ParsedQuery("\"quy tac ung xu\"").highlightClauses)
        XCTAssertTrue(edge.contains("\(Highlight.open)quy tắc ứng xử\(Highlight.close)"), edge)
    }
}
