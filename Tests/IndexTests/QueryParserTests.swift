import Query
import XCTest

final class QueryParserTests: XCTestCase {
    /// A clause as typed: its folded words in place, each of its words as typed anywhere.
    private func typed(_ folded: String, _ accented: String) -> String {
        "({title_f body_f} : \(folded) AND {title_x body_x} : (\(accented)))"
    }

    func testExpressionsAreQuotedTermsOnly() {
        let cases: [(String, String?)] = [
            ("so tay", "{title_f body_f} : ((\"so\" AND \"tay\") OR \"so tay\")"),
            // "quy" has no diacritic, and as typed it is not "quý".
            ("\"quy tắc ứng xử\"", "({title_f body_f} : (\"quy tac ung xu\")) OR (\(typed("\"quy tac ung xu\"", "\"quy\" AND \"tắc\" AND \"ứng\" AND \"xử\"")))"),
            ("kế* -phường", "({title_f body_f} : ((\"ke\"*) NOT (\"phuong\"))) OR (((\(typed("\"ke\"*", "\"kế\"*"))) NOT (\(typed("\"phuong\"", "\"phường\"")))))"),
            ("04/KH-UBND", "{title_f body_f} : (\"04 kh ubnd\")"),
            ("a AND (b OR", "{title_f body_f} : ((\"a\" AND \"and\" AND \"b\" AND \"or\") OR \"a and b or\")"),
            ("(( )) * - \"", nil),
            ("Đào", "({title_f body_f} : (\"dao\")) OR (\(typed("\"dao\"", "\"đào\"")))"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(ParsedQuery(input).matchExpression, expected, input)
        }
    }

    func testRankTiersGoFromTypedPhraseToFoldedWords() {
        let f = "{title_f body_f} : "
        let dao = typed("\"dao\"", "\"đào\"")
        let phrase = typed("\"cong so\"", "\"công\" AND \"sở\"")
        let words = "(\(typed("\"cong\"", "\"công\"")) AND \(typed("\"so\"", "\"sở\"")))"
        let cases: [(String, [String])] = [
            ("so tay", ["\(f)(\"so tay\")", "(\(f)(\"so\" AND \"tay\")) NOT (\(f)(\"so tay\"))"]),
            ("Đào", [dao, "(\(f)(\"dao\")) NOT (\(dao))"]),
            ("\"quy tac\"", ["\(f)(\"quy tac\")"]),
            ("công sở", [phrase, "(\(words)) NOT (\(phrase))",
                         "(\(f)(\"cong so\")) NOT (\(phrase) OR \(words))",
                         "(\(f)(\"cong\" AND \"so\")) NOT (\(phrase) OR \(words) OR \(f)(\"cong so\"))"]),
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
