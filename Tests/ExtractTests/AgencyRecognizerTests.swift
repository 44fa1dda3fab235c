import XCTest
import Ingest
@testable import Extract
import VietText

/// Table tests of agency recognition on sentences written the way Vietnamese
/// outlets write them (several provinces, both tone placements, abbreviations).
final class AgencyRecognizerTests: XCTestCase {
    static let recognizer = AgencyRecognizer()

    func agencies(_ paragraphs: [String], source: String? = nil) -> [AgencyMention] {
        let article = Article(file: "t.txt", title: nil, source: source, paragraphs: paragraphs)
        let input = RecognizerInput(article: article, tokenized: Tokenizer.shared.tokenize(article.text), lexicons: .shared)
        var facts = Facts()
        Self.recognizer.recognize(input, into: &facts)
        return facts.agencies
    }

    func canonicals(_ text: String) -> Set<String> { Set(agencies([text]).map(\.canonical)) }

    func testExpandsAbbreviationsAndKeepsLocality() {
        let cases: [(String, String)] = [
            ("Sáng nay, Sở NN&PTNT Thanh Hóa tổ chức hội nghị.", "Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa"),
            ("Bộ trưởng Bộ GD&ĐT phát biểu tại hội nghị.", "Bộ Giáo dục và Đào tạo"),
            ("Văn bản gửi UBND TP.HCM để xin ý kiến.", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
            ("Công an tỉnh Quảng Ninh đã khởi tố vụ án.", "Công an tỉnh Quảng Ninh"),
            ("Đại diện UBND huyện Quỳnh Lưu cho biết như vậy.", "Ủy ban nhân dân huyện Quỳnh Lưu"),
            ("Bệnh nhân được chuyển lên Bệnh viện Bạch Mai điều trị.", "Bệnh viện Bạch Mai"),
            ("Hợp đồng ký với Công ty TNHH MTV Môi trường Đô thị Hà Nội từ năm ngoái.",
             "Công ty Trách nhiệm hữu hạn Một thành viên Môi trường Đô thị Hà Nội"),
            ("Hội Liên hiệp Phụ nữ Việt Nam phát động phong trào mới.", "Hội Liên hiệp Phụ nữ Việt Nam"),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức lễ ra quân.", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
            ("Sở VH,TT&DL Quảng Nam ban hành kế hoạch.", "Sở Văn hóa, Thể thao và Du lịch Quảng Nam"),
            ("Sở Lao động Thương binh và Xã hội tỉnh Nghệ An đã kiểm tra.", "Sở Lao động - Thương binh và Xã hội Nghệ An"),
            ("Theo UBMTTQ Việt Nam TP Hà Nội, cuộc vận động đã kết thúc.",
             "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"),
            ("Chi cục QLTT tỉnh Bình Định tạm giữ lô hàng.", "Chi cục Quản lý thị trường tỉnh Bình Định"),
            ("Văn phòng LĐLĐ tỉnh Tuyên Quang tiếp nhận hồ sơ.", "Văn phòng Liên đoàn Lao động tỉnh Tuyên Quang"),
        ]
        for (text, expected) in cases {
            XCTAssertTrue(canonicals(text).contains(expected), "\(text) → \(canonicals(text))")
        }
    }

    func testUniversityCollegeBankAndHospitalAbbreviations() {
        let cases: [(String, String)] = [
            ("Thí sinh dự thi tại ĐH Công nghiệp Vinh và nhiều điểm thi khác.", "Đại học Công nghiệp Vinh"),
            ("PGS.TS Trần Văn Nam (Trường ĐH Bách khoa Đà Nẵng) cho biết.", "Trường Đại học Bách khoa Đà Nẵng"),
            ("Sinh viên Trường Cao đẳng Y tế Thái Nguyên tham gia tình nguyện.", "Trường Cao đẳng Y tế Thái Nguyên"),
            ("Cao đẳng Nghề Kiên Giang tuyển sinh năm học mới.", "Cao đẳng Nghề Kiên Giang"),
            ("Bệnh nhân được chuyển đến Bệnh viện Đa khoa tỉnh Phú Thọ cấp cứu.", "Bệnh viện Đa khoa tỉnh Phú Thọ"),
            ("Ngân hàng TMCP Ngoại thương Việt Nam công bố lãi suất mới.", "Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"),
            ("Ngân hàng TMCP Sài Gòn Thương Tín tổ chức đại hội cổ đông.",
             "Ngân hàng Thương mại Cổ phần Sài Gòn Thương Tín"),
            ("Đoàn TNCS Hồ Chí Minh tỉnh Bạc Liêu ra quân tình nguyện hè.",
             "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bạc Liêu"),
            ("Bộ Tư lệnh Thủ đô Hà Nội tổ chức lễ kỷ niệm.", "Bộ Tư lệnh Thủ đô Hà Nội"),
            ("Các cháu học tại Trường mầm non Hoa Sen, phường Bến Thủy.", "Trường mầm non Hoa Sen"),
            ("Học sinh Trường tiểu học Kim Đồng được tặng quà.", "Trường tiểu học Kim Đồng"),
            ("Sinh viên Trường ĐH Khoa học Tự nhiên tham gia.", "Trường Đại học Khoa học Tự nhiên"),
            ("Giảng viên Trường ĐH Công nghiệp TP.HCM cho biết.", "Trường Đại học Công nghiệp thành phố Hồ Chí Minh"),
            ("Thí sinh dự thi tại Trường Đại học Cần Thơ.", "Trường Đại học Cần Thơ"),
            ("Bà Cao Thị Dung, Hiệu trưởng Trường tiểu học xã Quỳnh Thuận cho biết.", "Trường tiểu học xã Quỳnh Thuận"),
            ("Nạn nhân được chuyển lên bệnh viện Việt Đức cấp cứu.", "Bệnh viện Việt Đức"),
        ]
        for (text, expected) in cases {
            XCTAssertTrue(canonicals(text).contains(expected), "\(text) → \(canonicals(text))")
        }
        // Capitals make the abbreviation: "Tư lệnh" is no TƯ (Trung ương).
        let command = canonicals("Bộ Tư lệnh Cảnh sát biển tiếp nhận 4 xuồng tuần tra. Bộ Tư lệnh Vùng 2 Hải quân dự.")
        XCTAssertFalse(command.contains { $0.contains("Trung ương") }, "\(command)")
    }

    /// Department names written in sentence case run past their first lowercase word
    /// when official usage names them so; a following clause stays out.
    func testSentenceCaseDepartmentNames() {
        let cases: [(String, String)] = [
            ("Cục Quản lý thị trường tỉnh Lạng Sơn vừa thu giữ 2 tấn đường lậu.", "Cục Quản lý thị trường tỉnh Lạng Sơn"),
            ("Cục Hàng không Việt Nam yêu cầu các hãng rà soát lịch bay.", "Cục Hàng không Việt Nam"),
            ("Phòng Cảnh sát giao thông Công an tỉnh Gia Lai ra quân kiểm tra.",
             "Phòng Cảnh sát giao thông Công an tỉnh Gia Lai"),
            ("Phòng Kinh tế hạ tầng thị xã Ba Đồn thẩm định hồ sơ.", "Phòng Kinh tế - Hạ tầng thị xã Ba Đồn"),
            ("Cục Quản lý khám chữa bệnh (Bộ Y tế) đề nghị các bệnh viện báo cáo.", "Cục Quản lý khám, chữa bệnh"),
            ("Vụ Tổ chức cán bộ Bộ Nội vụ trình đề án.", "Vụ Tổ chức - Cán bộ"),
            ("Vụ Tổ chức cán bộ Bộ Nội vụ trình đề án.", "Bộ Nội vụ"),
            ("Chi cục Bảo vệ thực vật tỉnh Sóc Trăng khuyến cáo nông dân.", "Chi cục Bảo vệ thực vật tỉnh Sóc Trăng"),
            ("Cục Hàng không vừa ra quyết định đình chỉ tổ bay.", "Cục Hàng không"),
            ("Trung tâm Đăng kiểm xe cơ giới 29-01D bị thanh tra.", "Trung tâm Đăng kiểm xe cơ giới"),
            ("Cục Văn hóa cơ sở (Bộ VHTTDL) hướng dẫn các địa phương.", "Cục Văn hóa cơ sở"),
            ("Viện Khoa học hình sự Bộ Công an giám định mẫu vật.", "Viện Khoa học hình sự"),
            // Listed two-syllable nouns run on whole in a sentence-case name; a verb after it does not.
            ("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh cấp phép dự án.", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"),
            ("Ngân hàng Chính sách xã hội huyện Mường Lát giải ngân vốn vay.",
             "Ngân hàng Chính sách xã hội huyện Mường Lát"),
            ("Trung tâm Bảo tồn di tích Cố đô Huế đào tạo hướng dẫn viên.", "Trung tâm Bảo tồn di tích Cố đô Huế"),
        ]
        for (text, expected) in cases {
            XCTAssertTrue(canonicals(text).contains(expected), "\(text) → \(canonicals(text))")
        }
        // The listed name ends where official usage ends it: the verb after it is no part of it.
        XCTAssertFalse(canonicals("Cục Y tế dự phòng khuyến cáo người dân.").contains { $0.contains("khuyến") })
    }

    func testProvinceWrittenAsTheTextNamesIt() {
        XCTAssertEqual(canonicals("UBND tỉnh Thừa Thiên - Huế vừa phê duyệt đề án."),
                       ["Ủy ban nhân dân tỉnh Thừa Thiên Huế"])
        XCTAssertEqual(canonicals("Sở Du lịch Thừa Thiên Huế phối hợp tổ chức lễ hội."), ["Sở Du lịch Thừa Thiên Huế"])
        // After a title, a province that starts like a family name is still the locality.
        for (text, expected) in [
            ("Phó giám đốc Sở GD&ĐT tỉnh Hà Giang Phạm Văn Khuông bị khởi tố.", "Sở Giáo dục và Đào tạo Hà Giang"),
            ("Giám đốc Sở Nội vụ tỉnh Lâm Đồng Nguyễn Ngọc Hà phát biểu.", "Sở Nội vụ Lâm Đồng"),
            ("Ông Lê Văn Tân, Phó Giám đốc Sở TN&MT tỉnh Đồng Nai, cho biết.", "Sở Tài nguyên và Môi trường Đồng Nai"),
        ] {
            XCTAssertEqual(canonicals(text), [expected], text)
        }
    }

    func testBothTonePlacementsGiveOneBody() {
        let a = canonicals("Thành uỷ Đà Nẵng họp phiên thường kỳ.")
        let b = canonicals("Thành ủy Đà Nẵng họp phiên thường kỳ.")
        XCTAssertEqual(a, ["Thành ủy Đà Nẵng"])
        XCTAssertEqual(a, b)
        XCTAssertEqual(canonicals("Uỷ ban nhân dân tỉnh Khánh Hoà chỉ đạo."), canonicals("Ủy ban nhân dân tỉnh Khánh Hòa chỉ đạo."))
    }

    func testArticleLocalityFillsProvincialBodies() {
        let found = Set(agencies([
            "Sở Y tế tỉnh Thái Bình vừa có báo cáo gửi UBND tỉnh Thái Bình.",
            "Ban Tổ chức Tỉnh ủy và Sở Tài chính sẽ phối hợp với Sở Y tế trong tháng tới.",
        ]).map(\.canonical))
        XCTAssertTrue(found.contains("Sở Y tế Thái Bình"), "\(found)")
        XCTAssertTrue(found.contains("Sở Tài chính Thái Bình"), "\(found)")
        XCTAssertTrue(found.contains("Ban Tổ chức Tỉnh ủy Thái Bình"), "\(found)")
        XCTAssertFalse(found.contains("Sở Y tế"), "alias not merged: \(found)")
    }

    func testBareDistrictReferenceResolvesToTheArticleDistrict() {
        let found = Set(agencies([
            "UBND huyện Thạch Thất đã ban hành kế hoạch.",
            "Huyện ủy chỉ đạo, UBND huyện giao các phòng chuyên môn thực hiện.",
        ]).map(\.canonical))
        XCTAssertEqual(found, ["Ủy ban nhân dân huyện Thạch Thất", "Huyện ủy Thạch Thất"])
    }


    /// A foreign body keeps its country; without it, it read as Vietnam's own ministry.
    func testForeignBodiesKeepTheirCountry() {
        let table: [(String, [String])] = [
            ("Phát ngôn viên Bộ Ngoại giao Mỹ Heather Nauert cho biết như vậy.", ["Bộ Ngoại giao Mỹ"]),
            ("Quốc hội Úc thông qua dự luật về an ninh mạng.", ["Quốc hội Úc"]),
            ("Bộ Quốc phòng Nhật Bản và Bộ Ngoại giao Trung Quốc đều lên tiếng.",
             ["Bộ Quốc phòng Nhật Bản", "Bộ Ngoại giao Trung Quốc"]),
            ("Chính phủ Hàn Quốc công bố gói hỗ trợ mới.", ["Chính phủ Hàn Quốc"]),
            // A ministry Vietnam does not have is one when a country closes its name.
            ("Bộ Thương mại Mỹ áp thuế chống bán phá giá.", ["Bộ Thương mại Mỹ"]),
            ("Ủy ban Bầu cử Thái Lan công bố kết quả.", ["Ủy ban Bầu cử Thái Lan"]),
            // Vietnamese bodies are unchanged, and a name ending in a country syllable is no country.
            ("Bộ Ngoại giao tổ chức họp báo thường kỳ tại Hà Nội.", ["Bộ Ngoại giao"]),
            ("Chính phủ ban hành Nghị định về xử phạt.", ["Chính phủ"]),
            ("Ông Đoàn Nguyên Đức phát biểu tại đại hội cổ đông.", []),
            // A legal form alone names no firm; a name after it does.
            ("Công ty TNHH một thành viên cấp nước bị phạt.", []),
            ("Công ty TNHH Nguyên Vũ bị phạt.", ["Công ty Trách nhiệm hữu hạn Nguyên Vũ"]),
            ("Bệnh viện Việt Đức và Bệnh viện Đa khoa Đức Giang phối hợp cấp cứu.",
             ["Bệnh viện Việt Đức", "Bệnh viện Đa khoa Đức Giang"]),
            ("Viện Nhà nước và Pháp luật tổ chức hội thảo.", ["Viện Nhà nước và Pháp luật"]),
            ("Đội tuyển Tây Ban Nha và Bồ Đào Nha hòa nhau.", []),
            ("Cục Điều tra liên bang Mỹ vào cuộc.", ["Cục Điều tra liên bang Mỹ"]),
        ]
        for (sentence, expected) in table {
            XCTAssertEqual(agencies([sentence]).map(\.canonical), expected, sentence)
        }
        let found = facts("Bộ trưởng Bộ Công an Trung Quốc Triệu Khắc Chí tiếp đoàn.")
        XCTAssertEqual(found.officials.map(\.agency), ["Bộ Công an Trung Quốc"])
    }

    /// Abbreviations written with a spaced ampersand, and the abbreviation a full name
    /// introduces in brackets before its locality.
    func testSpacedAmpersandsAndBracketedAbbreviations() {
        let table: [(String, [String])] = [
            ("Sở GD & ĐT Hà Nội yêu cầu các trường rà soát.", ["Sở Giáo dục và Đào tạo Hà Nội"]),
            ("Bộ GD &ĐT vừa công bố quy chế thi.", ["Bộ Giáo dục và Đào tạo"]),
            ("Sở TN & MT tỉnh Nghệ An kiểm tra mỏ đá.", ["Sở Tài nguyên và Môi trường Nghệ An"]),
            ("Ủy ban nhân dân (UBND) tỉnh Bắc Ninh chỉ đạo khắc phục.", ["Ủy ban nhân dân tỉnh Bắc Ninh"]),
            ("Bệnh viện Đa khoa (BVĐK) huyện Hương Sơn tiếp nhận bệnh nhân.", ["Bệnh viện Đa khoa huyện Hương Sơn"]),
            ("Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Bến Tre công bố điểm chuẩn.", ["Sở Giáo dục và Đào tạo Bến Tre"]),
            // Abbreviations of a head and its name, standing alone.
            ("Bệnh nhân được chuyển lên BVĐK tỉnh Hà Giang cấp cứu.", ["Bệnh viện Đa khoa tỉnh Hà Giang"]),
            ("TTYT huyện Kỳ Sơn cử cán bộ xuống bản.", ["Trung tâm Y tế huyện Kỳ Sơn"]),
            ("Trung tâm Y tế dự phòng Hà Nội khuyến cáo người dân.", ["Trung tâm Y tế dự phòng Hà Nội"]),
        ]
        for (sentence, expected) in table {
            XCTAssertEqual(agencies([sentence]).map(\.canonical), expected, sentence)
        }
    }

    /// Head words inside names of places, festivals and people are no bodies.
    func testHeadWordsInsideOtherNames() {
        let table: [(String, [String])] = [
            ("Du khách đổ về phố cổ Hội An, Quảng Nam.", []),
            ("Hội Lim là lễ hội lớn của tỉnh Bắc Ninh.", []),
            ("Du khách đổ về Hội An dịp Tết để ngắm đèn lồng.", []),
            ("Tàu cá ra khơi gần quần đảo Trường Sa đánh bắt.", []),
            ("UBND thành phố Hội An tổ chức lễ hội đèn lồng.", ["Ủy ban nhân dân thành phố Hội An"]),
            ("Ông Đặng Trường An bị bắt quả tang khi nhận hối lộ.", []),
            ("Hội Nông dân tỉnh Bắc Ninh phát động phong trào.", ["Hội Nông dân tỉnh Bắc Ninh"]),
            ("Phó Ban Tổ chức Trung ương dự hội nghị.", ["Ban Tổ chức Trung ương"]),
        ]
        for (sentence, expected) in table {
            XCTAssertEqual(agencies([sentence]).map(\.canonical), expected, sentence)
        }
        // A body's name never runs on into the next paragraph.
        XCTAssertEqual(agencies(["Nạn nhân được đưa vào bệnh viện", "Trong đêm, Công an tỉnh Hòa Bình vào cuộc."])
                        .map(\.canonical), ["Công an tỉnh Hòa Bình"])
        // The secretary's name is no locality of the city committee.
        let found = facts("Bí thư Thành ủy Đinh La Thăng chất vấn lãnh đạo quận.")
        XCTAssertEqual(found.officials.map(\.name), ["Đinh La Thăng"])
        XCTAssertFalse(found.agencies.map(\.canonical).contains("Thành ủy Đinh"), "\(found.agencies)")
    }

    /// Numbered districts and wards are names of their own, not "the article's district".
    func testNumberedDistrictsAndWards() {
        let table: [(String, [String])] = [
            ("Công an quận Gò Vấp phối hợp với Công an quận 5 bắt giữ đối tượng.",
             ["Công an quận Gò Vấp", "Công an quận 5"]),
            ("UBND quận Tân Bình và UBND quận 12 ký kết quy chế phối hợp.",
             ["Ủy ban nhân dân quận Tân Bình", "Ủy ban nhân dân quận 12"]),
            ("TAND quận 3 mở phiên tòa xét xử vụ án.", ["Tòa án nhân dân quận 3"]),
            ("Công an phường 7 đã lập biên bản vi phạm.", ["Công an phường 7"]),
        ]
        for (sentence, expected) in table {
            XCTAssertEqual(agencies([sentence]).map(\.canonical), expected, sentence)
        }
        // The number is the district's name; "quận 1" is never a figure.
        let found = facts("Chủ tịch UBND quận 1 Nguyễn Văn Hùng kiểm tra công trình.")
        XCTAssertEqual(found.officials.map(\.agency), ["Ủy ban nhân dân quận 1"])
        XCTAssertTrue(found.metrics.isEmpty, "\(found.metrics.map(\.text))")
    }
    func testNestedBodiesAndDepartmentsAfterTitles() {
        let found = canonicals("Trưởng phòng Quản lý văn hóa Nguyễn Thị Lan và Ban Thường vụ Tỉnh đoàn Bắc Ninh dự.")
        XCTAssertTrue(found.contains("Phòng Quản lý văn hóa"), "\(found)")
        let nested = canonicals("Ban Tuyên giáo Tỉnh ủy Quảng Trị phối hợp tổ chức.")
        XCTAssertEqual(nested, ["Ban Tuyên giáo Tỉnh ủy Quảng Trị"])
    }

    func testShortNationalNameJoinsItsFullName() {
        let both = Set(agencies(["Tổng cục Đường bộ Việt Nam cho biết sẽ kiểm tra.",
                                 "Đại diện Tổng cục Đường bộ đề nghị các sở phối hợp."]).map(\.canonical))
        XCTAssertEqual(both, ["Tổng cục Đường bộ Việt Nam"])
        // Written only short, it stays short.
        XCTAssertEqual(canonicals("Cục Hàng không yêu cầu các hãng báo cáo."), ["Cục Hàng không"])
    }

    func testNotAgencies() {
        let negatives = [
            "Các sở, ban, ngành và UBND các quận, huyện cần triển khai ngay.",
            "Đoàn kiểm tra liên ngành đã làm việc với bộ phận một cửa.",
            "Hai Bộ Quy tắc ứng xử được niêm yết công khai.",
            "Ban Tổ chức cho biết hội thi sẽ kéo dài ba ngày.",
            "Người dân quận Hoàn Kiếm và TP Hà Nội hưởng ứng.",
            "Hội nghị tổng kết diễn ra tại Hội trường lớn.",
            "Trường hợp vi phạm sẽ bị xử lý nghiêm.",
            "Phòng chống dịch là nhiệm vụ hàng đầu.",
            "Có 83 bệnh viện KCB BHYT tham gia liên thông dữ liệu.",
        ]
        for text in negatives {
            XCTAssertEqual(canonicals(text), [], text)
        }
    }

    func testNewsOutletIsNotAnAgency() {
        let found = agencies(["Hội Nhà báo Việt Nam đưa tin."], source: "Hội Nhà báo Việt Nam")
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testSpansPointAtTheWrittenText() {
        let text = "Hôm qua, Sở GD&ĐT Hà Nội công bố kết quả."
        let found = agencies([text])
        XCTAssertEqual(found.count, 1)
        let scalars = Array(text.unicodeScalars)
        let span = found[0].span
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])), "Sở GD&ĐT Hà Nội")
        XCTAssertEqual(found[0].text, "Sở GD&ĐT Hà Nội")
    }

    func testToneKeyKeepsVowelMarksAndMovesTones() {
        XCTAssertEqual(ToneKey.key("uỷ"), ToneKey.key("ủy"))
        XCTAssertEqual(ToneKey.key("Hoà"), ToneKey.key("hòa"))
        XCTAssertNotEqual(ToneKey.key("Trưởng"), ToneKey.key("Trường"))
        XCTAssertNotEqual(ToneKey.key("khí"), ToneKey.key("khi"))
    }
}
