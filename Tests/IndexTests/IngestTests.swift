import Extract
import Foundation
import Index
import Ingest
import Query
import XCTest

final class IngestTests: XCTestCase {
    func testIncrementalReingestSkipsReplacesAndPrunes() throws {
        let dir = try Fixtures.folder()
        let db = try IndexDatabase()
        let ingester = Fixtures.ingester(db)
        let first = try ingester.ingest(roots: [dir.path])
        XCTAssertEqual([first.new, first.updated, first.skipped, first.failed], [5, 0, 0, 0])

        let again = try ingester.ingest(roots: [dir.path])
        XCTAssertEqual([again.new, again.updated, again.skipped], [0, 0, 5])

        // Change one file, delete another.
        try Data("Sở Y tế kiểm tra an toàn thực phẩm\n\nNgày 1/9/2021, đoàn kiểm tra liên ngành làm việc tại chợ Hạ Long.".utf8)
            .write(to: dir.appendingPathComponent("quytac.txt"))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("hoagiai.txt"))
        let corpus = SQLiteCorpus(database: db)

        let noPrune = try ingester.ingest(roots: [dir.path])
        XCTAssertEqual([noPrune.new, noPrune.updated, noPrune.skipped, noPrune.removed], [0, 1, 3, 0])
        XCTAssertEqual(try corpus.search(SearchRequest(query: "an toan thuc pham")).files, ["quytac.txt"])
        XCTAssertEqual(try corpus.search(SearchRequest(query: "\"quy tac ung xu\"")).files, ["vanhoa.txt"])
        XCTAssertEqual(try db.counts().articles, 5, "without --prune the deleted file stays")

        let pruned = try ingester.ingest(roots: [dir.path], options: IngestOptions(prune: true))
        XCTAssertEqual([pruned.skipped, pruned.removed], [4, 1])
        XCTAssertEqual(try db.counts().articles, 4)
        XCTAssertEqual(try corpus.search(SearchRequest(query: "hoa giai")).total, 0)
        // Its mentions and figures went with it (ON DELETE CASCADE).
        XCTAssertFalse(try corpus.figures(FiguresRequest(limit: 100)).contains { $0.unit == "hòa giải viên" })
        XCTAssertEqual(try db.integrityProblems(), [])
    }

    func testPruneOnlyTouchesTheGivenRoots() throws {
        let a = try Fixtures.folder(["a.txt": "Tin thứ nhất\n\nNội dung về sổ tay."])
        let b = try Fixtures.folder(["b.txt": "Tin thứ hai\n\nNội dung về hòa giải."])
        let db = try IndexDatabase()
        _ = try Fixtures.ingester(db).ingest(roots: [a.path, b.path])
        let summary = try Fixtures.ingester(db).ingest(roots: [b.path], options: IngestOptions(prune: true))
        XCTAssertEqual(summary.removed, 0)
        XCTAssertEqual(try db.counts().articles, 2)
    }

    /// The article page of an indexed file shows the facts `extract` gives, a
    /// document's signing date and an official's other titles included.
    func testIndexedFactsRoundTripWithTheRealExtractor() throws {
        let text = """
            Tỉnh Bắc Giang triển khai kế hoạch cải cách hành chính

            Thực hiện Kế hoạch số 04/KH-UBND ngày 12/3/2019 của UBND tỉnh Bắc Giang, ông Nguyễn Văn Linh, \
            Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị triển khai.
            """
        let dir = try Fixtures.folder(["bacgiang.txt": text])
        let db = try IndexDatabase()
        XCTAssertEqual(try Ingester(database: db).ingest(roots: [dir.path]).new, 1)
        let expected = Extractor().extract(try ArticleReader().read(path: dir.appendingPathComponent("bacgiang.txt").path))
        let detail = try XCTUnwrap(try SQLiteCorpus(database: db).article(id: 1))
        XCTAssertEqual(detail.facts.documents, expected.documents)
        XCTAssertEqual(detail.facts.documents.first?.date, "2019-03-12")
        XCTAssertEqual(detail.facts.officials, expected.officials)
        XCTAssertEqual(detail.facts.officials.first?.titles.isEmpty, false)
        XCTAssertEqual(detail.facts.agencies.map(\.canonical), expected.agencies.map(\.canonical))
    }

    func testBadFilesAreReportedAndSkipped() throws {
        var files = Fixtures.articles
        files["binary.txt"] = "ảnh\u{0}\u{0}\u{1}PNG"
        files["empty.txt"] = "   \n\n  "
        let dir = try Fixtures.folder(files)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
        // Invalid UTF-8 is decoded with a warning, not dropped.
        try Data([0x54, 0x69, 0xEA, 0x6E, 0xFF, 0x0A, 0x0A, 0x62, 0xE1, 0xBB, 0x95]).write(to: dir.appendingPathComponent("latin.txt"))
        let db = try IndexDatabase()
        let summary = try Ingester(database: db, extract: { Fixtures.facts($0) })
            .ingest(roots: [dir.path], options: IngestOptions(jobs: 2, batchSize: 3))
        XCTAssertEqual(summary.failed, 3)
        XCTAssertEqual(Set(summary.failures.map { ($0.path as NSString).lastPathComponent }), ["binary.txt", "empty.txt", "folder.txt"])
        XCTAssertTrue(summary.failures.allSatisfy { $0.message.count > 10 })
        XCTAssertEqual(summary.new, 6)
        XCTAssertEqual(try db.counts().articles, 6)
        XCTAssertEqual(try db.integrityProblems(), [])
    }

    func testInterruptedIngestKeepsWholeBatchesAndResumes() throws {
        let dir = try Fixtures.folder()
        let db = try IndexDatabase()
        let allowed = Budget(1)
        let stopped = try Fixtures.ingester(db).ingest(
            roots: [dir.path], options: IngestOptions(jobs: 2, batchSize: 2, shouldContinue: { allowed.take() }))
        XCTAssertTrue(stopped.interrupted)
        XCTAssertEqual(stopped.new, 2)
        XCTAssertEqual(try db.counts().articles, 2)
        XCTAssertEqual(try db.integrityProblems(), [])

        let resumed = try Fixtures.ingester(db).ingest(roots: [dir.path], options: IngestOptions(batchSize: 2))
        XCTAssertFalse(resumed.interrupted)
        XCTAssertEqual([resumed.new, resumed.skipped], [3, 2])
        XCTAssertEqual(try db.counts().articles, 5)
        XCTAssertEqual(try db.integrityProblems(), [])
    }

    func testOnDiskIndexOpensAgainAndMissingIndexIsReported() throws {
        let dir = try Fixtures.folder()
        let path = dir.appendingPathComponent(".vnpress/index.sqlite").path
        XCTAssertThrowsError(try IndexDatabase(path: path, create: false)) { error in
            XCTAssertEqual("\(error)", "no index at \(path); run `vnpress ingest DIR` first")
        }
        do {
            let db = try IndexDatabase(path: path)
            _ = try Fixtures.ingester(db).ingest(roots: [dir.path])
        }
        let reopened = try IndexDatabase(path: path, create: false)
        XCTAssertEqual(try reopened.counts().articles, 5, "the index folder itself is not ingested")
        XCTAssertEqual(try SQLiteCorpus(database: reopened).search(SearchRequest(query: "so tay")).files, ["vanhoa.txt"])
    }

    func testRealCorpusArticles() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus").standardized
        let db = try IndexDatabase()
        let summary = try Ingester(database: db).ingest(roots: [corpus.path])
        XCTAssertEqual(summary.new, 5)
        XCTAssertEqual(summary.failed, 0)
        let search = SQLiteCorpus(database: db)
        XCTAssertEqual(try search.search(SearchRequest(query: "dao xuan dung")).files, ["000_86d3a30ea9cdb906.txt"])
        XCTAssertEqual(try search.search(SearchRequest(query: "dang uy")).files.first, "003_61020721c62bbeef.txt")
        XCTAssertEqual(Set(try search.search(SearchRequest(query: "so tay")).files), ["001_0dce3c40b3480341.txt", "002_64cbda09f9b531cb.txt"])
        XCTAssertGreaterThanOrEqual(try search.search(SearchRequest(query: "quy tac ung xu")).total, 4)
    }
}

/// Allows a fixed number of batches, then says stop.
final class Budget: @unchecked Sendable {
    private var left: Int
    private let lock = NSLock()
    init(_ n: Int) { left = n }
    func take() -> Bool { lock.lock(); defer { lock.unlock() }; left -= 1; return left >= 0 }
}
