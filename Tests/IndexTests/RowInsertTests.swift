import GRDB
import XCTest
@testable import Index

/// The raw binder must store exactly what GRDB would: NULL vs empty text,
/// Vietnamese text byte for byte, numbers, and an error naming the statement.
final class RowInsertTests: XCTestCase {
    func testValuesReadBackAsBound() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b TEXT, c INTEGER, d REAL, e REAL)")
            let insert = try RowInsert(db, sql: "INSERT INTO t(a, b, c, d, e) VALUES (?, ?, ?, ?, ?)")
            let rows: [(String?, String?, Int, Double?)] = [
                ("Sở Văn hoá và Thể thao", "", 13, 1.5),
                (nil, "Kế hoạch số 04/KH-HĐTĐKT", -1, nil),
                ("Hoà Bình – “30.000 sổ tay”", "😀\n\t\"'", Int(Int32.max) + 10, 1_200_000),
            ]
            for r in rows {
                try insert.run { b in b.text(r.0); b.text(r.1); b.int(r.2); b.double(r.3); b.double(nil) }
            }
            let back = try Row.fetchAll(db, sql: "SELECT a, b, c, d, e, typeof(b) AS tb, typeof(e) AS te FROM t ORDER BY rowid")
            XCTAssertEqual(back.count, rows.count)
            for (row, r) in zip(back, rows) {
                XCTAssertEqual(row["a"] as String?, r.0)
                XCTAssertEqual(row["b"] as String?, r.1)
                XCTAssertEqual(row["tb"] as String, "text", "an empty string stays text, not NULL")
                XCTAssertEqual(row["c"] as Int, r.2)
                XCTAssertEqual(row["d"] as Double?, r.3)
                XCTAssertEqual(row["te"] as String, "null")
            }
        }
    }

    func testConstraintFailureThrowsWithTheStatement() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (path TEXT NOT NULL UNIQUE)")
            let insert = try RowInsert(db, sql: "INSERT INTO t(path) VALUES (?)")
            try insert.run { $0.text("a.txt") }
            XCTAssertThrowsError(try insert.run { $0.text("a.txt") }) { error in
                let e = error as? DatabaseError
                XCTAssertEqual(e?.resultCode, .SQLITE_CONSTRAINT)
                XCTAssertEqual(e?.sql, "INSERT INTO t(path) VALUES (?)")
            }
            // The statement was reset and is usable again.
            try insert.run { $0.text("b.txt") }
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM t"), 2)
        }
    }
}
