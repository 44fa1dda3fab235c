import Extract
import Foundation
@testable import Query
@testable import Server
import XCTest

final class HTMLEscapeTests: XCTestCase {
    func testEscapeTable() {
        let cases: [(String, String)] = [
            ("", ""),
            ("Sở Nội vụ", "Sở Nội vụ"),
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("\"><img onerror=alert(1)>", "&quot;&gt;&lt;img onerror=alert(1)&gt;"),
            ("a & b 'c'", "a &amp; b &#39;c&#39;"),
            ("&amp;", "&amp;amp;"),
            ("Đ\u{0}x", "Đ\u{FFFD}x"),
            ("hoà / hòa, uỷ / ủy", "hoà / hòa, uỷ / ủy"),
        ]
        for (input, expected) in cases { XCTAssertEqual(HTML.escape(input), expected, input) }
    }

    func testSnippetEscapesBeforeMarking() {
        let o = Highlight.open, c = Highlight.close
        XCTAssertEqual(HTML.snippet("công tác \(o)thi đua\(c), khen thưởng"), "công tác <mark>thi đua</mark>, khen thưởng")
        XCTAssertEqual(HTML.snippet("\(o)<b>\(c) & \"x\""), "<mark>&lt;b&gt;</mark> &amp; &quot;x&quot;")
        XCTAssertEqual(HTML.snippet("stray \(c)close and \(o)open"), "stray close and <mark>open</mark>")
        XCTAssertEqual(HTML.snippet("\(o)\(o)a\(c)\(c)"), "<mark>a</mark>")
        XCTAssertEqual(HTML.snippet("<mark>"), "&lt;mark&gt;")
    }

    func testTemplatesEscapeThroughTheSameFunction() {
        let renderer = PageRenderer()
        let html = renderer.page("entities", title: "<t>'", EntitiesPage(kind: .agencies, query: "\"q'<", rows: []))
        XCTAssertTrue(html.contains("<title>&lt;t&gt;&#39; · vnpress</title>"))
        XCTAssertTrue(html.contains("value=\"&quot;q&#39;&lt;\""))
    }
}

final class QueryStringTests: XCTestCase {
    func testParsesFormEncoding() throws {
        let q = try QueryString(parsing: "q=thi+%C4%91ua&agency=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5&empty=&q=second&flag")
        XCTAssertEqual(q["q"], "thi đua")
        XCTAssertEqual(q["agency"], "Sở Nội vụ")
        XCTAssertEqual(q["empty"], "")
        XCTAssertNil(q.nonEmpty("empty"))
        XCTAssertEqual(q["flag"], "")
        XCTAssertNil(q["missing"])
    }

    func testMalformedEscapesAreClientErrors() {
        for raw in ["q=%", "q=%zz", "q=%C4"] {
            XCTAssertThrowsError(try QueryString(parsing: raw), raw) { error in
                XCTAssertEqual((error as? ClientError)?.status, .badRequest)
            }
        }
    }

    func testEncodingRoundTrips() throws {
        let values = ["Kế hoạch số 04/KH-HĐTĐKT", "a&b=c+d", "\"quoted\" 100%", "hoà / hòa"]
        for value in values {
            let encoded = QueryString([(name: "q", value: value)]).encoded
            XCTAssertFalse(encoded.dropFirst(2).contains { "&=+ \"".contains($0) }, encoded)
            XCTAssertEqual(try QueryString(parsing: encoded)["q"], value)
        }
    }

    func testSetKeepsOrderAndRemovesEmpty() {
        let q = QueryString([(name: "q", value: "a"), (name: "offset", value: "20"), (name: "to", value: "2019")])
        XCTAssertEqual(q.setting("offset", "40").encoded, "q=a&offset=40&to=2019")
        XCTAssertEqual(q.setting("offset", nil).encoded, "q=a&to=2019")
        XCTAssertEqual(q.setting("agency", "X").url("/"), "/?q=a&offset=20&to=2019&agency=X")
        XCTAssertEqual(QueryString().url("/figures"), "/figures")
    }
}

final class ParameterTests: XCTestCase {
    func testISODates() {
        for good in ["2018", "2018-10", "2018-10-12", "2019-01-31", "1999-12"] { XCTAssertTrue(RequestParameters.isISODate(good), good) }
        for bad in ["18", "2018-1", "2018-00", "2018-13", "2018-10-00", "2018-10-32", "2018/10", "12/10/2018", "2018-10-12T00",
                    "２０１８", "2018-", "-2018", ""] {
            XCTAssertFalse(RequestParameters.isISODate(bad), bad)
        }
    }

    func testSearchRequestFromParameters() throws {
        let params = try QueryString(parsing: "q=+thi+dua+&agency=S%E1%BB%9F+N%E1%BB%99i+v%E1%BB%A5&from=2018&to=2019-03&limit=50&offset=100&source=")
        let request = try RequestParameters.search(params)
        XCTAssertEqual(request, SearchRequest(query: "thi dua", filters: SearchFilters(agency: "Sở Nội vụ", from: "2018", to: "2019-03"),
                                              limit: 50, offset: 100))
        XCTAssertEqual(try RequestParameters.search(QueryString()), SearchRequest(query: ""))
    }

    func testIntegerRules() throws {
        func limit(_ raw: String) throws -> Int { try RequestParameters.limit(try QueryString(parsing: "limit=\(raw)"), default: 20) }
        XCTAssertEqual(try limit("200"), 200)
        XCTAssertEqual(try limit(""), 20)
        for bad in ["201", "0", "-5", "1e3", "ten", "99999999999999999999", "%2B5", "5%20x"] {
            XCTAssertThrowsError(try limit(bad), bad)
        }
    }

    func testEntityKindAndArticleID() throws {
        XCTAssertEqual(try RequestParameters.entityKind("officials"), .officials)
        XCTAssertThrowsError(try RequestParameters.entityKind("Officials"))
        XCTAssertEqual(try RequestParameters.articleID("42"), 42)
        for bad in ["", "-1", "4a", "99999999999999999999"] { XCTAssertThrowsError(try RequestParameters.articleID(bad), bad) }
    }
}

final class ArticleMarkupTests: XCTestCase {
    func testSpansCountUnicodeScalarsAndOverlapsAreSkipped() {
        // "Đ" precomposed and "ộ" decomposed: spans count scalars, not characters.
        let text = "Sở Nội vụ tỉnh Đắk Lắk họp ngày 12/10."
        var facts = Facts()
        facts.agencies = [AgencyMention(text: "Sở Nội vụ tỉnh Đắk Lắk", canonical: "Sở Nội vụ tỉnh Đắk Lắk", span: scalarSpan(of: "Sở Nội vụ tỉnh Đắk Lắk", in: text))]
        facts.dates = [DateMention(text: "12/10", value: "XXXX-10-12", span: scalarSpan(of: "12/10", in: text)),
                       DateMention(text: "ngày 12", value: "bad-overlap", span: scalarSpan(of: "ngày 12", in: text))]
        facts.metrics = [MetricMention(text: "out of range", value: 1, unit: nil, span: [30, 500]),
                         MetricMention(text: "reversed", value: 1, unit: nil, span: [5, 2]),
                         MetricMention(text: "short", value: 1, unit: nil, span: [1])]
        let html = ArticleMarkup.html(text: text, facts: facts)
        XCTAssertEqual(html, "<mark class=\"f-agency\" title=\"Cơ quan: Sở Nội vụ tỉnh Đắk Lắk\">Sở Nội vụ tỉnh Đắk Lắk</mark> họp "
            + "<mark class=\"f-date\" title=\"Ngày tháng: bad-overlap\">ngày 12</mark>/10.")
        let decomposed = "Ban Tuye\u{302}n gia\u{301}o <b> 30.000"
        var f2 = Facts()
        f2.metrics = [MetricMention(text: "30.000", value: 30000, unit: nil, span: scalarSpan(of: "30.000", in: decomposed))]
        XCTAssertEqual(ArticleMarkup.html(text: decomposed, facts: f2),
                       "Ban Tuye\u{302}n gia\u{301}o &lt;b&gt; <mark class=\"f-metric\" title=\"Số liệu: 30000\">30.000</mark>")
    }

    func testLongerSpanWinsAtSameStart() {
        let text = "Kế hoạch số 04/KH-HĐTĐKT"
        var facts = Facts()
        facts.dates = [DateMention(text: "Kế", value: "x", span: [0, 2])]
        facts.documents = [DocumentMention(text: text, number: "04/KH-HĐTĐKT", kind: "Kế hoạch", span: [0, text.unicodeScalars.count])]
        XCTAssertTrue(ArticleMarkup.html(text: text, facts: facts).hasPrefix("<mark class=\"f-document\""))
    }
}

final class FiguresTableTests: XCTestCase {
    func testCSVQuotingAndFormulaGuard() {
        let cases: [(String, String)] = [
            ("plain", "plain"), ("huyện, xã", "\"huyện, xã\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""), ("cr\r\nlf", "\"cr\r\nlf\""),
            // Scraped text that a spreadsheet would run as a formula.
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+84 912", "'+84 912"),
            ("@SUM(A1)", "'@SUM(A1)"), ("- Hơn 30.000 sổ tay", "'- Hơn 30.000 sổ tay"),
            // Numbers stay numbers.
            ("-5", "-5"), ("+3.5", "+3.5"), ("30000", "30000"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(CSVFormatter.field(input), expected, input.debugDescription)
        }
        XCTAssertEqual(FiguresTable.csv([]), FiguresTable.csvHeader.joined(separator: ",") + "\r\n")
    }

    func testNumbers() {
        XCTAssertEqual(FiguresTable.number(30000), "30000")
        XCTAssertEqual(FiguresTable.number(1.2), "1.2")
        XCTAssertEqual(FiguresTable.number(-5), "-5")
        XCTAssertEqual(FiguresTable.number(.infinity), "inf")
    }

    func testSortKeepsMissingLastAndIsStable() throws {
        let rows = try FakeCorpus().figures(FiguresRequest(limit: 100))
        let byAgency = FiguresTable.sorted(rows, by: .init(column: "agency", descending: true))
        XCTAssertEqual(byAgency.first?.agency, "Sở Nội vụ tỉnh Quảng Ninh")
        let byValue = FiguresTable.sorted(rows, by: .init(column: "value", descending: false))
        XCTAssertEqual(byValue.map(\.value), rows.map(\.value).sorted())
        XCTAssertEqual(FiguresTable.sorted(rows, by: nil), rows)
        XCTAssertThrowsError(try FiguresTable.sort(QueryString([(name: "sort", value: "-path")])))
    }
}

final class TimelineChartTests: XCTestCase {
    func testGapsAreFilledAcrossYears() throws {
        let buckets = try FakeCorpus().timeline(query: "", filters: SearchFilters())
        let months = TimelineChart.filled(buckets)
        XCTAssertEqual(months.first?.month, "2018-10")
        XCTAssertEqual(months.last?.month, "2019-03")
        XCTAssertEqual(months.count, 6)
        XCTAssertEqual(months.map(\.count), [1, 1, 1, 0, 0, 2])
    }

    func testSVGHasAccessibleTitlesAndLinks() throws {
        let buckets = try FakeCorpus().timeline(query: "", filters: SearchFilters())
        let svg = TimelineChart.svg(buckets) { "/?from=\($0)&to=\($0)" }
        XCTAssertTrue(svg.hasPrefix("<svg"))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
        XCTAssertTrue(svg.contains("role=\"img\""))
        XCTAssertEqual(occurrences(of: "<rect", in: svg), 6)
        XCTAssertTrue(svg.contains("<title>2019-03: 2 bài</title>"))
        XCTAssertTrue(svg.contains("href=\"/?from=2019-03&amp;to=2019-03\""))
        XCTAssertEqual(TimelineChart.svg([]) { $0 }, "")
    }
}
