import Extract
import XCTest

final class MetricRecognizerTests: XCTestCase {
    /// Figures with Vietnamese notation, scale words, qualifiers, ratios, ranges and units.
    func testFigureForms() {
        let table: [(String, [String])] = [
            ("Xuất khẩu gạo giảm 2,5% so với cùng kỳ.", ["2.5 %"]),
            ("Tổng kinh phí khoảng 1,2 tỷ đồng do tỉnh Hà Giang bố trí.", ["1200000000 đồng about"]),
            ("Dự án thu hút 2 triệu USD vốn đầu tư.", ["2000000 USD"]),
            ("Thành phố có 30 nghìn hộ dân được hỗ trợ.", ["30000 hộ dân"]),
            ("Hồ sơ được giải quyết trong từ 3-5 ngày làm việc.", ["3-5 ngày"]),
            ("Thời gian xử lý từ 3 đến 5 ngày.", ["3-5 ngày"]),
            ("Tỷ lệ hộ nghèo giảm còn 10-15% trong năm nay.", ["10-15 %"]),
            ("13/13 phường tổ chức hội nghị tuyên truyền.", ["13/13 phường"]),
            ("Huyện Đông Anh cấp phát 1.200 cuốn sổ tay cho cán bộ.", ["1200 cuốn sổ tay"]),
            ("Tỉnh đã phát hành hơn 30.000 tờ rơi; gần 40 cuộc tọa đàm, hội thi.", ["30000 tờ rơi over", "40 cuộc tọa đàm nearly"]),
            ("Có 02 bộ hồ sơ mẫu được niêm yết.", ["2 bộ hồ sơ mẫu"]),
            ("Đoàn đã kiểm tra 11 phòng, ban, đơn vị.", ["11 phòng"]),
            ("Mỗi lớp có tối đa 35 học sinh và ít nhất 2 giáo viên.", ["35 học sinh at_most", "2 giáo viên at_least"]),
            ("Dự án có diện tích xấp xỉ 120 ha ở huyện Krông Pắc.", ["120 ha about"]),
            ("Dưới 5% hộ dân chưa có nước sạch.", ["5 % under"]),
            ("Sau hơn 6 năm thực hiện, 100% xã đạt chuẩn nông thôn mới.", ["6 năm over", "100 %"]),
            ("Ông Nguyễn Văn A, 45 tuổi, được khen thưởng.", ["45 tuổi"]),
            ("Doanh thu đạt 1.234.567 đồng, tăng 12,5 lần.", ["1234567 đồng", "12.5 lần"]),
            ("Giá bán lẻ 500.000đ mỗi bộ.", ["500000 đ"]),
            ("Khoản vay 1 tỷ 200 triệu đồng đã được giải ngân.", ["1200000000 đồng"]),
            // The counted noun ends where its complement begins.
            ("Phường in 25.000 tờ rơi nội dung quy định phòng cháy.", ["25000 tờ rơi"]),
            ("Hội trao 50 suất quà trị giá 500.000 đồng.", ["50 suất quà", "500000 đồng"]),
            // A model number after the counted noun is not part of it.
            ("Nhật Bản mua thêm 12 chiếc F-35 cho lực lượng phòng vệ.", ["12 chiếc"]),
            // A region after the counted noun opens a place: "tỉnh", not "tỉnh miền".
            ("Bão số 10 gây thiệt hại cho 4 tỉnh miền Trung và 3 nước châu Á.", ["4 tỉnh", "3 nước"]),
        ]
        for (sentence, expected) in table {
            XCTAssertEqual(facts(sentence).metricKeys, expected, sentence)
        }
    }

    func testNotFigures() {
        let sentences = [
            "Ngày 15/3/2021, trường tổ chức lễ khai giảng.",
            "Em học tại Trường THCS số 2 của huyện.",
            "Xe tải lật trên Quốc lộ 5 đoạn qua Hải Dương.",
            "Cửa hàng ở số 12 phố Huế, quận Hai Bà Trưng.",
            "Đây là lần thứ 3 đội giành chức vô địch.",
            "Hồ sơ được nộp tại bộ phận 1 cửa của huyện.",
            "Cung cấp dịch vụ công mức độ 3, mức độ 4 cho người dân.",
            "Cuộc họp bắt đầu lúc 14 giờ 30 phút.",
            "Liên hệ đường dây nóng 0912.345.678 để được hỗ trợ.",
            "Sở đề ra phương châm 4S - 2K trong công việc.",
            "Thực hiện Kế hoạch số 04/KH-UBND của tỉnh.",
            "Bệnh nhân 91 đã xuất viện.",
            "Hội nghị diễn ra lúc 8h30.",
            "Kẻ gian lên lầu 1 lấy trộm tài sản.",
            "Xe mang biển kiểm soát 29 bị tạm giữ.",
            "Không quân Mỹ điều tiêm kích F-35 và F -35 B tới căn cứ.",
            "Nga triển khai tiêm kích Su-35 tới Syria.",
            "Cửa hàng 125 phố Lò Đúc phải ngừng kinh doanh.",
            "Cơ sở tại 3/61 đường Dương Văn An bị niêm phong.",
            "Nhà hàng ở 183 ngõ Văn Chương đóng cửa.",
        ]
        for s in sentences { XCTAssertEqual(facts(s).metricKeys, [], s) }
    }

    func testStreetWordsAfterFiguresThatAreNoAddresses() {
        // A length of road, a counted ring, a runway: figures, though a street word follows.
        XCTAssertEqual(facts("Thi công 2,2km đường Trường Chinh trong năm nay.").metrics.first?.unit, "km")
        XCTAssertEqual(facts("Công an triệt phá 1 đường dây ma túy.").metrics.first?.value, 1)
        XCTAssertEqual(facts("Sân bay có thêm 1 đường CHC mới.").metrics.first?.value, 1)
    }

    func testTextAndSpanCoverQualifierAndUnit() {
        let text = "Thành phố đã phát hành hơn 30.000 sổ tay quy tắc."
        let f = facts(text)
        XCTAssertEqual(f.metrics.count, 1)
        let m = f.metrics[0]
        XCTAssertEqual(m.text, "hơn 30.000 sổ tay quy tắc")
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[m.span[0]..<m.span[1]])), m.text)
    }

    func testNumberReading() {
        let table: [(String, Double?)] = [
            ("1.200", 1200), ("1,5", 1.5), ("30.000", 30000), ("1.200.000", 1_200_000), ("1.200,5", 1200.5),
            ("2.5", 2.5), ("02", 2), ("1,200,000", 1_200_000), ("1.2.3", nil), ("12a", nil),
        ]
        for (text, expected) in table { XCTAssertEqual(NumberReading.value(text), expected, text) }
        XCTAssertTrue(NumberReading.looksLikePhone("0912345678"))
        XCTAssertFalse(NumberReading.looksLikePhone("02"))
    }
}
