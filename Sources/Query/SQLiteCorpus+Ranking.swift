import GRDB

/// The page of a search: ids in rank order, then the articles of that page only.
extension SQLiteCorpus {
    struct PageEntry { var id: Int64; var score: Double }

    /// Fills the page from the tiers of ``ParsedQuery/rankTiers`` in order;
    /// a tier is scored only when the ones before it did not fill the page,
    /// and counted only when the offset may skip it whole.
    static func rankedPage(_ db: Database, tiers: [String], filter: FilterSQL, limit: Int, offset: Int) throws -> [PageEntry] {
        var page: [PageEntry] = []
        var skip = max(0, offset)
        let wanted = max(0, limit)
        for tier in tiers where page.count < wanted {
            let match = tierSQL(filter: filter)
            if skip > 0 {
                let size = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(match.sql))",
                                            arguments: [tier] + match.arguments) ?? 0
                if size <= skip { skip -= size; continue }
            }
            let rows = try Row.fetchAll(db, sql: "\(match.sql) ORDER BY score, id LIMIT ? OFFSET ?",
                                        arguments: [tier] + match.arguments + [wanted - page.count, skip])
            skip = 0
            page += rows.map { PageEntry(id: $0["id"], score: $0["score"]) }
        }
        return page
    }

    /// One tier's rows with their BM25 score, through the filters when there are any.
    static func tierSQL(filter: FilterSQL) -> (sql: String, arguments: StatementArguments) {
        if filter.conditions.isEmpty {
            return ("SELECT rowid AS id, \(rank) AS score FROM articles_fts WHERE articles_fts MATCH ?", [])
        }
        return ("""
            SELECT a.id AS id, \(rank) AS score FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ? AND \(filter.sql)
            """, filter.arguments)
    }

    /// Filters without words: newest first.
    static func datedPage(_ db: Database, match: MatchSet, limit: Int, offset: Int) throws -> [PageEntry] {
        try Row.fetchAll(db, sql: """
            SELECT m.id FROM (\(match.sql)) m JOIN articles a ON a.id = m.id
            ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?
            """, arguments: match.arguments + [max(0, limit), max(0, offset)]).map { PageEntry(id: $0[0], score: 0) }
    }

    /// The stored fields of the given articles, by id.
    static func articleRows(_ db: Database, ids: [Int64]) throws -> [Int64: Row] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: "SELECT id, path, title, source, date, text FROM articles WHERE id IN (\(marks))",
                                    arguments: StatementArguments(ids))
        return Dictionary(rows.map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// How many articles match.
    static func count(_ db: Database, match: MatchSet) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(match.sql))", arguments: match.arguments) ?? 0
    }
}
