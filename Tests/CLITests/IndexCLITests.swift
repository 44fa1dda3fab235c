import CSV
import Foundation
import XCTest

/// `ingest`, `search`, `figures` and `entities` as the README shows them.
final class IndexCLITests: XCTestCase {
    var folder: URL!
    var db: String { folder.appendingPathComponent("index.sqlite").path }

    override func setUpWithError() throws {
        folder = try VNPressRunner.temporaryFolder()
        let ingest = try VNPressRunner.run(["ingest", VNPressRunner.corpus.path, "--db", db])
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        XCTAssertTrue(ingest.stdout.contains("5 files: 5 new"), ingest.stdout)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testReingestOfAnUnchangedCorpusSkipsEveryFile() throws {
        let again = try VNPressRunner.run(["ingest", VNPressRunner.corpus.path, "--db", db, "--format", "json"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(summary["skipped"] as? Int, 5)
        XCTAssertEqual(summary["new"] as? Int, 0)
    }

    func testSearchWithoutDiacriticsFindsTheAccentedName() throws {
        let result = try VNPressRunner.run(["search", "dao xuan dung", "--db", db, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(hits.count, 1)
        XCTAssertEqual(hits.first?["title"] as? String, "Sở LĐTB&XH Hà Nội có nhiều sáng tạo trong tuyên truyền quy tắc ứng xử")
    }

    func testFiguresCSVReadsBackWithACSVParser() throws {
        let result = try VNPressRunner.run(["figures", "--db", db, "--unit", "phường", "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let reader = try CSVReader(string: result.stdout, hasHeaderRow: true)
        let header = try XCTUnwrap(reader.headerRow)
        var rows: [[String: String]] = []
        while let row = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, row))) }
        // 13/13 phường (a ratio) and 13 phường, each with the sentence it came from.
        XCTAssertTrue(rows.contains { $0["value"] == "13" && $0["total"] == "13" && $0["unit"] == "phường" })
        XCTAssertTrue(rows.contains { $0["value"] == "13" && $0["total"] == "" && ($0["sentence"] ?? "").contains("11 phòng, ban, đơn vị") })
    }

    func testEntitiesMergeAliasesOfOneAgency() throws {
        let result = try VNPressRunner.run(["entities", "agencies", "--db", db, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let labour = try XCTUnwrap(rows.first { $0["name"] as? String == "Sở Lao động - Thương binh và Xã hội Hà Nội" })
        let aliases = try XCTUnwrap(labour["aliases"] as? [String])
        XCTAssertTrue(aliases.contains("Sở LĐTB&XH Hà Nội"))
        XCTAssertTrue(aliases.contains("Sở Lao động Thương Binh và Xã hội Hà Nội"))
    }

    func testAMissingIndexIsExitTwoWithAHint() throws {
        let result = try VNPressRunner.run(["search", "so tay", "--db", folder.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("vnpress ingest"), result.stderr)
    }
}
