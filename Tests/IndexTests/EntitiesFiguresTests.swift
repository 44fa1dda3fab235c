import Extract
import Index
import Query
import XCTest

final class EntitiesFiguresTests: XCTestCase {
    var corpus: SQLiteCorpus!
    var db: IndexDatabase!

    override func setUpWithError() throws { (db, corpus) = try Fixtures.corpus() }

    func testAgencyAliasesMergeUnderTheCanonicalName() throws {
        let rows = try corpus.entities(.agencies, query: nil, limit: 10)
        let ubnd = try XCTUnwrap(rows.first { $0.name == "Ủy ban nhân dân huyện Thanh Thủy" })
        XCTAssertEqual(ubnd.articles, 2)
        XCTAssertEqual(ubnd.count, 2)
        XCTAssertEqual(ubnd.aliases, ["UBND huyện Thanh Thủy"])
        XCTAssertEqual(ubnd.articleIDs.count, 2)
        XCTAssertEqual(rows.first?.name, ubnd.name, "the most widespread agency comes first")
        XCTAssertEqual(try corpus.entities(.agencies, query: "dang uy", limit: 10).map(\.name), ["Đảng ủy Khối Doanh nghiệp tỉnh"])
    }

    func testOfficialsCarryTheirTitle() throws {
        let rows = try corpus.entities(.officials, query: "dung", limit: 10)
        XCTAssertEqual(rows.map(\.name), ["Đào Xuân Dũng"])
        XCTAssertEqual(rows.first?.detail, "Phó Giám đốc")
        XCTAssertEqual(rows.first?.aliases, ["Phó Giám đốc Sở Đào Xuân Dũng"])
        XCTAssertEqual(try corpus.entities(.documents, query: nil, limit: 10), [])
    }

    func testFiguresCarrySentenceAgencyAndArticle() throws {
        let rows = try corpus.figures(FiguresRequest(unit: "so tay"))
        XCTAssertEqual(rows.count, 1)
        let row = try XCTUnwrap(rows.first)
        XCTAssertEqual(row.value, 30000)
        XCTAssertEqual(row.qualifier, "over")
        XCTAssertEqual(row.agency, "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh")
        XCTAssertEqual(row.date, "2018-10-12")
        XCTAssertTrue(row.sentence.hasPrefix("Ngày 12/10/2018, Sở Văn hóa"), row.sentence)
        XCTAssertTrue(row.sentence.hasSuffix("công chức."), row.sentence)
        XCTAssertEqual(row.title, "Sở Văn hóa, Thể thao và Du lịch phát hành 30.000 sổ tay")

        // 13/13 phường: a different sentence with no agency in it.
        let ratio = try XCTUnwrap(corpus.figures(FiguresRequest(unit: "phường")).first)
        XCTAssertEqual([ratio.value, ratio.total], [13, 13])
        XCTAssertNil(ratio.agency)
        XCTAssertTrue(ratio.sentence.hasPrefix("Phó Giám đốc Sở"), ratio.sentence)
    }

    func testFigureFilters() throws {
        XCTAssertEqual(Set(try corpus.figures(FiguresRequest(unit: "%")).map(\.value)), [100, 80])
        XCTAssertEqual(try corpus.figures(FiguresRequest(unit: "%", filters: SearchFilters(agency: "thanh thuy"))).map(\.value), [80])
        XCTAssertEqual(try corpus.figures(FiguresRequest(query: "dang uy")).map(\.value), [100])
        XCTAssertEqual(Set(try corpus.figures(FiguresRequest(filters: SearchFilters(from: "2019-01", to: "2019-12"))).map(\.value)), [100, 250])
        XCTAssertEqual(try corpus.figures(FiguresRequest(limit: 2)).count, 2)
    }

    func testArticleDetailRebuildsFacts() throws {
        let id = try XCTUnwrap(corpus.search(SearchRequest(query: "so tay")).hits.first?.articleID)
        let detail = try XCTUnwrap(corpus.article(id: id))
        XCTAssertEqual(detail.title, "Sở Văn hóa, Thể thao và Du lịch phát hành 30.000 sổ tay")
        XCTAssertEqual(detail.facts.officials.first?.name, "Đào Xuân Dũng")
        let metric = try XCTUnwrap(detail.facts.metrics.first { $0.unit == "sổ tay" })
        let scalars = Array(detail.text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[metric.span[0]..<metric.span[1]])), "hơn 30.000 sổ tay")
        XCTAssertNil(try corpus.article(id: 999_999))
    }
}
