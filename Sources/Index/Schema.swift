import GRDB

/// The index schema, one migration per released change.
///
/// - `articles`: one row per file (path unique), with the content hash that
///   makes re-ingest incremental and the article `date` (published, else the
///   dominant date mention) that date filters compare as ISO text.
/// - `mentions`: dates, agencies, officials and documents; `value` is the
///   canonical form (ISO date, canonical agency, person name, document number),
///   `key` its lowercase form (grouping aliases), `folded` its accent-blind form
///   (substring filters typed without diacritics); `date` a document's signing
///   date, `titles` an official's other titles (JSON array) (v2).
/// - `metrics`: the figures table, with the sentence and the agency of the sentence.
/// - `articles_fts`: contentless FTS5 over the folded title and text, the exact
///   title, and the text's exact words each once (`body_x`, see ``SearchColumns``);
///   snippets are cut from `articles.text`, so text is stored once.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    title TEXT,
                    source TEXT,
                    source_folded TEXT,
                    authors TEXT NOT NULL DEFAULT '[]',
                    published TEXT,
                    date TEXT,
                    text TEXT NOT NULL,
                    diagnostics TEXT NOT NULL DEFAULT '[]',
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX articles_date ON articles(date);
                CREATE INDEX articles_source ON articles(source_folded);
                CREATE TABLE mentions (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('date', 'agency', 'official', 'document')),
                    text TEXT NOT NULL,
                    value TEXT NOT NULL,
                    key TEXT NOT NULL,
                    folded TEXT NOT NULL,
                    title TEXT,
                    agency TEXT,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL
                );
                CREATE INDEX mentions_article ON mentions(article_id, kind);
                CREATE INDEX mentions_kind_key ON mentions(kind, key);
                CREATE TABLE metrics (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    value REAL NOT NULL,
                    total REAL,
                    max REAL,
                    unit TEXT,
                    unit_folded TEXT,
                    qualifier TEXT,
                    text TEXT NOT NULL,
                    sentence TEXT NOT NULL,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL,
                    agency TEXT,
                    agency_folded TEXT
                );
                CREATE INDEX metrics_article ON metrics(article_id);
                CREATE INDEX metrics_unit ON metrics(unit_folded);
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                    title_f, body_f, title_x, body_x,
                    content = '',
                    tokenize = 'unicode61 remove_diacritics 0'
                );
                """)
        }
        // v2: a document's signing date and an official's other titles, which the
        // article page shows. Stored hashes are cleared so that the next ingest
        // extracts every file again and fills them (rows stay usable meanwhile).
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE mentions ADD COLUMN date TEXT;
                ALTER TABLE mentions ADD COLUMN titles TEXT;
                UPDATE articles SET content_hash = '';
                """)
            // Fewer, larger FTS5 merges while ingesting: the full-text insert is most of
            // the single writer's work, and this cut it by about a quarter on the 20k
            // bench with no measurable change in query time.
            try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', 8)")
        }
        return migrator
    }
}
