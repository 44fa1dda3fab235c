import CSV
import Foundation
import HummingbirdTesting
@testable import Query
@testable import Server
import XCTest

final class APITests: XCTestCase {
    func decode<T: Decodable>(_ type: T.Type, _ fetched: Fetched, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        XCTAssertEqual(fetched.status, .ok, fetched.body, file: file, line: line)
        XCTAssertEqual(fetched.contentType, "application/json; charset=utf-8", file: file, line: line)
        return try JSONDecoder().decode(T.self, from: Data(fetched.body.utf8))
    }

    func testSearchDecodesIntoTheModel() async throws {
        try await withApp { client in
            let result = try self.decode(SearchResult.self, try await client.get("/api/search?q=thi%20dua&limit=2"))
            XCTAssertEqual(result.total, 3)
            XCTAssertEqual(result.hits.map(\.articleID), [3, 1])
            XCTAssertTrue(result.hits[0].snippet.contains(Highlight.open), "API keeps the raw markers for clients")
            XCTAssertEqual(result.facets["year"]?.first { $0.value == "2018" }?.count, 2)
            let expected = try FakeCorpus().search(SearchRequest(query: "thi dua", limit: 2))
            XCTAssertEqual(result, expected)
        }
    }

    func testArticleFiguresEntitiesTimelineDecode() async throws {
        try await withApp { client in
            let article = try self.decode(ArticleDetail.self, try await client.get("/api/article/2"))
            XCTAssertEqual(article, FakeCorpus.haNamHandbooks)
            let fetched1 = try await client.get("/api/article/77")
            XCTAssertEqual(fetched1.status, .notFound)

            let figures = try self.decode([FigureRow].self, try await client.get("/api/figures?unit=%25"))
            XCTAssertEqual(Set(figures.map(\.value)), [100, 95])
            let sorted = try self.decode([FigureRow].self, try await client.get("/api/figures?sort=-value&limit=2"))
            XCTAssertEqual(sorted.map(\.value), [30000, 1200])

            let officials = try self.decode([EntityRow].self, try await client.get("/api/entities/officials"))
            XCTAssertEqual(officials.first?.name, "Nguyễn Văn Hùng")
            XCTAssertEqual(officials.first?.count, 2)
            let fetched2 = try await client.get("/api/entities/planets")
            XCTAssertEqual(fetched2.status, .notFound)

            let timeline = try self.decode([TimelineBucket].self, try await client.get("/api/timeline?q=so+noi+vu"))
            XCTAssertEqual(timeline.map(\.month), ["2018-10", "2018-12", "2019-03"])
        }
    }

    func testFiguresCSVDownloadParses() async throws {
        try await withApp { client in
            let fetched = try await client.get("/figures.csv?sort=value")
            XCTAssertEqual(fetched.status, .ok)
            XCTAssertTrue(fetched.contentType.hasPrefix("text/csv"))
            XCTAssertTrue(fetched.headers[.contentDisposition]?.contains("attachment") ?? false)
            let reader = try CSVReader(string: fetched.body, hasHeaderRow: true)
            XCTAssertEqual(reader.headerRow, FiguresTable.csvHeader)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            XCTAssertEqual(rows.count, 7)
            XCTAssertEqual(rows.map { $0[2] }, ["12", "13", "95", "100", "250", "1200", "30000"])
            let ratio = try XCTUnwrap(rows.first { $0[2] == "13" })
            XCTAssertEqual(ratio[3], "13")
            XCTAssertEqual(ratio[5], "huyện, thị xã, thành phố", "comma inside a quoted field")
            let hostile = try XCTUnwrap(rows.first { $0[0] == "4" })
            XCTAssertEqual(hostile[8], FakeCorpus.hostile.text, "quotes doubled and restored")
            XCTAssertTrue(fetched.body.contains("\r\n"))
        }
    }
}
