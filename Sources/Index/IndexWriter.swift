import Extract
import Foundation
import GRDB
import VietText

/// Binds prepared articles into the tables. Called inside one write
/// transaction per batch, so a batch is in the index entirely or not at all.
/// It only binds: folding and JSON were done by the workers in ``PreparedArticle``,
/// since this runs on the one writer thread that bounds ingest speed.
enum IndexWriter {
    static let timestamp: ISO8601DateFormatter = ISO8601DateFormatter()

    /// Replaces (or inserts) one article with its mentions, metrics and postings.
    static func upsert(_ db: Database, _ p: PreparedArticle, replacing existingID: Int64?, now: String) throws {
        if let existingID { try delete(db, articleID: existingID) }
        try db.cachedStatement(sql: """
            INSERT INTO articles(path, content_hash, size, title, source, source_folded, authors, published, date, text, diagnostics, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [p.path, p.hash, p.size, p.article.title, p.article.source,
                                     p.sourceFolded, p.authorsJSON, p.article.published,
                                     p.date, p.text, p.diagnosticsJSON, now])
        let id = db.lastInsertedRowID
        try p.search.insert(db, rowid: id)

        let mention = try db.cachedStatement(sql: """
            INSERT INTO mentions(article_id, kind, text, value, key, folded, title, agency, date, titles, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for m in p.mentions {
            try mention.execute(arguments: [id, m.kind, m.text, m.value, m.key, m.folded, m.title, m.agency,
                                            m.date, m.titles, m.start, m.end])
        }

        let metric = try db.cachedStatement(sql: """
            INSERT INTO metrics(article_id, value, total, max, unit, unit_folded, qualifier, text, sentence, span_start, span_end, agency, agency_folded)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for m in p.metrics {
            let span = m.metric.span
            try metric.execute(arguments: [id, m.metric.value, m.metric.total, m.metric.max, m.metric.unit,
                                           m.unitFolded, m.metric.qualifier?.rawValue,
                                           m.metric.text, m.sentence, span.first ?? 0, span.count > 1 ? span[1] : 0,
                                           m.agency, m.agencyFolded])
        }
    }

    /// Removes one article; mentions and metrics go by ON DELETE CASCADE.
    static func delete(_ db: Database, articleID: Int64) throws {
        try SearchColumns.delete(db, articleID: articleID)
        try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [articleID])
    }
}
