import XCTest
@testable import Extract

/// Enterprises written with a lowercase head, as news prose often writes them,
/// and the nationalities that name no firm after one.
extension AgencyRecognizerTests {
    func testLowercaseEnterpriseHeadsWithANamedFirm() {
        let cases: [(String, String)] = [
            ("Sau thương vụ, tập đoàn Samsung tiếp tục mở rộng nhà máy ở Bắc Ninh.", "Tập đoàn Samsung"),
            ("Khách hàng của ngân hàng Vietcombank phản ánh phí tăng.", "Ngân hàng Vietcombank"),
            ("Lãnh đạo công ty NutiFood cho biết sẽ thu hồi lô hàng.", "Công ty NutiFood"),
            ("Dự án do tổng công ty Sông Hồng làm chủ đầu tư.", "Tổng công ty Sông Hồng"),
        ]
        for (text, expected) in cases {
            XCTAssert(canonicals(text).contains(expected), "\(text) → \(canonicals(text))")
        }
    }

    func testABrandNameTakesNoLowercaseSyllableAfterIt() {
        // A Vietnamese syllable may take a lowercase second one ("Y tế"); a brand or a letter cannot.
        let cases: [(String, String)] = [
            ("Công ty Địa ốc Alibaba phân lô bán nền trái phép.", "Công ty Địa ốc Alibaba"),
            ("Tập đoàn Viettel báo lãi tăng mạnh.", "Tập đoàn Viettel"),
            ("Bệnh viện K khuyến cáo người dân tầm soát ung thư.", "Bệnh viện K"),
            ("Đại học Harvard công bố nghiên cứu mới.", "Đại học Harvard"),
        ]
        for (text, expected) in cases { XCTAssertEqual(canonicals(text), [expected], text) }
    }

    func testNationalityAfterALowercaseHeadIsNoFirm() {
        let negatives = [
            "Nhiều công ty Trung Quốc đã rút khỏi dự án.",
            "Lãi suất của ngân hàng Việt Nam vẫn ở mức cao.",
            "Khoản vay từ ngân hàng Mỹ được giải ngân chậm.",
        ]
        for text in negatives { XCTAssertEqual(canonicals(text), [], text) }
        // Written with capitals, a bank named after its country is one ("Ngân hàng Trung Quốc", Bank of China).
        XCTAssertEqual(canonicals("Ngân hàng Trung Quốc công bố lợi nhuận quý."), ["Ngân hàng Trung Quốc"])
    }
}
