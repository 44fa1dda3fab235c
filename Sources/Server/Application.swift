import Dispatch
import Hummingbird
import Logging
import Query

/// Where `vnpress serve` listens. Loopback by default: the corpus is only
/// exposed to the network when someone asks for it with `--host 0.0.0.0`.
public struct ServerConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var serverName: String

    public init(host: String = "127.0.0.1", port: Int = 8080, serverName: String = "vnpress") {
        self.host = host; self.port = port; self.serverName = serverName
    }

    /// Whether the address reaches beyond this machine (worth a warning).
    public var isExposed: Bool {
        !["127.0.0.1", "localhost", "::1"].contains(host)
    }
}

/// The application `vnpress serve` runs and the tests drive (`app.test(.router)`
/// without sockets, `app.test(.live)` on an ephemeral port).
public func buildApplication(
    corpus: any CorpusQuerying, configuration: ServerConfiguration, logger: Logger? = nil
) -> some ApplicationProtocol {
    var log = logger ?? Logger(label: configuration.serverName)
    if logger == nil { log.logLevel = .info }
    return Application(
        router: buildRouter(corpus: corpus),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                             serverName: configuration.serverName),
        logger: log)
}

/// All routes: HTML pages, CSV export and the JSON API under `/api/`.
public func buildRouter(corpus: any CorpusQuerying) -> Router<BasicRequestContext> {
    let router = Router()
    router.middlewares.add(ErrorMiddleware())
    let routes = Routes(corpus: corpus, pages: PageRenderer())
    router.get("/health") { _, _ in Responses.text(.ok, "ok") }
    router.get("/") { request, _ in
        let query = request.uri.query
        return try await offload { try routes.searchPage(try QueryString(parsing: query)) }
    }
    router.get("/article/:id") { _, context in
        let id = context.parameters.get("id")
        return try await offload { try routes.articlePage(try RequestParameters.articleID(id)) }
    }
    router.get("/figures") { request, _ in
        let query = request.uri.query
        return try await offload { try routes.figuresPage(try QueryString(parsing: query)) }
    }
    router.get("/figures.csv") { request, _ in
        let query = request.uri.query
        return try await offload { try routes.figuresCSV(try QueryString(parsing: query)) }
    }
    router.get("/entities") { _, _ in
        Response(status: .seeOther, headers: [.location: "/entities/agencies"])
    }
    router.get("/entities/:kind") { request, context in
        let query = request.uri.query, kind = context.parameters.get("kind")
        return try await offload {
            try routes.entitiesPage(try RequestParameters.entityKind(kind), try QueryString(parsing: query))
        }
    }
    let api = router.group("api")
    api.get("search") { request, _ in
        let query = request.uri.query
        return try await offload { try routes.apiSearch(try QueryString(parsing: query)) }
    }
    api.get("article/:id") { _, context in
        let id = context.parameters.get("id")
        return try await offload { try routes.apiArticle(try RequestParameters.articleID(id)) }
    }
    api.get("figures") { request, _ in
        let query = request.uri.query
        return try await offload { try routes.apiFigures(try QueryString(parsing: query)) }
    }
    api.get("entities/:kind") { request, context in
        let query = request.uri.query, kind = context.parameters.get("kind")
        return try await offload {
            try routes.apiEntities(try RequestParameters.entityKind(kind), try QueryString(parsing: query))
        }
    }
    api.get("timeline") { request, _ in
        let query = request.uri.query
        return try await offload { try routes.apiTimeline(try QueryString(parsing: query)) }
    }
    return router
}

/// Runs blocking work (SQLite queries, rendering) on a Dispatch thread, so a
/// slow query never holds one of the few threads of Swift's cooperative pool.
func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result { try work() }) }
    }
}

/// Runs the server until the process is interrupted (SIGINT/SIGTERM shut it down gracefully).
public func runServer(corpus: any CorpusQuerying, configuration: ServerConfiguration) async throws {
    try await buildApplication(corpus: corpus, configuration: configuration).runService()
}
