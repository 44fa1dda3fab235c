import CSV
import Foundation
import Query
import XCTest

final class OutputTests: XCTestCase {
    func testCSVRoundTripsThroughCSVSwift() throws {
        let rows: [[String]] = [
            ["30000", "sổ tay", "Sở Văn hóa, Thể thao và Du lịch", "Ông nói: \"đạt 100%\"."],
            ["13", "phường", "", "dòng một\ndòng hai\r\nba"],
            ["1,5", "tỷ đồng", "UBND tỉnh", "  khoảng trắng  "],
        ]
        let columns = ["value", "unit", "agency", "sentence"]
        let text = CSVFormatter.format(columns: columns, rows: rows)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        XCTAssertEqual(reader.headerRow, columns)
        var back: [[String]] = []
        while let row = reader.next() { back.append(row) }
        XCTAssertEqual(back, rows)
    }

    func testFiguresCSVFromTheIndex() throws {
        let (_, corpus) = try Fixtures.corpus()
        let figures = try corpus.figures(FiguresRequest(limit: 100))
        XCTAssertFalse(figures.isEmpty)
        let reader = try CSVReader(string: CSVFormatter.format(figures), hasHeaderRow: true)
        XCTAssertEqual(reader.headerRow, FigureRow.columns)
        var back: [[String]] = []
        while let row = reader.next() { back.append(row) }
        XCTAssertEqual(back, figures.map(\.cells))
        XCTAssertTrue(back.contains { $0[0] == "30000" && $0[3] == "sổ tay" })
    }

    func testSearchCSVShowsHighlightsAsGuillemets() throws {
        let (_, corpus) = try Fixtures.corpus()
        let hits = try corpus.search(SearchRequest(query: "so tay")).hits
        let reader = try CSVReader(string: CSVFormatter.format(hits), hasHeaderRow: true)
        let row = try XCTUnwrap(reader.next())
        XCTAssertTrue(row[4].contains("«sổ tay»"), row[4])
        XCTAssertFalse(row[4].contains(Highlight.open))
    }

    func testTableAlignsAndTruncatesWithoutCountingMarkers() {
        let table = TableFormatter(highlight: .guillemets, widths: ["text": 12])
        let out = table.format(columns: ["n", "text"], rows: [
            ["1", "Sở \(Highlight.open)Văn hóa\(Highlight.close), Thể thao và Du lịch"],
            ["22", "ngắn\ngọn"],
        ])
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["N   TEXT", "1   Sở «Văn hóa»,…", "22  ngắn gọn"])
        let cut = TableFormatter(highlight: .guillemets, widths: ["text": 6])
            .format(columns: ["text"], rows: [["Sở \(Highlight.open)Văn hóa\(Highlight.close)"]])
        // A highlight the cut would split is left out, not shown as "«Vă»".
        XCTAssertEqual(cut.split(separator: "\n").last, "Sở…")
        let phrase = TableFormatter(highlight: .guillemets, widths: ["text": 30]).format(columns: ["text"], rows: [[
            "thành phố năm 2018. 02 \(Highlight.open)quy tắc ứng xử\(Highlight.close) được ban hành",
        ]])
        XCTAssertEqual(phrase.split(separator: "\n").last, "thành phố năm 2018. 02…")
        // A highlight that starts the cell and outruns it is cut and closed.
        let first = TableFormatter(highlight: .guillemets, widths: ["text": 6])
            .format(columns: ["text"], rows: [["\(Highlight.open)Văn hóa Thể thao\(Highlight.close) tỉnh"]])
        XCTAssertEqual(first.split(separator: "\n").last, "«Văn h»…")
    }

    func testJSONIsOneArrayWithReadableHighlights() throws {
        let hit = SearchHit(articleID: 1, path: "a/b.txt", title: "Đảng ủy", source: nil, date: "2019-01-05",
                            snippet: "Bí thư \(Highlight.open)Đảng ủy\(Highlight.close)", score: -1.5)
        let json = try JSONOutput.encode([hit])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        XCTAssertEqual(decoded?.count, 1)
        XCTAssertEqual(decoded?.first?["snippet"] as? String, "Bí thư «Đảng ủy»")
        XCTAssertEqual(decoded?.first?["path"] as? String, "a/b.txt")
    }

    func testNumbersPrintWithoutSpuriousDecimals() {
        XCTAssertEqual(formatNumber(30000), "30000")
        XCTAssertEqual(formatNumber(1.2), "1.2")
        XCTAssertEqual(formatNumber(nil), "")
    }
}
