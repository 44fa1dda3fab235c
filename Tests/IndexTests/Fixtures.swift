import Extract
import Foundation
import Index
import Ingest
import Query
import XCTest

/// Small Vietnamese articles written to a temp folder, and a stand-in for the
/// extractor that marks known phrases with correct scalar spans, so the index
/// and query layers are tested on real facts before the recognizers land.
enum Fixtures {
    static let articles: [String: String] = [
        "vanhoa.txt": """
            Sở Văn hóa, Thể thao và Du lịch phát hành 30.000 sổ tay

            Ngày 12/10/2018, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh đã phát hành hơn 30.000 sổ tay quy tắc ứng xử cho cán bộ, công chức. Phó Giám đốc Sở Đào Xuân Dũng cho biết 13/13 phường đã triển khai.
            """,
        "danguy.txt": """
            Đảng ủy Khối Doanh nghiệp tổng kết năm 2018

            Sáng 5/1/2019, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị tổng kết. Bí thư Đảng ủy Nguyễn Văn Hùng phát biểu. Kết quả, 100% cán bộ hoàn thành tốt nhiệm vụ.
            """,
        "hoagiai.txt": """
            Huyện Thanh Thủy tuyên truyền về hòa giải ở cơ sở

            Ngày 20/3/2019, UBND huyện Thanh Thủy tổ chức hội nghị tuyên truyền về hòa giải ở cơ sở cho 250 hòa giải viên.
            """,
        "sudung.txt": """
            Người dân sử dụng dịch vụ công trực tuyến

            Ngày 15/6/2020, người dân được hướng dẫn sử dụng dịch vụ công; việc sử dụng giúp tiết kiệm thời gian. Ủy ban nhân dân huyện Thanh Thủy cho biết 80% hồ sơ được nộp trực tuyến.
            """,
        "quytac.txt": """
            Quy tắc ứng xử nơi công sở

            Năm 2018, các cơ quan đã niêm yết quy tắc ứng xử. Cán bộ ứng xử văn minh, lịch sự với người dân; quy tắc được dán tại nơi làm việc.
            """,
    ]

    static let agencies: [String: String] = [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh": "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
        "Đảng ủy Khối Doanh nghiệp tỉnh": "Đảng ủy Khối Doanh nghiệp tỉnh",
        "UBND huyện Thanh Thủy": "Ủy ban nhân dân huyện Thanh Thủy",
        "Ủy ban nhân dân huyện Thanh Thủy": "Ủy ban nhân dân huyện Thanh Thủy",
    ]
    static let officials: [String: (name: String, title: String)] = [
        "Phó Giám đốc Sở Đào Xuân Dũng": ("Đào Xuân Dũng", "Phó Giám đốc"),
        "Bí thư Đảng ủy Nguyễn Văn Hùng": ("Nguyễn Văn Hùng", "Bí thư"),
    ]
    static let dates: [String: String] = [
        "Ngày 12/10/2018": "2018-10-12", "Sáng 5/1/2019": "2019-01-05", "Ngày 20/3/2019": "2019-03-20",
        "Ngày 15/6/2020": "2020-06-15", "Năm 2018": "2018",
    ]
    static let metrics: [String: (value: Double, total: Double?, unit: String, qualifier: MetricMention.Qualifier?)] = [
        "hơn 30.000 sổ tay": (30000, nil, "sổ tay", .over),
        "13/13 phường": (13, 13, "phường", nil),
        "100% cán bộ": (100, nil, "%", nil),
        "250 hòa giải viên": (250, nil, "hòa giải viên", nil),
        "80% hồ sơ": (80, nil, "%", nil),
    ]

    /// Scalar-offset spans of every occurrence of `needle` in `text`.
    static func spans(of needle: String, in text: String) -> [[Int]] {
        let hay = Array(text.unicodeScalars), pin = Array(needle.unicodeScalars)
        guard !pin.isEmpty, hay.count >= pin.count else { return [] }
        return (0...(hay.count - pin.count)).filter { Array(hay[$0..<$0 + pin.count]) == pin }.map { [$0, $0 + pin.count] }
    }

    static func facts(_ article: Article) -> Facts {
        var f = Facts()
        let t = article.text
        for (k, v) in dates { for s in spans(of: k, in: t) { f.dates.append(DateMention(text: k, value: v, span: s)) } }
        for (k, v) in agencies { for s in spans(of: k, in: t) { f.agencies.append(AgencyMention(text: k, canonical: v, span: s)) } }
        for (k, v) in officials {
            for s in spans(of: k, in: t) { f.officials.append(OfficialMention(text: k, name: v.name, title: v.title, agency: nil, span: s)) }
        }
        for (k, v) in metrics {
            for s in spans(of: k, in: t) {
                f.metrics.append(MetricMention(text: k, value: v.value, total: v.total, unit: v.unit, qualifier: v.qualifier, span: s))
            }
        }
        return f
    }

    /// A fresh temp folder holding the fixture articles (or `files`).
    static func folder(_ files: [String: String] = articles) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vnpress-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    static func ingester(_ db: IndexDatabase) -> Ingester {
        Ingester(database: db, extract: { facts($0) })
    }

    /// An index of the fixture articles, with its corpus.
    static func corpus() throws -> (IndexDatabase, SQLiteCorpus) {
        let dir = try folder()
        let db = try IndexDatabase()
        let summary = try ingester(db).ingest(roots: [dir.path])
        XCTAssertEqual(summary.new, articles.count)
        return (db, SQLiteCorpus(database: db))
    }
}

extension SearchResult {
    var files: [String] { hits.map { ($0.path as NSString).lastPathComponent } }
}
