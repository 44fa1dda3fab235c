import Foundation
import HummingbirdTesting
@testable import Query
@testable import Server
import XCTest

final class PageRouteTests: XCTestCase {
    func testHomeShowsOnlyTheSearchBox() async throws {
        try await withApp { client in
            let page = try await client.get("/")
            XCTAssertEqual(page.status, .ok)
            XCTAssertEqual(page.contentType, "text/html; charset=utf-8")
            XCTAssertTrue(page.body.contains("<form class=\"search\""))
            XCTAssertFalse(page.body.contains("<li class=\"hit\""))
            XCTAssertNotNil(page.headers[.init("Content-Security-Policy")!])
        }
    }

    func testSearchWithoutDiacriticsListsHighlightedHits() async throws {
        try await withApp { client in
            let page = try await client.get("/?q=thi+dua")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018"))
            XCTAssertTrue(page.body.contains("Quảng Ninh: 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn"))
            XCTAssertFalse(page.body.contains("Phát hành 30.000 sổ tay"), "article without the words must not be listed")
            XCTAssertEqual(occurrences(of: "<li class=\"hit\">", in: page.body), 3)
            XCTAssertTrue(page.body.contains("<mark>thi</mark> <mark>đua,</mark>") || page.body.contains("<mark>đua"))
            XCTAssertTrue(page.body.contains("value=\"thi dua\""), "the box keeps the query")
            XCTAssertTrue(page.body.contains("href=\"/article/1\""))
        }
    }

    func testFacetsNarrowTheSearch() async throws {
        try await withApp { client in
            let page = try await client.get("/?q=thi+dua")
            XCTAssertTrue(page.body.contains("class=\"facet facet-agency\""))
            XCTAssertTrue(page.body.contains("class=\"facet facet-year\""))
            XCTAssertTrue(page.body.contains("class=\"facet facet-official\""))
            XCTAssertTrue(page.body.contains("class=\"facet facet-source\""))
            let agencyLink = "/?q=thi%20dua&amp;agency=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5%20t%E1%BB%89nh%20Qu%E1%BA%A3ng%20Ninh"
            XCTAssertTrue(page.body.contains("href=\"\(agencyLink)\""), "facet link adds the agency filter")
            XCTAssertTrue(page.body.contains("href=\"/?q=thi%20dua&amp;from=2019&amp;to=2019\""), "year facet narrows to the year")

            let narrowed = try await client.get(agencyLink.replacingOccurrences(of: "&amp;", with: "&"))
            XCTAssertEqual(occurrences(of: "<li class=\"hit\">", in: narrowed.body), 2)
            XCTAssertTrue(narrowed.body.contains("class=\"chip\""), "active filter shown with a link to remove it")
            let byYear = try await client.get("/?q=thi+dua&from=2019&to=2019")
            XCTAssertEqual(occurrences(of: "<li class=\"hit\">", in: byYear.body), 1)
        }
    }

    func testFilterWithoutQuerySearches() async throws {
        try await withApp { client in
            let page = try await client.get("/?official=Tr%E1%BA%A7n+Th%E1%BB%8B+Lan")
            XCTAssertEqual(occurrences(of: "<li class=\"hit\">", in: page.body), 1)
            XCTAssertTrue(page.body.contains("Phát hành 30.000 sổ tay"))
        }
    }

    func testPaginationLinks() async throws {
        try await withApp { client in
            let first = try await client.get("/?q=thi+dua&limit=1")
            XCTAssertEqual(occurrences(of: "<li class=\"hit\">", in: first.body), 1)
            XCTAssertTrue(first.body.contains("rel=\"next\" href=\"/?q=thi%20dua&amp;limit=1&amp;offset=1\""))
            XCTAssertFalse(first.body.contains("rel=\"prev\""))
            let second = try await client.get("/?q=thi+dua&limit=1&offset=1")
            XCTAssertTrue(second.body.contains("rel=\"prev\" href=\"/?q=thi%20dua&amp;limit=1\""))
            XCTAssertTrue(second.body.contains("rel=\"next\" href=\"/?q=thi%20dua&amp;limit=1&amp;offset=2\""))
            XCTAssertTrue(second.body.contains("<ol class=\"results\" start=\"2\">"))
            let last = try await client.get("/?q=thi+dua&limit=1&offset=2")
            XCTAssertFalse(last.body.contains("rel=\"next\""))
        }
    }

    func testTimelineIsInlineSVGWithMonthTitles() async throws {
        try await withApp { client in
            let page = try await client.get("/?q=thi+dua")
            XCTAssertTrue(page.body.contains("<svg class=\"timeline\""))
            XCTAssertTrue(page.body.contains("<title>2018-11: 1 bài</title>"))
            XCTAssertTrue(page.body.contains("<title>2019-01: 0 bài</title>"), "months without articles are drawn empty")
            XCTAssertTrue(page.body.contains("<title>2019-03: 1 bài</title>"))
        }
    }

    func testArticlePageHighlightsEveryKindOfFact() async throws {
        try await withApp { client in
            let page = try await client.get("/article/1")
            XCTAssertEqual(page.status, .ok)
            for kind in ["date", "agency", "official", "metric", "document"] {
                XCTAssertTrue(page.body.contains("<mark class=\"f-\(kind)\" title="), "no highlighted \(kind)")
            }
            XCTAssertTrue(page.body.contains(">Kế hoạch số 04/KH-HĐTĐKT</mark>"))
            XCTAssertTrue(page.body.contains(">13/13 huyện, thị xã, thành phố</mark>"))
            XCTAssertTrue(page.body.contains("href=\"/?official=Nguy%E1%BB%85n%20V%C4%83n%20H%C3%B9ng\""), "official links to their articles")
            XCTAssertTrue(page.body.contains("2018-12-20"))
        }
    }

    func testUnknownArticleIs404AndBadIdIs400() async throws {
        try await withApp { client in
            let missing = try await client.get("/article/999")
            XCTAssertEqual(missing.status, .notFound)
            XCTAssertTrue(missing.contentType.hasPrefix("text/plain"))
            let fetched1 = try await client.get("/article/abc")
            XCTAssertEqual(fetched1.status, .badRequest)
            let fetched2 = try await client.get("/article/-1")
            XCTAssertEqual(fetched2.status, .badRequest)
            let fetched3 = try await client.get("/no/such/page")
            XCTAssertEqual(fetched3.status, .notFound)
        }
    }

    func testEntitiesPagesLinkToFilteredSearch() async throws {
        try await withApp { client in
            let agencies = try await client.get("/entities/agencies")
            XCTAssertEqual(agencies.status, .ok)
            XCTAssertTrue(agencies.body.contains("Sở Nội vụ tỉnh Quảng Ninh"))
            XCTAssertTrue(agencies.body.contains("href=\"/?agency=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5%20t%E1%BB%89nh%20Qu%E1%BA%A3ng%20Ninh\""))
            XCTAssertTrue(agencies.body.contains("href=\"/article/3\""))
            let officials = try await client.get("/entities/officials?q=hung")
            XCTAssertTrue(officials.body.contains("Nguyễn Văn Hùng"))
            XCTAssertFalse(officials.body.contains("Trần Thị Lan"))
            let documents = try await client.get("/entities/documents")
            XCTAssertTrue(documents.body.contains("04/KH-HĐTĐKT"))
            let fetched4 = try await client.get("/entities/people")
            XCTAssertEqual(fetched4.status, .notFound)
        }
    }
}
