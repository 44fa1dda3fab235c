/// The queries both front ends (CLI and web) ask of an index. The SQLite
/// implementation lives in this target; the server and CLI depend only on this.
public protocol CorpusQuerying: Sendable {
    func search(_ request: SearchRequest) throws -> SearchResult
    func figures(_ request: FiguresRequest) throws -> [FigureRow]
    func entities(_ kind: EntityKind, query: String?, limit: Int) throws -> [EntityRow]
    func article(id: Int64) throws -> ArticleDetail?
    /// Matching articles per month, for the timeline chart.
    func timeline(query: String, filters: SearchFilters) throws -> [TimelineBucket]
}
