import Foundation
import XCTest
@testable import Ingest

/// The five seed articles of `corpus/` ingested whole: title, source and authors
/// as the gold annotations give them, and nothing of the site left in the body.
final class SeedIngestionTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    /// Titles are expected as the cleaned text has them: NFC with uniform tone
    /// placement (the file writes "Lan toả … văn hoá", the article "Lan tỏa … văn hóa").
    struct Expected {
        let file: String
        let title: String
        let source: String?
        let authors: [String]
    }

    static let table: [Expected] = [
        Expected(file: "000_86d3a30ea9cdb906.txt",
                 title: "Sở LĐTB&XH Hà Nội có nhiều sáng tạo trong tuyên truyền quy tắc ứng xử",
                 source: "Kinhtedothi", authors: ["Lại Tấn"]),
        Expected(file: "001_0dce3c40b3480341.txt",
                 title: "Quận Bắc Từ Liêm – điểm sáng của Thành phố về việc tuyên truyền, thực hiện 02 bộ quy tắc ứng xử",
                 source: "MaskOnline", authors: ["Thanh Hằng"]),
        Expected(file: "002_64cbda09f9b531cb.txt",
                 title: "Hà Nội đẩy mạnh phong trào thi đua văn hóa công sở, ứng xử nơi công cộng",
                 source: "Pháp luật và Xã hội", authors: []),
        Expected(file: "003_61020721c62bbeef.txt",
                 title: "Cán bộ, công chức, viên chức, người lao động Thủ đô thi đua thực hiện văn hóa công sở và nơi công cộng",
                 source: nil, authors: []),
        Expected(file: "004_5064b274fdd84093.txt",
                 title: "Lan tỏa những nét đẹp trong văn hóa công sở, góp phần xây dựng người Hà Nội thanh lịch, văn minh",
                 source: nil, authors: ["Hoàng Tùng"]),
    ]

    /// Lines (or starts of lines) of site furniture that must not survive in the body.
    static let furniture = ["Chia sẻ Zalo", "Trả lời", "Email của bạn", "Mở Zalo", "Việt Nam vươn mình",
                            "Theo dõi", "Email :", "Thanh Hằng", "Lại Tấn", "Hoàng Tùng", "Theo MaskOnline",
                            "Pháp luật và Xã hội", "Quy tắc ứng xử"]

    func read(_ name: String) throws -> Article {
        try ArticleReader().read(path: Self.corpus.appendingPathComponent(name).path)
    }

    func testTitleSourceAndAuthorsOfEverySeed() throws {
        for expected in Self.table {
            let article = try read(expected.file)
            XCTAssertEqual(article.title, expected.title, expected.file)
            XCTAssertEqual(article.source, expected.source, expected.file)
            XCTAssertEqual(article.authors, expected.authors, expected.file)
            XCTAssertGreaterThan(article.paragraphs.count, 5, expected.file)
        }
    }

    func testNoFurnitureLeftInTheBody() throws {
        for expected in Self.table {
            let article = try read(expected.file)
            for paragraph in article.paragraphs {
                for line in Self.furniture {
                    XCTAssertFalse(paragraph == line || paragraph.hasPrefix(line + " ") && paragraph.count < 60,
                                   "\(expected.file): furniture left in body: \(paragraph)")
                }
                XCTAssertFalse(paragraph.hasPrefix("Kinhtedothi"), "\(expected.file): lead-in kept: \(paragraph.prefix(40))")
                XCTAssertFalse(paragraph.hasSuffix("|"), "\(expected.file): caption in body: \(paragraph)")
                XCTAssertFalse(paragraph.contains("Ảnh: "), "\(expected.file): caption in body: \(paragraph)")
            }
        }
    }

    func testCaptionsAreSeparatedAndDeduplicated() throws {
        let article = try read("000_86d3a30ea9cdb906.txt")
        XCTAssertEqual(article.captions, [
            "Đoàn kiểm tra thực tế tại Sở LĐTB&XH Hà Nội. Ảnh: Lại Tấn.",
            "Cán bộ công chức làm việc tại Sở LĐTB&XH Hà Nội. Ảnh: Lại Tấn.",
            "Đoàn kiểm tra làm việc với Sở LĐTB&XH Hà Nội. Ảnh: Lại Tấn.",
        ])
        let body = article.paragraphs.joined(separator: "\n")
        XCTAssertFalse(body.contains("Đoàn kiểm tra thực tế tại Sở LĐTB&XH Hà Nội. Ảnh"))
    }

    func testCaptionRunIntoAFollowPromptIsSplitOff() throws {
        let article = try read("002_64cbda09f9b531cb.txt")
        XCTAssertEqual(article.captions.count, 2)
        XCTAssertTrue(article.captions[0].hasPrefix("Quy tắc ứng xử của cán bộ"), article.captions[0])
        XCTAssertTrue(article.captions[0].hasSuffix("Ảnh: Vi Giáng"), article.captions[0])
        XCTAssertTrue(article.captions[1].hasSuffix("Ảnh: Mộc Miên"), article.captions[1])
        XCTAssertTrue(article.paragraphs[0].hasPrefix("Để nâng cao chất lượng phong trào thi đua"))
    }

    func testMissingSpaceAfterAPeriodIsRestored() throws {
        let article = try read("001_0dce3c40b3480341.txt")
        let body = article.paragraphs.joined(separator: "\n")
        XCTAssertTrue(body.contains("quận Bắc Từ Liêm. Ngay sau khi"))
        XCTAssertFalse(body.contains("Liêm.Ngay"))
    }
}
