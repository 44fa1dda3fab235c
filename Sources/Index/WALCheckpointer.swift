import Foundation
import GRDBSQLite

/// Copies the write-ahead log into the database file from a thread of its own
/// while an ingest runs.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its
/// threshold, on the one writer thread, and waits for two `fsync`s there: on the
/// project VM that was a fifth of the writer's time, with the workers idle
/// behind it. With the writer's auto-checkpoint off, this thread runs PASSIVE
/// checkpoints after commits (they never block the writer, which keeps
/// appending), and durability is unchanged: commits still go through the WAL
/// with `synchronous = NORMAL`.
final class WALCheckpointer: @unchecked Sendable {
    private var connection: OpaquePointer?
    private let pending = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopping = false, requested = false

    /// Opens its own connection to the index at `path`; nil when that fails
    /// (the writer's automatic checkpoints then stay on).
    init?(path: String) {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            sqlite3_close(db)
            return nil
        }
        sqlite3_busy_timeout(db, 10_000)
        // A new connection finds the WAL only once it reads the file: until then a
        // checkpoint reports "not in WAL mode" and does nothing.
        guard sqlite3_exec(db, "PRAGMA schema_version", nil, nil, nil) == SQLITE_OK else {
            sqlite3_close(db)
            return nil
        }
        connection = db
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Asks for a checkpoint after a commit; requests made while one runs fold into the next.
    func request() {
        lock.lock(); defer { lock.unlock() }
        if !requested { requested = true; pending.signal() }
    }

    /// Called by the writer between transactions when the log has grown: waits for
    /// the running checkpoint, then copies what is left and lets the next commit
    /// start the log over (a log that only grows makes every page lookup slower).
    func restart() {
        lock.lock(); defer { lock.unlock() }
        // The background thread takes `lock` before each checkpoint it runs, so none is running now.
        var log: Int32 = 0, copied: Int32 = 0
        sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_RESTART, &log, &copied)
    }

    /// Runs a last checkpoint, then closes the connection.
    func stop() {
        lock.lock()
        stopping = true
        lock.unlock()
        pending.signal()
        finished.wait()
    }

    private func run() {
        while true {
            pending.wait()
            lock.lock()
            let stop = stopping
            requested = false
            var log: Int32 = 0, copied: Int32 = 0
            sqlite3_wal_checkpoint_v2(connection, "main", stop ? SQLITE_CHECKPOINT_TRUNCATE : SQLITE_CHECKPOINT_PASSIVE,
                                      &log, &copied)
            lock.unlock()
            if stop { break }
        }
        sqlite3_close(connection)
        connection = nil
        finished.signal()
    }
}
