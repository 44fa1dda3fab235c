import Foundation
import HummingbirdTesting
@testable import Query
@testable import Server
import XCTest

/// Hostile article text must arrive as text, and bad parameters as a 400 with a plain message.
final class SafetyTests: XCTestCase {
    static let dangerous = ["<script", "<img", "<b>", "<i>", "<Nội vụ>", "<evil>"]

    func assertInert(_ body: String, file: StaticString = #filePath, line: UInt = #line) {
        for needle in Self.dangerous {
            XCTAssertFalse(body.contains(needle), "unescaped \(needle)", file: file, line: line)
        }
    }

    func testHostileTextIsEscapedInResultsSnippetsAndFacets() async throws {
        try await withApp { client in
            let page = try await client.get("/?q=thi+dua")
            XCTAssertTrue(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; Hội nghị thi đua"))
            XCTAssertTrue(page.body.contains("&quot;&gt;&lt;img onerror=alert(3) src=x&gt;"), "snippet escaped")
            XCTAssertTrue(page.body.contains("Phòng &lt;Nội vụ&gt; &amp; &quot;Lao động&quot;"), "facet escaped")
            self.assertInert(page.body)
        }
    }

    func testHostileArticlePageIsEscaped() async throws {
        try await withApp { client in
            let page = try await client.get("/article/4")
            XCTAssertEqual(page.status, .ok)
            self.assertInert(page.body)
            XCTAssertTrue(page.body.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Hội nghị thi đua · vnpress</title>"))
            XCTAssertTrue(page.body.contains("<mark class=\"f-metric\" title=\"Số liệu: 12 &lt;b&gt;điểm&lt;/b&gt;\">12 &lt;b&gt;điểm&lt;/b&gt;</mark>"))
        }
    }

    func testHostileTextIsEscapedInFiguresAndEntities() async throws {
        try await withApp { client in
            self.assertInert(try await client.get("/figures").body)
            self.assertInert(try await client.get("/entities/agencies").body)
        }
    }

    func testHostileQueryIsEchoedEscaped() async throws {
        try await withApp { client in
            let page = try await client.get("/?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
            self.assertInert(page.body)
        }
    }

    func testBadParametersAre400WithPlainMessage() async throws {
        let long = String(repeating: "a", count: 501)
        let bad = [
            "/?q=\(long)", "/?q=a&limit=abc", "/?q=a&limit=201", "/?q=a&limit=0", "/?q=a&offset=-1", "/?q=a&offset=1.5",
            "/?q=a&from=2018-13", "/?q=a&from=18-10-12", "/?q=a&to=2018-10-32", "/?q=a&to=yesterday", "/?q=%zz",
            "/figures?sort=secret", "/figures?from=2018/10", "/figures.csv?limit=x",
            "/api/search?q=\(long)", "/api/search?q=a&limit=1000", "/api/figures?to=2019-1", "/api/timeline?q=a&from=x",
            "/api/search", "/api/search?q=a%00b",
        ]
        try await withApp { client in
            for uri in bad {
                let response = try await client.get(uri)
                XCTAssertEqual(response.status, .badRequest, uri)
                XCTAssertEqual(response.contentType, "text/plain; charset=utf-8", uri)
                XCTAssertFalse(response.body.isEmpty, uri)
                XCTAssertFalse(response.body.contains("Error("), uri)
            }
        }
    }

    func testValidEdgeParametersAreAccepted() async throws {
        try await withApp { client in
            for uri in ["/?q=\(String(repeating: "a", count: 500))", "/?q=a&limit=200", "/?q=a&offset=0",
                        "/?q=a&from=2018&to=2019-03-31", "/api/search?q=a&from=2018-10", "/figures?sort=-value"] {
                let fetched1 = try await client.get(uri)
                XCTAssertEqual(fetched1.status, .ok, uri)
            }
        }
    }

    func testInternalErrorsDoNotLeakDetails() async throws {
        struct DatabaseExploded: Error { let secret = "/var/lib/vnpress/secret.sqlite: disk I/O error" }
        let corpus = FakeCorpus()
        corpus.failure = DatabaseExploded()
        try await withApp(corpus) { client in
            for uri in ["/?q=a", "/api/search?q=a", "/article/1", "/figures"] {
                let response = try await client.get(uri)
                XCTAssertEqual(response.status, .internalServerError, uri)
                XCTAssertEqual(response.body, "Internal server error.\n", uri)
            }
        }
    }
}
