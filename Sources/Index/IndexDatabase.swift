import Foundation
import GRDB
import VietText

/// The corpus index: one SQLite file, owning its migrator and hiding its writer.
///
/// WAL mode (a `DatabasePool`) so readers — the web server, a second CLI —
/// never block the ingest writer, and an interrupted ingest leaves the last
/// committed batch intact. The file opens in the plain `sqlite3` shell: the
/// full-text table uses the built-in `unicode61` tokenizer over columns that
/// were folded in Swift (see ``SearchColumns``).
public final class IndexDatabase: @unchecked Sendable {
    let writer: any DatabaseWriter
    /// Where the index lives (`:memory:` for in-memory ones).
    public let path: String

    /// The index at `path` does not exist and the caller asked not to create it.
    public struct NotFound: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "no index at \(path); run `vnpress ingest DIR` first" }
    }

    /// The file exists but cannot be opened or migrated as an index.
    public struct OpenError: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "cannot open the index at \(path): \(message)" }
    }

    /// Opens (creating it and its folder when `create` is true) the index at `path` and migrates it.
    public init(path: String, create: Bool = true) throws {
        self.path = path
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            guard create else { throw NotFound(path: path) }
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        }
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration())
            try Self.prepare(writer)
        } catch let error as DatabaseError {
            throw OpenError(path: path, message: error.message ?? "\(error)")
        }
    }

    /// An in-memory index, for tests.
    public init() throws {
        path = ":memory:"
        writer = try DatabaseQueue(configuration: Self.configuration())
        try Self.prepare(writer)
    }

    /// Read access for the query layer.
    public var reader: any DatabaseReader { writer }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // NORMAL is durable across application crashes in WAL mode; only a
            // power loss can drop the last commits, never corrupt the file.
            // 16 KiB pages (taken by a new file only): an article's text and the
            // full-text segments span fewer pages, so an ingest makes a quarter of
            // the log and checkpoint writes (system time of a 20k ingest 2.2 s → 1.4 s).
            try db.execute(sql: """
                PRAGMA page_size = 16384;
                PRAGMA synchronous = NORMAL;
                PRAGMA temp_store = MEMORY;
                PRAGMA cache_size = -65536;
                PRAGMA mmap_size = 268435456;
                """)
        }
        return config
    }

    static func prepare(_ writer: any DatabaseWriter) throws {
        try Schema.migrator.migrate(writer)
        try writer.write { db in try SearchColumns.rebuildIfAnalyzerChanged(db) }
    }

    /// Runs a long write with checkpoints on a background thread (see ``WALCheckpointer``):
    /// `body` gets the checkpointer to call after each commit, or nil for an in-memory index.
    func withBackgroundCheckpoints<T>(_ body: (WALCheckpointer?) throws -> T) throws -> T {
        guard path != ":memory:", let checkpointer = WALCheckpointer(path: path) else { return try body(nil) }
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        defer {
            checkpointer.stop()
            try? writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
        }
        return try body(checkpointer)
    }

    /// Counts, for summaries and tests.
    public func counts() throws -> (articles: Int, mentions: Int, metrics: Int) {
        try writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM metrics") ?? 0)
        }
    }

    /// Runs SQLite's and FTS5's own consistency checks; returns problems found (empty when sound).
    public func integrityProblems() throws -> [String] {
        try writer.write { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "\($0)" }
            do {
                try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
            } catch { problems.append("fts: \(error)") }
            let ftsRows = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts_docsize") ?? 0
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
            if ftsRows != articles { problems.append("fts has \(ftsRows) rows for \(articles) articles") }
            return problems
        }
    }
}
