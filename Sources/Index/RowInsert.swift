import GRDB
import GRDBSQLite

/// Runs a cached INSERT with values bound straight into SQLite.
///
/// GRDB's `execute(arguments:)` wraps every value in a `DatabaseValue` inside an
/// array of existentials; for the hundreds of thousands of rows of an ingest that
/// was a visible share of the single writer thread, which bounds ingest speed.
/// Values are bound in the order of the statement's `?` placeholders.
struct RowInsert {
    let statement: Statement
    let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the values `bind` writes, runs the statement and resets it.
    func run(_ bind: (inout Binder) -> Void) throws {
        let handle = statement.sqliteStatement
        var binder = Binder(handle: handle)
        bind(&binder)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }

    struct Binder {
        let handle: SQLiteStatement
        var index: CInt = 1

        /// SQLite copies the bytes (SQLITE_TRANSIENT), so the string may go away after binding.
        mutating func text(_ value: String?) {
            defer { index += 1 }
            guard var value else { sqlite3_bind_null(handle, index); return }
            value.withUTF8 { bytes in
                // An empty buffer may have no address, which SQLite would read as NULL.
                if bytes.isEmpty {
                    sqlite3_bind_text(handle, index, "", 0, nil)
                } else {
                    sqlite3_bind_text(handle, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                                      CInt(bytes.count), Self.transient)
                }
            }
        }

        mutating func int(_ value: Int) {
            sqlite3_bind_int64(handle, index, sqlite3_int64(value)); index += 1
        }

        mutating func int(_ value: Int64) {
            sqlite3_bind_int64(handle, index, sqlite3_int64(value)); index += 1
        }

        mutating func double(_ value: Double?) {
            if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
            index += 1
        }

        static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }
}
