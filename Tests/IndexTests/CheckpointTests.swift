import Foundation
import Index
import Query
import XCTest

/// An ingest into a file copies its log into the database from a background
/// thread and starts the log over every few batches: the index must come out
/// whole, searchable, with an empty log, and work the same when re-run.
final class CheckpointTests: XCTestCase {
    func testFileIndexIngestedInManyBatchesIsWholeAndLeavesNoLog() throws {
        var files: [String: String] = [:]
        let provinces = ["Hà Giang", "Cà Mau", "Thừa Thiên Huế", "Đắk Lắk", "Quảng Ninh", "Lào Cai", "Bến Tre"]
        for n in 0..<40 {
            let province = provinces[n % provinces.count]
            files["tin\(n).txt"] = "Sở Y tế tỉnh \(province) kiểm tra bếp ăn số \(n)\n\n"
                + "Ngày \(n % 28 + 1)/9/2021, đoàn kiểm tra của Sở Y tế tỉnh \(province) làm việc tại \(n + 3) trường học."
        }
        let dir = try Fixtures.folder(files)
        let path = dir.appendingPathComponent("index/index.sqlite").path
        let db = try IndexDatabase(path: path)
        // batchSize 1: forty commits, so background checkpoints and log restarts both happen.
        let summary = try Fixtures.ingester(db).ingest(roots: [dir.path], options: IngestOptions(jobs: 2, batchSize: 1))
        XCTAssertEqual(summary.new, 40)
        XCTAssertEqual(try db.integrityProblems(), [])
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        XCTAssertEqual(wal, 0, "the last checkpoint empties the log")
        let corpus = SQLiteCorpus(database: db)
        XCTAssertEqual(try corpus.search(SearchRequest(query: "thua thien hue")).total, 40 / 7 + (40 % 7 > 2 ? 1 : 0))
        let again = try Fixtures.ingester(db).ingest(roots: [dir.path], options: IngestOptions(batchSize: 1))
        XCTAssertEqual(again.skipped, 40)
        XCTAssertEqual(try db.counts().articles, 40)
    }
}
