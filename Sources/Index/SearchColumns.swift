import GRDB
import VietText

/// The four full-text columns of one article: title and text folded
/// (accent-blind, đ→d), the title exact (lowercase, accents kept, uniform
/// tones), and of the text only its exact words, each once
/// (``SearchAnalyzer/exactWordSet(_:)``): a query typed with diacritics needs
/// to know which articles have its words as typed, while where the words stand
/// is in the folded text. That cut the full-text index's share of the writer by
/// two fifths.
///
/// The FTS table is contentless, so deleting a row needs the very values that
/// were inserted: they are recomputed from `articles.title/text` with the same
/// ``SearchAnalyzer``. Should the analyzer change between versions (tone
/// placement rules, say), a fingerprint stored in `meta` no longer matches and
/// the full-text table is rebuilt once from the stored text.
public struct SearchColumns: Sendable {
    public var titleFolded: String
    public var bodyFolded: String
    public var titleExact: String
    /// The text's exact words, each once, in order of first appearance.
    public var bodyWords: String

    public init(title: String?, text: String) {
        (titleExact, titleFolded) = SearchAnalyzer.exactAndFolded(title ?? "")
        (bodyFolded, bodyWords) = SearchAnalyzer.foldedAndExactWordSet(text)
    }

    var arguments: StatementArguments { [titleFolded, bodyFolded, titleExact, bodyWords] }

    func insert(_ db: Database, rowid: Int64) throws {
        try RowInsert(db, sql: "INSERT INTO articles_fts(rowid, title_f, body_f, title_x, body_x) VALUES (?, ?, ?, ?, ?)").run { b in
            b.int(rowid); b.text(titleFolded); b.text(bodyFolded); b.text(titleExact); b.text(bodyWords)
        }
    }

    /// Removes the article's postings; must run before its `articles` row goes.
    static func delete(_ db: Database, articleID: Int64) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT title, text FROM articles WHERE id = ?"),
                                         arguments: [articleID]) else { return }
        let columns = SearchColumns(title: row["title"], text: row["text"])
        try db.cachedStatement(sql: "INSERT INTO articles_fts(articles_fts, rowid, title_f, body_f, title_x, body_x) VALUES ('delete', ?, ?, ?, ?, ?)")
            .execute(arguments: [articleID] + columns.arguments)
    }

    /// A digest of what the analyzer does to probe text covering tones, đ and case.
    static var analyzerFingerprint: String {
        let probe = "Hoà Hòa Thuỷ Thủy Đảng uỷ ĐÀ NẴNG Quyết định 04/KH-HĐTĐKT Sở Văn hoá, Thể thao và Du lịch"
        let columns = SearchColumns(title: probe, text: probe + " " + probe)
        return ContentHash.hex(Array([columns.titleFolded, columns.titleExact, columns.bodyFolded, columns.bodyWords]
            .joined(separator: "|").utf8))
    }

    static func rebuildIfAnalyzerChanged(_ db: Database) throws {
        let current = analyzerFingerprint
        let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'analyzer'")
        guard stored != current else { return }
        if stored != nil {
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES('delete-all')")
            let rows = try Row.fetchCursor(db, sql: "SELECT id, title, text FROM articles")
            while let row = try rows.next() {
                try SearchColumns(title: row["title"], text: row["text"]).insert(db, rowid: row["id"])
            }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('analyzer', ?)", arguments: [current])
    }
}
