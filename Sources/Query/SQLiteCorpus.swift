import Extract
import Foundation
import GRDB
import Index
import VietText

/// ``CorpusQuerying`` over an ``IndexDatabase``: BM25-ranked, accent-aware
/// full-text search, the figures table, entities and the timeline.
public struct SQLiteCorpus: CorpusQuerying {
    let reader: any DatabaseReader
    public var snippeter = Snippeter()

    /// Column weights for bm25(): folded title, folded text, exact title, the
    /// text's exact words (each once). Exact columns weigh more, so a query typed with
    /// diacritics ranks rows that match as typed above rows that only match accent-blind.
    static let rank = "bm25(articles_fts, 3.0, 1.0, 6.0, 2.0)"

    public init(database: IndexDatabase) { reader = database.reader }

    /// The ids of matching articles (FTS match and filters) as a subquery.
    struct MatchSet {
        var sql: String
        var arguments: StatementArguments
        var ranked: Bool
    }

    /// The ids of every matching article. Uses ``ParsedQuery/matchSetExpression``:
    /// the same rows as the full expression, without evaluating phrases and spellings.
    static func matchSet(query: String?, filters: SearchFilters) throws -> MatchSet? {
        matchSet(ParsedQuery(query ?? ""), filter: try FilterSQL(filters))
    }

    static func matchSet(_ parsed: ParsedQuery, filter: FilterSQL) -> MatchSet? {
        if let expr = parsed.matchSetExpression {
            if filter.conditions.isEmpty {
                return MatchSet(sql: "SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?",
                                arguments: [expr], ranked: true)
            }
            return MatchSet(sql: """
                SELECT a.id AS id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH ? AND \(filter.sql)
                """, arguments: [expr] + filter.arguments, ranked: true)
        }
        // No words at all (empty, or only punctuation): filters alone, if any.
        guard !filter.conditions.isEmpty else { return nil }
        return MatchSet(sql: "SELECT a.id AS id FROM articles a WHERE \(filter.sql)", arguments: filter.arguments, ranked: false)
    }

    public func search(_ request: SearchRequest) throws -> SearchResult {
        let parsed = ParsedQuery(request.query)
        let filter = try FilterSQL(request.filters)
        guard let ids = Self.matchSet(parsed, filter: filter) else {
            return SearchResult(total: 0, hits: [], facets: [:])
        }
        return try reader.read { db in
            let page = try ids.ranked
                ? Self.rankedPage(db, tiers: parsed.rankTiers, filter: filter, limit: request.limit, offset: request.offset)
                : Self.datedPage(db, match: ids, limit: request.limit, offset: request.offset)
            let rows = try Self.articleRows(db, ids: page.map(\.id))
            let hits = page.compactMap { entry -> SearchHit? in
                guard let row = rows[entry.id] else { return nil }
                return SearchHit(articleID: entry.id, path: row["path"], title: row["title"], source: row["source"],
                                 date: row["date"], snippet: snippeter.snippet(text: row["text"], clauses: parsed.highlightClauses),
                                 score: entry.score)
            }
            guard request.facets else {
                let total = try Self.count(db, match: ids)
                return SearchResult(total: total, hits: hits, facets: [:])
            }
            // One pass over the matches gives the total and the source and year facets.
            var total = 0
            var sources: [String: Int] = [:], years: [String: Int] = [:]
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.source, substr(a.date, 1, 4) FROM (\(ids.sql)) m JOIN articles a ON a.id = m.id
                """, arguments: ids.arguments)
            while let row = try cursor.next() {
                total += 1
                if let source: String = row[0] { sources[source, default: 0] += 1 }
                if let year: String = row[1] { years[year, default: 0] += 1 }
            }
            var facets = total == 0 ? [:] : try Self.facets(db, match: ids)
            if total > 0 {
                facets["source"] = sources.map { FacetCount(value: $0.key, count: $0.value) }
                    .sorted { ($0.count, $1.value) > ($1.count, $0.value) }.prefix(10).map { $0 }
                facets["year"] = years.map { FacetCount(value: $0.key, count: $0.value) }.sorted { $0.value < $1.value }
            }
            return SearchResult(total: total, hits: hits, facets: facets)
        }
    }

    static func facets(_ db: Database, match: MatchSet, limit: Int = 10) throws -> [String: [FacetCount]] {
        func counts(_ sql: String) throws -> [FacetCount] {
            try Row.fetchAll(db, sql: sql, arguments: match.arguments).map { FacetCount(value: $0[0], count: $0[1]) }
        }
        var facets: [String: [FacetCount]] = [:]
        for (name, kind) in [("agency", "agency"), ("official", "official")] {
            facets[name] = try counts("""
                SELECT min(x.value), count(DISTINCT x.article_id) AS c FROM mentions x
                WHERE x.kind = '\(kind)' AND x.article_id IN (\(match.sql))
                GROUP BY x.key ORDER BY c DESC, 1 LIMIT \(limit)
                """)
        }
        return facets
    }

    public func timeline(query: String, filters: SearchFilters) throws -> [TimelineBucket] {
        guard let match = try Self.matchSet(query: query, filters: filters) else { return [] }
        return try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT substr(a.date, 1, 7) AS month, count(*) FROM articles a
                WHERE length(a.date) >= 7 AND a.id IN (\(match.sql))
                GROUP BY month ORDER BY month
                """, arguments: match.arguments).map { TimelineBucket(month: $0[0], count: $0[1]) }
        }
    }
}
