import XCTest
import Ingest
@testable import Extract
import VietText

/// Table tests of officials: both orders, titles with their canonical
/// casing, several titles, former posts, ranks, and people who are not officials.
final class OfficialRecognizerTests: XCTestCase {
    static let recognizers: [any Recognizer] = [AgencyRecognizer(), OfficialRecognizer()]

    func officials(_ paragraphs: [String]) -> [OfficialMention] {
        let article = Article(file: "t.txt", paragraphs: paragraphs)
        let input = RecognizerInput(article: article, tokenized: Tokenizer.shared.tokenize(article.text), lexicons: .shared)
        var facts = Facts()
        for r in Self.recognizers { r.recognize(input, into: &facts) }
        return facts.officials
    }

    func testTitleNameAgency() {
        let cases: [(String, String, String, String?)] = [
            ("Giám đốc Sở Y tế tỉnh Nghệ An Dương Đình Chỉnh cho biết.", "Dương Đình Chỉnh", "Giám đốc", "Sở Y tế Nghệ An"),
            ("Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn phát biểu.", "Nguyễn Kim Sơn", "Bộ trưởng", "Bộ Giáo dục và Đào tạo"),
            ("Thượng tá Nguyễn Văn Bình, Phó Trưởng Công an huyện Tam Đảo, cho hay.", "Nguyễn Văn Bình",
             "Phó Trưởng Công an", "Công an huyện Tam Đảo"),
            ("Phó trưởng Ban Dân vận Tỉnh ủy Lâm Đồng Trần Văn Hiệp dự.", "Trần Văn Hiệp", "Phó Trưởng ban",
             "Ban Dân vận Tỉnh ủy Lâm Đồng"),
            ("Tiếp đoàn có bà Lê Thị Thu Hằng, Trưởng phòng Tổ chức cán bộ.", "Lê Thị Thu Hằng", "Trưởng phòng", nil),
            ("Theo đ/c Hoàng Văn Nam, Bí thư Huyện ủy Ba Vì, kết quả rất tốt.", "Hoàng Văn Nam", "Bí thư", "Huyện ủy Ba Vì"),
            ("Chủ tịch UBND TP.HCM Phan Văn Mãi chỉ đạo.", "Phan Văn Mãi", "Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
            ("Ông Phạm Văn Hùng – nguyên Giám đốc Sở Xây dựng Bình Định bị bắt.", "Phạm Văn Hùng", "Giám đốc",
             "Sở Xây dựng Bình Định"),
            ("Ông Trần Văn Giảng, Hạt trưởng Hạt Kiểm lâm huyện Con Cuông, cho biết.", "Trần Văn Giảng", "Hạt trưởng",
             "Hạt Kiểm lâm huyện Con Cuông"),
            // Colloquial short forms take the canonical title.
            ("Bà Mạc Thị Ngọc, phó phòng Kinh tế huyện Đại Lộc, cho hay.", "Mạc Thị Ngọc", "Phó Trưởng phòng", nil),
            ("Cục phó Cục Hàng hải Nguyễn Văn Luận ký văn bản.", "Nguyễn Văn Luận", "Phó Cục trưởng", nil),
        ]
        for (text, name, title, agency) in cases {
            let found = officials([text])
            XCTAssertEqual(found.count, 1, "\(text) → \(found)")
            guard let o = found.first else { continue }
            XCTAssertEqual(o.name, name, text)
            XCTAssertEqual(o.title, title, text)
            if let agency { XCTAssertEqual(o.agency, agency, text) }
        }
    }

    func testFurtherTitlesAndChains() {
        let a = officials(["Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Báu Hà – Trưởng đoàn kiểm tra đề nghị."])
        XCTAssertEqual(a.first?.title, "Phó Chủ tịch")
        XCTAssertEqual(a.first?.titles, ["Trưởng đoàn"])
        let b = officials(["Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp đoàn."])
        XCTAssertEqual(b.first?.name, "Tô Lâm")
        XCTAssertEqual(b.first?.title, "Tổng Bí thư")
        XCTAssertEqual(b.first?.titles, ["Chủ tịch nước"])
    }

    func testLaterBareMentionKeepsTitleOnePerName() {
        let found = officials([
            "Giám đốc Công an tỉnh Long An Nguyễn Minh Tâm chủ trì.",
            "Ông Nguyễn Minh Tâm nhấn mạnh yêu cầu siết chặt kỷ luật.",
        ])
        XCTAssertEqual(found.map(\.name), ["Nguyễn Minh Tâm"])
        XCTAssertEqual(found.first?.title, "Giám đốc")
    }

    func testNamesWithoutHonorificsOrRanks() {
        let found = officials(["Đại tá Lê Văn Tuyến, Giám đốc Công an tỉnh Đắk Lắk, cho biết."])
        XCTAssertEqual(found.first?.name, "Lê Văn Tuyến")
        let sentenceStart = officials(["Ông Vũ Đức Minh, Chủ tịch UBND xã Tân Lập, trao quà."])
        XCTAssertEqual(sentenceStart.first?.name, "Vũ Đức Minh")
    }

    func testNotOfficials() {
        let negatives = [
            "Ông Trịnh Thanh Phi (sinh sống tại phường Cửa Đông, quận Hoàn Kiếm) đánh giá cao.",
            "Ảnh: Lại Tấn. Bà Nguyễn Thị Mai bán hàng ở chợ Đồng Xuân.",
            "Trưởng đoàn kiểm tra đề nghị Sở rút kinh nghiệm.",
            "Phó Giám đốc Sở cũng cho biết thêm nhiều thông tin.",
        ]
        for text in negatives {
            XCTAssertEqual(officials([text]), [], text)
        }
    }

    func testMemberTitlesNameThenIsAndTitleBeforeAList() {
        let a = officials(["Đồng chí Trần Văn Sơn, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Điện Biên dự lễ."])
        XCTAssertEqual(a.first?.name, "Trần Văn Sơn")
        XCTAssertEqual(a.first?.title, "Tỉnh ủy viên")
        let b = officials(["Theo kết quả điều tra, Hoàng Văn Long là Giám đốc Công ty TNHH Minh Phát ở Bắc Giang."])
        XCTAssertEqual(b.map(\.name), ["Hoàng Văn Long"])
        XCTAssertEqual(b.first?.title, "Giám đốc")
        let c = officials(["Dự hội nghị có các Phó Chủ tịch UBND tỉnh Sóc Trăng Lê Văn Hiểu, Vương Quốc Nam và Ngô Hùng."])
        XCTAssertEqual(c.map(\.name), ["Lê Văn Hiểu", "Vương Quốc Nam", "Ngô Hùng"])
        XCTAssertEqual(Set(c.map(\.title)), ["Phó Chủ tịch"])
        // Without a plural word, the next name is somebody else's.
        let d = officials(["Giám đốc Sở Tài chính Nguyễn Văn Tâm, Trần Thị Hoa và nhiều cán bộ tham dự."])
        XCTAssertEqual(d.map(\.name), ["Nguyễn Văn Tâm"])
    }

    func testCountryBeforeAForeignNameIsNoPartOfIt() {
        let texts = [
            "Thủ tướng Úc Scott Morrison tuyên bố tại Canberra.",
            "Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo cho biết.",
            "Cựu Thủ tướng Thái Lan Thaksin Shinawatra đang sống lưu vong.",
            "Thủ tướng Hà Lan Mark Rutte đến thăm.",
            "Phát ngôn viên của Thủ tướng Thái Lan nói với báo giới.",
            "Tư lệnh Thái Bình Dương Mỹ Harry Harris cho biết.",
            "Đô đốc Harry Harris, Tư lệnh Bộ Tư lệnh Thái Bình Dương của Mỹ cho hay.",
            "Nhận lời mời của Thủ tướng Hà Lan Mark Rutte, Thủ tướng Chính phủ sẽ thăm chính thức.",
            "Tại cuộc làm việc với các tập đoàn lớn của Hà Lan, Thủ tướng đánh giá cao hợp tác.",
        ]
        for text in texts {
            let names = officials([text]).map(\.name)
            XCTAssertFalse(names.contains { ["Úc", "Hàn", "Thái", "Hà"].contains(String($0.split(separator: " ")[0])) },
                           "\(text) → \(names)")
        }
        // A Vietnamese official whose name starts with the same syllables is still found.
        XCTAssertEqual(officials(["Giám đốc Sở Y tế Thái Bình Lại Đức Trường cho biết."]).first?.name, "Lại Đức Trường")
    }

    func testPersonNamesSplitFromPlaceNames() {
        let lexicon = AgencyLexicon(lexicons: .shared)
        let names = PersonNames(surnames: lexicon.surnames)
        let tokens = KeyedTokens(Tokenizer.shared.tokenize("Quỳnh Lưu Nguyễn Văn An").tokens)
        XCTAssertEqual(names.trailingNameStart(tokens, 0, 5), 2)
        let one = KeyedTokens(Tokenizer.shared.tokenize("Phạm Thị Nguyên Hạnh").tokens)
        XCTAssertEqual(names.name(in: one, at: 0), 4)
        let honorific = KeyedTokens(Tokenizer.shared.tokenize("Ông Nguyễn Văn A").tokens)
        XCTAssertNil(names.name(in: honorific, at: 0))
    }

    /// A two-syllable place whose second syllable is also a family name, run on into a
    /// three-syllable name: the split falls where a whole name remains.
    func testPlaceRunOnIntoAFullName() {
        let cases: [(String, String, String)] = [
            ("Phó Chủ tịch UBND TP Nha Trang Lê Huy Toàn kiểm tra công trình.", "Lê Huy Toàn",
             "Ủy ban nhân dân thành phố Nha Trang"),
            ("Chủ tịch UBND huyện Thạch Hà Trần Việt Hà cho biết.", "Trần Việt Hà", "Ủy ban nhân dân huyện Thạch Hà"),
            ("Chủ tịch UBND huyện Đăk Hà Đoàn Ngọc Thắng chủ trì.", "Đoàn Ngọc Thắng", "Ủy ban nhân dân huyện Đăk Hà"),
        ]
        for (sentence, name, agency) in cases {
            let found = officials([sentence])
            XCTAssertEqual(found.map(\.name), [name], sentence)
            XCTAssertEqual(found.first?.agency, agency, sentence)
        }
    }
}
