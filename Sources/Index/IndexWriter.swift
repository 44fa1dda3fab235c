import Extract
import Foundation
import GRDB
import VietText

/// Binds prepared articles into the tables. Called inside one write
/// transaction per batch, so a batch is in the index entirely or not at all.
/// It only binds (straight into SQLite, see ``RowInsert``): folding and JSON were done by the workers in ``PreparedArticle``,
/// since this runs on the one writer thread that bounds ingest speed.
enum IndexWriter {
    static let timestamp: ISO8601DateFormatter = ISO8601DateFormatter()

    /// Replaces (or inserts) one article with its mentions, metrics and postings.
    static func upsert(_ db: Database, _ p: PreparedArticle, replacing existingID: Int64?, now: String) throws {
        if let existingID { try delete(db, articleID: existingID) }
        try RowInsert(db, sql: """
            INSERT INTO articles(path, content_hash, size, title, source, source_folded, authors, published, date, text, diagnostics, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).run { b in
            b.text(p.path); b.text(p.hash); b.int(p.size); b.text(p.article.title); b.text(p.article.source)
            b.text(p.sourceFolded); b.text(p.authorsJSON); b.text(p.article.published); b.text(p.date)
            b.text(p.text); b.text(p.diagnosticsJSON); b.text(now)
        }
        let id = db.lastInsertedRowID
        try p.search.insert(db, rowid: id)

        let mention = try RowInsert(db, sql: """
            INSERT INTO mentions(article_id, kind, text, value, key, folded, title, agency, date, titles, span_start, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for m in p.mentions {
            try mention.run { b in
                b.int(id); b.text(m.kind); b.text(m.text); b.text(m.value); b.text(m.key); b.text(m.folded)
                b.text(m.title); b.text(m.agency); b.text(m.date); b.text(m.titles); b.int(m.start); b.int(m.end)
            }
        }

        let metric = try RowInsert(db, sql: """
            INSERT INTO metrics(article_id, value, total, max, unit, unit_folded, qualifier, text, sentence, span_start, span_end, agency, agency_folded)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for m in p.metrics {
            try metric.run { b in
                b.int(id); b.double(m.metric.value); b.double(m.metric.total); b.double(m.metric.max)
                b.text(m.metric.unit); b.text(m.unitFolded); b.text(m.metric.qualifier?.rawValue)
                b.text(m.metric.text); b.text(m.sentence); b.int(m.start); b.int(m.end)
                b.text(m.agency); b.text(m.agencyFolded)
            }
        }
    }

    /// Removes one article; mentions and metrics go by ON DELETE CASCADE.
    static func delete(_ db: Database, articleID: Int64) throws {
        try SearchColumns.delete(db, articleID: articleID)
        try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [articleID])
    }
}
