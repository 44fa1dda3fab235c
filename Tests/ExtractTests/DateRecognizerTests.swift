import Extract
import XCTest

final class DateRecognizerTests: XCTestCase {
    /// Sentences from many provinces and sectors with the date values an analyst expects.
    func testDateForms() {
        let table: [(String, [String])] = [
            ("Ngày 15/3/2021, UBND tỉnh Nghệ An ban hành kế hoạch phòng chống dịch.", ["2021-03-15"]),
            ("Hội nghị diễn ra vào ngày 19-6-2019 tại Đà Nẵng.", ["2019-06-19"]),
            ("Luật được Quốc hội thông qua ngày 19 tháng 6 năm 2019.", ["2019-06-19"]),
            ("Số liệu tính đến tháng 10/2018 cho thấy tỉnh Quảng Ninh tăng trưởng tốt.", ["2018-10"]),
            ("Trong tháng 10 năm 2018, Cà Mau xuất khẩu tôm tăng mạnh.", ["2018-10"]),
            ("Năm 2018, huyện Mường Tè có nhiều chuyển biến.", ["2018"]),
            ("Kết quả kinh doanh quý I/2019 của ngân hàng vượt kế hoạch.", ["2019-Q1"]),
            ("Doanh thu quý II năm 2020 giảm do dịch bệnh.", ["2020-Q2"]),
            ("Đề án được thực hiện trong giai đoạn 2018-2020.", ["2018/2020"]),
            ("Kết quả thực hiện giai đoạn 2017 - 2024 được đánh giá cao.", ["2017/2024"]),
            ("Trường tổng kết năm học 2018-2019 với nhiều thành tích.", ["2018/2019"]),
            ("Chương trình diễn ra từ ngày 1/10 đến 15/10/2019 tại Cần Thơ.", ["2019-10-01/2019-10-15"]),
            ("Kỷ niệm 70 năm ngày giải phóng (10/10/1954 – 10/10/2024).", ["1954-10-10/2024-10-10"]),
            ("Từ năm 2017 đến nay, tỉnh Bình Định đã trồng mới 500 ha rừng.", ["2017"]),
            ("Các năm 2023 và 2024, ngành y tế tiếp tục đầu tư thiết bị.", ["2023", "2024"]),
            ("Giải đấu kéo dài từ năm 2015 đến năm 2020.", ["2015/2020"]),
            ("Hội chợ mở cửa từ 20/12 đến 5/1/2020 tại Hải Phòng.", ["2019-12-20/2020-01-05"]),
            ("Lễ hội diễn ra trong hai ngày 1-2/9 tại Quảng Trị.", ["XXXX-09-01/XXXX-09-02"]),
            ("Sáng 22.6, hơn 31.000 thí sinh Nghệ An bước vào kỳ thi.", ["XXXX-06-22"]),
            ("Ngày 3.7, Ngân hàng Nhà nước chi nhánh Bình Dương công bố kết quả.", ["XXXX-07-03"]),
            ("Thế vận hội diễn ra từ ngày 9 đến 25/2/2018 tại Pyeongchang.", ["2018-02-09/2018-02-25"]),
            ("Hội chợ nông sản mở cửa từ ngày 6 đến ngày 10/12 ở Sóc Trăng.", ["XXXX-12-06/XXXX-12-10"]),
        ]
        for (sentence, expected) in table {
            XCTAssertEqual(facts(sentence).dateValues, expected, sentence)
        }
    }

    func testYearOfDayMonthFromContext() {
        // Same sentence.
        XCTAssertEqual(facts("Sáng 12/10, đoàn kiểm tra năm 2018 làm việc tại Sở Y tế Thái Bình.").dateValues,
                       ["2018-10-12", "2018"])
        // Same paragraph, another sentence.
        XCTAssertEqual(facts("Năm 2021 là năm bản lề. Chiều 3/5, tỉnh Lào Cai tổ chức hội nghị.").dateValues,
                       ["2021", "2021-05-03"])
        // The publication date, when the paragraph has no year.
        XCTAssertEqual(facts("Chiều 3/5, tỉnh Lào Cai tổ chức hội nghị.", published: "2022-05-04").dateValues,
                       ["2022-05-03"])
        // One year the whole article is about.
        XCTAssertEqual(facts("Tối 2/9, pháo hoa được bắn tại Huế.\nCả năm 2020 có nhiều sự kiện.").dateValues,
                       ["2020-09-02", "2020"])
        // Several years elsewhere in the article: no plain answer, so XXXX.
        XCTAssertEqual(facts("Tối 2/9, pháo hoa được bắn tại Huế.\nNăm 2019 và năm 2020 có nhiều sự kiện.").dateValues,
                       ["XXXX-09-02", "2019", "2020"])
        // A dominant year: more than half of the stated years, a background year aside.
        XCTAssertEqual(facts("""
            Chiều 4/7, UBND tỉnh Kon Tum họp bàn kế hoạch.
            Kế hoạch năm 2017 được giao từ tháng 3/2017. So với năm 2016, kết quả tháng 6/2017 tăng.
            """).dateValues, ["2017-07-04", "2017", "2017-03", "2016", "2017-06"])
        // Half is not more than half: two years as often each, so XXXX.
        XCTAssertEqual(facts("Tối 2/9, pháo hoa được bắn tại Huế.\nNăm 2019, năm 2020 và tháng 5/2020, cả tháng 4/2019.").dateValues,
                       ["XXXX-09-02", "2019", "2020", "2020-05", "2019-04"])
        XCTAssertEqual(facts("Sáng 12/10 vừa qua, hội nghị đã diễn ra.").dateValues, ["XXXX-10-12"])
        XCTAssertEqual(facts("Hôm nay (20/11), trường tổ chức lễ kỷ niệm.").dateValues, ["XXXX-11-20"])
    }

    func testNotDates() {
        let sentences = [
            "13/13 phường tổ chức hội nghị tuyên truyền.",
            "Tổng đài hỗ trợ người dân 24/7 trong mùa dịch.",
            "Đã có 16/16 thủ tục hành chính được đưa lên mạng.",
            "Đạt 3/4 số hộ tham gia bảo hiểm y tế.",
            "Cuộc họp bắt đầu lúc 8h30 và kết thúc lúc 14 giờ.",
            "Qua 5 năm triển khai, hơn 6 năm thực hiện chương trình.",
            "Hôm qua, tuần trước và tháng tới đều có mưa.",
            "Thực hiện Chương trình 06-CTr/TU của Thành ủy (khóa XVII).",
            "Theo Quyết định số 12/2019 của UBND tỉnh.",
            "Bệnh nhân được điều trị từ 3-5 ngày.",
            "Khoảng 2000-3000 người tham gia lễ hội.",
            "Giá xăng tăng 1.5 lần so với tháng trước.",
            "Tỷ lệ tăng từ 12.5 lên 13 điểm phần trăm.",
        ]
        for s in sentences { XCTAssertEqual(facts(s).dateValues, [], s) }
    }

    func testDocumentDateIsAlsoADate() {
        let f = facts("Sở Y tế ban hành Kế hoạch số 04/KH-SYT ngày 19/6/2019 về phòng chống dịch.")
        XCTAssertEqual(f.dateValues, ["2019-06-19"])
    }

    func testSpansPointAtTheText() {
        let text = "Chiều ngày 27/11/2018, Sở Tài chính Hà Nam tổ chức hội nghị."
        let f = facts(text)
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(f.dates.count, 1)
        let span = f.dates[0].span
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])), "Chiều ngày 27/11/2018")
        XCTAssertEqual(f.dates[0].text, "Chiều ngày 27/11/2018")
    }
}
