import Hummingbird
import Query

/// What each route does: validate, ask the corpus, render. Kept apart from
/// the router so every handler is a plain throwing function.
struct Routes: Sendable {
    let corpus: any CorpusQuerying
    let pages: PageRenderer

    // MARK: Pages

    func searchPage(_ params: QueryString) throws -> Response {
        let request = try RequestParameters.search(params)
        guard SearchPage.wantsSearch(request) else {
            return Responses.html(pages.page("search", title: "Tìm kiếm", SearchPage(params: params, request: request, result: nil, timeline: [])))
        }
        let result = try corpus.search(request)
        let timeline = try corpus.timeline(query: request.query, filters: request.filters)
        let model = SearchPage(params: params, request: request, result: result, timeline: timeline)
        let title = request.query.isEmpty ? "Tìm kiếm" : request.query
        return Responses.html(pages.page("search", title: title, model))
    }

    func articlePage(_ id: Int64) throws -> Response {
        guard let article = try corpus.article(id: id) else { throw ClientError.notFound("No article with id \(id).") }
        return Responses.html(pages.page("article", title: article.title ?? article.path, ArticlePage(article)))
    }

    /// Every matching row (up to ``FiguresTable/maxRows``), sorted as asked.
    func allFigures(_ params: QueryString) throws -> (FiguresRequest, FiguresTable.Sort?, [FigureRow]) {
        let request = try RequestParameters.figures(params)
        let sort = try FiguresTable.sort(params)
        var everything = request
        everything.limit = FiguresTable.maxRows
        everything.offset = 0
        return (request, sort, FiguresTable.sorted(try corpus.figures(everything), by: sort))
    }

    func figuresPage(_ params: QueryString) throws -> Response {
        let (request, sort, rows) = try allFigures(params)
        return Responses.html(pages.page("figures", title: "Bảng số liệu", FiguresPage(params: params, request: request, sort: sort, all: rows)))
    }

    func figuresCSV(_ params: QueryString) throws -> Response {
        let (_, _, rows) = try allFigures(params)
        return Responses.csv(FiguresTable.csv(rows), filename: "vnpress-figures.csv")
    }

    func entitiesPage(_ kind: EntityKind, _ params: QueryString) throws -> Response {
        let query = try RequestParameters.text(params, "q")
        let rows = try corpus.entities(kind, query: query, limit: try RequestParameters.limit(params, default: 200))
        return Responses.html(pages.page("entities", title: EntitiesPage.label(kind), EntitiesPage(kind: kind, query: query, rows: rows)))
    }

    // MARK: JSON API

    func apiSearch(_ params: QueryString) throws -> Response {
        let request = try RequestParameters.search(params)
        guard SearchPage.wantsSearch(request) else { throw ClientError.badRequest("Give a query 'q' or at least one filter.") }
        return try Responses.json(try corpus.search(request))
    }

    func apiArticle(_ id: Int64) throws -> Response {
        guard let article = try corpus.article(id: id) else { throw ClientError.notFound("No article with id \(id).") }
        return try Responses.json(article)
    }

    func apiFigures(_ params: QueryString) throws -> Response {
        let request = try RequestParameters.figures(params)
        if try FiguresTable.sort(params) == nil { return try Responses.json(try corpus.figures(request)) }
        let (_, _, rows) = try allFigures(params)
        return try Responses.json(Array(rows.dropFirst(request.offset).prefix(request.limit)))
    }

    func apiEntities(_ kind: EntityKind, _ params: QueryString) throws -> Response {
        let rows = try corpus.entities(kind, query: try RequestParameters.text(params, "q"), limit: try RequestParameters.limit(params, default: 100))
        return try Responses.json(rows)
    }

    func apiTimeline(_ params: QueryString) throws -> Response {
        let request = try RequestParameters.search(params)
        guard SearchPage.wantsSearch(request) else { throw ClientError.badRequest("Give a query 'q' or at least one filter.") }
        return try Responses.json(try corpus.timeline(query: request.query, filters: request.filters))
    }
}
