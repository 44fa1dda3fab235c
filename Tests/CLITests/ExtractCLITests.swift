import Foundation
import XCTest

/// `vnpress extract` and `vnpress show` run as a pipeline would run them.
final class ExtractCLITests: XCTestCase {
    func seedFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: VNPressRunner.corpus.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { VNPressRunner.corpus.appendingPathComponent($0).path }
    }

    func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func testOneLinePerSeedInInputOrderWithEveryContractField() throws {
        let files = try seedFiles()
        let result = try VNPressRunner.run(["extract"] + files)
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try records(result.stdout)
        XCTAssertEqual(lines.map { $0["file"] as? String }, files)
        for line in lines {
            for field in ["title", "source", "authors", "dates", "agencies", "officials", "metrics", "documents"] {
                XCTAssertNotNil(line[field], "\(field) missing in \(line["file"] ?? "?")")
            }
        }
        // A figure of seed 001, read with Vietnamese notation: 1.200 cuốn sổ tay.
        let metrics = try XCTUnwrap(lines[1]["metrics"] as? [[String: Any]])
        XCTAssertTrue(metrics.contains { ($0["value"] as? Double) == 1200 && ($0["unit"] as? String) == "cuốn sổ tay" })
    }

    func testSpansPointIntoTheTextPrintedWithWithText() throws {
        let file = try seedFiles()[3]
        let result = try VNPressRunner.run(["extract", "--with-text", file])
        let record = try XCTUnwrap(try records(result.stdout).first)
        let text = Array(try XCTUnwrap(record["text"] as? String).unicodeScalars)
        for kind in ["dates", "agencies", "officials", "metrics", "documents"] {
            for mention in try XCTUnwrap(record[kind] as? [[String: Any]]) {
                let span = try XCTUnwrap(mention["span"] as? [Int])
                XCTAssertTrue(span[0] >= 0 && span[0] < span[1] && span[1] <= text.count)
                let covered = String(String.UnicodeScalarView(text[span[0]..<span[1]]))
                XCTAssertEqual(covered, mention["text"] as? String, kind)
            }
        }
    }

    func testStandardInputIsReadWithDash() throws {
        let sentence = "Bộ trưởng Bộ Y tế\n\nNgày 15/3/2021, UBND tỉnh Nghệ An ban hành Quyết định số 812/QĐ-UBND về hơn 1.500 ca bệnh."
        let result = try VNPressRunner.run(["extract", "-"], stdin: Data(sentence.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        let record = try XCTUnwrap(try records(result.stdout).first)
        XCTAssertEqual(record["file"] as? String, "-")
        let documents = try XCTUnwrap(record["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.first?["number"] as? String, "812/QĐ-UBND")
        let dates = try XCTUnwrap(record["dates"] as? [[String: Any]])
        XCTAssertTrue(dates.contains { $0["value"] as? String == "2021-03-15" })
    }

    /// The JSON writer escapes byte by byte: quotes, backslashes and line
    /// breaks inside Vietnamese text must come back intact through a JSON parser.
    func testTextWithQuotesAndBackslashesSurvivesTheJSONLine() throws {
        let article = "Tiêu đề \"đặc biệt\"\n\nÔng A nói: \"Sở Y tế đã nhận 1.200 đơn\" tại C:\\hồ sơ\\2024.\nDòng hai."
        let result = try VNPressRunner.run(["extract", "--with-text", "-"], stdin: Data(article.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1, "one article, one line")
        let record = try XCTUnwrap(try records(result.stdout).first)
        let text = try XCTUnwrap(record["text"] as? String)
        XCTAssertTrue(text.contains("\"Sở Y tế đã nhận 1.200 đơn\""), text)
        XCTAssertTrue(text.contains("C:\\hồ sơ\\2024"), text)
        XCTAssertTrue(text.contains("\n"), text)
    }

    func testAMissingFileIsReportedAndTheBatchGoesOn() throws {
        let files = try seedFiles()
        let result = try VNPressRunner.run(["extract", files[0], "/nonexistent/bai-bao.txt", files[1]])
        XCTAssertEqual(result.status, 1, "exit 1 when some input failed")
        let lines = try records(result.stdout)
        XCTAssertEqual(lines.count, 3, "the missing file still gets its line")
        let diagnostics = try XCTUnwrap(lines[1]["diagnostics"] as? [[String: Any]])
        XCTAssertFalse(diagnostics.isEmpty)
        XCTAssertNotNil(lines[2]["title"] as? String, "the file after the bad one is still extracted")
    }

    func testShowPrintsTheCleanedArticleWithoutSiteFurniture() throws {
        let result = try VNPressRunner.run(["show", try seedFiles()[0]])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Sở LĐTB&XH Hà Nội có nhiều sáng tạo trong tuyên truyền quy tắc ứng xử"))
        XCTAssertTrue(result.stdout.contains("Kinhtedothi"))
        XCTAssertFalse(result.stdout.contains("Chia sẻ Zalo"))
    }
}
