import Foundation
import HummingbirdTesting
@testable import Server
import XCTest

final class FiguresPageTests: XCTestCase {
    func testFiltersSortLinksAndCSVLink() async throws {
        try await withApp { client in
            let page = try await client.get("/figures?unit=%25&sort=value")
            XCTAssertEqual(page.status, .ok)
            XCTAssertEqual(occurrences(of: "<tr><td class=\"date\">", in: page.body), 2)
            let ninetyFive = try XCTUnwrap(page.body.range(of: ">95<")), hundred = try XCTUnwrap(page.body.range(of: ">100<"))
            XCTAssertLessThan(ninetyFive.lowerBound, hundred.lowerBound, "ascending by value")
            XCTAssertTrue(page.body.contains("href=\"/figures.csv?unit=%25&amp;sort=value\""), "CSV link keeps filters and sort")
            XCTAssertTrue(page.body.contains("href=\"/figures?unit=%25&amp;sort=-value\">Giá trị ▲</a>"), "active column toggles to descending")
            XCTAssertTrue(page.body.contains("href=\"/figures?unit=%25&amp;sort=date\">Ngày</a>"))
            XCTAssertTrue(page.body.contains("value=\"%\""), "filter form keeps the unit")
        }
    }

    func testFiguresPagination() async throws {
        try await withApp { client in
            let page = try await client.get("/figures?sort=-value&limit=3&offset=3")
            XCTAssertEqual(occurrences(of: "<tr><td class=\"date\">", in: page.body), 3)
            XCTAssertTrue(page.body.contains(">100<"))
            XCTAssertFalse(page.body.contains(">30000<"))
            XCTAssertTrue(page.body.contains("rel=\"prev\" href=\"/figures?sort=-value&amp;limit=3\""))
            XCTAssertTrue(page.body.contains("rel=\"next\" href=\"/figures?sort=-value&amp;limit=3&amp;offset=6\""))
        }
    }

    func testLoopbackIsTheDefault() {
        XCTAssertEqual(ServerConfiguration().host, "127.0.0.1")
        XCTAssertEqual(ServerConfiguration().port, 8080)
        XCTAssertFalse(ServerConfiguration().isExposed)
        XCTAssertTrue(ServerConfiguration(host: "0.0.0.0").isExposed)
    }
}
