import Extract
import XCTest

final class DocumentRecognizerTests: XCTestCase {
    func testNumbersKindsAndDates() {
        let table: [(String, String, String, String?)] = [
            ("Ngày 15/3/2021, UBND tỉnh Nghệ An ban hành Quyết định số 812/QĐ-UBND về việc thành lập ban chỉ đạo.",
             "812/QĐ-UBND", "Quyết định", nil),
            ("Thực hiện Kế hoạch số 04/KH-HĐTĐKT ngày 19/6/2019 của Hội đồng Thi đua.", "04/KH-HĐTĐKT", "Kế hoạch", "2019-06-19"),
            ("Sở đã ban hành kế hoạch 495/KH-SVHTT tổ chức các hoạt động.", "495/KH-SVHTT", "Kế hoạch", nil),
            ("Thực hiện Chương trình 06-CTr/TU của Tỉnh ủy Bắc Ninh.", "06-CTr/TU", "Chương trình", nil),
            ("Theo Nghị định 100/2019/NĐ-CP, mức phạt tăng mạnh.", "100/2019/NĐ-CP", "Nghị định", nil),
            ("Căn cứ Quyết định 2484/QĐ-SGDĐT ngày 5 tháng 9 năm 2020 của Sở.", "2484/QĐ-SGDĐT", "Quyết định", "2020-09-05"),
            ("Theo hướng dẫn tại số 12/2019/TT-BTC, các đơn vị phải báo cáo.", "12/2019/TT-BTC", "Thông tư", nil),
            ("UBND huyện đã có Công văn 04 / KH-UBND gửi các xã.", "04/KH-UBND", "Công văn", nil),
            ("Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII.", "18-NQ/TW", "Nghị quyết", nil),
            ("Luật số 15/2012/QH13 quy định về xử lý vi phạm hành chính.", "15/2012/QH13", "Luật", nil),
            ("CÔNG ĐIỆN số 05/CĐ-TTg của Thủ tướng về phòng chống bão.", "05/CĐ-TTg", "Công điện", nil),
            // Number and year without the symbol, as news prose shortens them.
            ("Theo Nghị định 161/2018, thí sinh được cộng điểm ưu tiên.", "161/2018", "Nghị định", nil),
            ("Thông tư số 15/2016 của Bộ quy định rõ việc này.", "15/2016", "Thông tư", nil),
        ]
        for (sentence, number, kind, date) in table {
            let docs = facts(sentence).documents
            XCTAssertEqual(docs.count, 1, sentence)
            XCTAssertEqual(docs.first?.number, number, sentence)
            XCTAssertEqual(docs.first?.kind, kind, sentence)
            XCTAssertEqual(docs.first?.date, date, sentence)
        }
    }

    func testNotDocuments() {
        let sentences = [
            "Quận thực hiện chuyên đề số 01 của quận ủy.",
            "Phương châm 4S - 2K được áp dụng.",
            "Cuộc họp bắt đầu lúc 8h30.",
            "13/13 phường tổ chức hội nghị.",
            "Có 15/2016 hồ sơ được xử lý đúng hạn.",        // no kind word: not a citation
            "Tháng 6/2018, tỉnh ban hành nhiều quyết định.",
        ]
        for s in sentences { XCTAssertEqual(facts(s).documents.map(\.number), [], s) }
    }

    func testIssuerFromAgencies() {
        let agencies = [("Sở Y tế Long An", "Sở Y tế Long An"), ("Thành ủy", "Thành ủy Hà Nội"),
                        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Long An")]
        let a = facts("Sở Y tế Long An đã ban hành Kế hoạch số 123/KH-SYT về tiêm chủng.", agencies: agencies)
        XCTAssertEqual(a.documents.first?.issuer, "Sở Y tế Long An")
        let b = facts("Thực hiện Chương trình 06-CTr/TU của Thành ủy (khóa XVII) về văn hóa.", agencies: agencies)
        XCTAssertEqual(b.documents.first?.issuer, "Thành ủy Hà Nội")
        XCTAssertEqual(b.documents.first?.text, "Chương trình 06-CTr/TU của Thành ủy")
        let c = facts("Các đơn vị thực hiện Quyết định 55/QĐ-UBND về cải cách.", agencies: agencies)
        XCTAssertNil(c.documents.first?.issuer)
    }
}
