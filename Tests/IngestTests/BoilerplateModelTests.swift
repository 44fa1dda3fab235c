import XCTest
@testable import Ingest

/// Lines repeated across a batch are furniture; a line in one file is not.
final class BoilerplateModelTests: XCTestCase {
    /// Six synthetic articles of one site: the same slogan and footer in each,
    /// a signature line in only one.
    static func batch() -> [String] {
        let topics = ["Hà Nội mở rộng tuyến phố đi bộ quanh hồ Hoàn Kiếm",
                      "Nghệ An hỗ trợ 5.000 hộ dân sửa nhà sau bão",
                      "Cần Thơ khởi công cầu Trần Hoàng Na",
                      "Bình Dương tuyển 20.000 lao động dịp cuối năm",
                      "Lào Cai đón 2 triệu lượt khách du lịch",
                      "Đắk Lắk trồng mới 1.000 ha cà phê"]
        return topics.enumerated().map { n, title in
            """
            Đồng hành cùng doanh nghiệp Việt

            \(title)

            Ngày \(n + 1)/3, cơ quan chức năng cho biết kế hoạch \(title.lowercased()) đã được phê duyệt với tổng kinh phí \(n + 2) tỷ đồng.

            Đơn vị thực hiện cam kết hoàn thành đúng tiến độ trong quý II/2024.\(n == 0 ? "\n\nGhi nhận của phóng viên tại hiện trường" : "")

            Bản tin được cập nhật liên tục mỗi ngày
            """
        }
    }

    func testRepeatedLinesAreLearnedAndUniqueLinesAreNot() {
        let model = BoilerplateModel.learn(from: Self.batch())
        XCTAssertTrue(model.contains("Đồng hành cùng doanh nghiệp Việt"))
        XCTAssertTrue(model.contains("  Bản tin được cập nhật liên tục mỗi ngày "), "compared with spaces collapsed")
        XCTAssertFalse(model.contains("Ghi nhận của phóng viên tại hiện trường"))
        XCTAssertFalse(model.contains("Cần Thơ khởi công cầu Trần Hoàng Na"))
    }

    func testThresholdNeedsBothFileCountAndShare() {
        let texts = ["Dòng lặp\nA", "Dòng lặp\nB", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"]
        XCTAssertFalse(BoilerplateModel.learn(from: texts).contains("Dòng lặp"), "2 files are below 3")
        let three = ["Dòng lặp\nA", "Dòng lặp\nB", "Dòng lặp\nC"] + (0..<20).map { "bài \($0)" }
        XCTAssertFalse(BoilerplateModel.learn(from: three).contains("Dòng lặp"), "3 of 23 is under 20%")
        XCTAssertTrue(BoilerplateModel.learn(from: three, minimumShare: 0.1).contains("Dòng lặp"))
    }

    func testParserDropsLearnedLinesAndKeepsTheRest() {
        let batch = Self.batch()
        let model = BoilerplateModel.learn(from: batch)
        let reader = ArticleReader(parser: ArticleParser(boilerplate: model))
        let article = reader.read(bytes: Array(batch[0].utf8), file: "a.txt")
        XCTAssertEqual(article.title, "Hà Nội mở rộng tuyến phố đi bộ quanh hồ Hoàn Kiếm")
        let body = article.paragraphs.joined(separator: "\n")
        XCTAssertFalse(body.contains("Bản tin được cập nhật"))
        XCTAssertFalse(body.contains("Đồng hành cùng"))
        XCTAssertTrue(body.contains("Ghi nhận của phóng viên tại hiện trường"))
        // Without the model the footer stays: the evidence came from the batch, not the words.
        let plain = ArticleParser().parse(text: batch[0], file: "a.txt")
        XCTAssertTrue(plain.paragraphs.joined(separator: "\n").contains("Bản tin được cập nhật"))
    }

    func testModelRoundTripsThroughJSON() throws {
        let model = BoilerplateModel.learn(from: Self.batch())
        let data = try JSONEncoder().encode(model)
        XCTAssertEqual(try JSONDecoder().decode(BoilerplateModel.self, from: data), model)
    }
}
