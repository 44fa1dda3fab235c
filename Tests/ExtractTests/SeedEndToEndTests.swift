import Extract
import Foundation
import Ingest
import XCTest

/// The five seed articles of `corpus/` through reader and extractor, checked
/// against key values of their gold annotations (EXTRACTION.md).
final class SeedEndToEndTests: XCTestCase {
    func extract(_ name: String) throws -> Facts {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("corpus").appendingPathComponent(name).path
        let article = try ArticleReader().read(path: path)
        return Extractor().extract(article)
    }

    func testSeed000() throws {
        let f = try extract("000_86d3a30ea9cdb906.txt")
        XCTAssertEqual(Set(f.dateValues), ["2018-10-12", "2018"])
        XCTAssertTrue(f.metricKeys.contains("37 đơn vị sự nghiệp"))
        XCTAssertTrue(f.metricKeys.contains("5 năm"))
        XCTAssertTrue(f.metricKeys.contains("2 bộ QTUX"))
        XCTAssertEqual(f.documents.count, 0)
    }

    func testSeed001() throws {
        let f = try extract("001_0dce3c40b3480341.txt")
        XCTAssertEqual(Set(f.dateValues), ["2018-11-27", "2018", "2018/2020"])
        for key in ["13/13 phường", "1200 cuốn sổ tay", "100 %", "25000 tờ rơi", "13 phường", "2 bộ quy tắc"] {
            XCTAssertTrue(f.metricKeys.contains(where: { $0.hasPrefix(key) }), key)
        }
        XCTAssertFalse(f.metricKeys.contains(where: { $0.hasPrefix("1 cửa") || $0.hasPrefix("1 ") }))
        XCTAssertEqual(f.documents.count, 0, "chuyên đề số 01 is no document")
    }

    func testSeed002() throws {
        let f = try extract("002_64cbda09f9b531cb.txt")
        XCTAssertEqual(Set(f.dateValues), ["2024", "2017/2024", "1954-10-10/2024-10-10", "2017"])
        XCTAssertTrue(f.metricKeys.contains(where: { $0.hasPrefix("30000 sổ tay") && $0.hasSuffix("over") }))
        XCTAssertTrue(f.metricKeys.contains("40 cuộc tọa đàm nearly"))
        XCTAssertTrue(f.metricKeys.contains("70 năm"))
        XCTAssertEqual(f.documents.map(\.number), ["495/KH-SVHTT"])
        XCTAssertEqual(f.documents.first?.kind, "Kế hoạch")
    }

    func testSeed003() throws {
        let f = try extract("003_61020721c62bbeef.txt")
        XCTAssertEqual(Set(f.dateValues), ["XXXX-11-29", "2021/2025", "2017", "2019", "2019-06-19", "2022", "2023", "2024"])
        XCTAssertTrue(f.metricKeys.contains("6 năm over"))
        XCTAssertTrue(f.metricKeys.contains("4 năm"))
        XCTAssertFalse(f.metricKeys.contains(where: { $0.hasPrefix("3 ") && !$0.hasPrefix("3 nội hàm") }), "mức độ 3 is a level")
        XCTAssertEqual(Set(f.documents.map(\.number)), ["06-CTr/TU", "04/KH-HĐTĐKT"])
        XCTAssertEqual(f.documents.first(where: { $0.number == "04/KH-HĐTĐKT" })?.date, "2019-06-19")
    }

    func testSeed004() throws {
        let f = try extract("004_5064b274fdd84093.txt")
        XCTAssertEqual(Set(f.dateValues), ["XXXX-11-02"])
        for key in ["16/16 thủ tục hành chính", "110 thủ tục", "6 tháng", "1 năm", "100 %"] {
            XCTAssertTrue(f.metricKeys.contains(key), key)
        }
        XCTAssertFalse(f.metricKeys.contains(where: { $0.contains("cửa") }), "bộ phận 1 cửa is no figure")
    }
}
