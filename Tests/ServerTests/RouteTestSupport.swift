import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
@testable import Query
import Server
import XCTest

/// Runs `body` against the real application, in process, without sockets.
func withApp(_ corpus: FakeCorpus = FakeCorpus(), _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    let app = buildApplication(corpus: corpus, configuration: ServerConfiguration(port: 0), logger: logger)
    try await app.test(.router) { client in try await body(client) }
}

struct Fetched: Sendable {
    let status: HTTPResponse.Status
    let contentType: String
    let body: String
    let headers: HTTPFields
}

extension TestClientProtocol {
    func get(_ uri: String) async throws -> Fetched {
        try await execute(uri: uri, method: .get) { response in
            Fetched(status: response.status, contentType: response.headers[.contentType] ?? "",
                    body: String(buffer: response.body), headers: response.headers)
        }
    }
}

/// Number of non-overlapping occurrences, for asserting how many results a page lists.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}
