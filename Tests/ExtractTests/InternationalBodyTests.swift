import XCTest
@testable import Extract

/// International organisations, foreign chambers and seats of government, and
/// investigation agencies named by their parent: bodies without a Vietnamese head word.
extension AgencyRecognizerTests {
    func testInternationalOrganisationsAndForeignChambers() {
        let cases: [(String, String)] = [
            ("Tổng thư ký Liên hợp quốc kêu gọi các bên kiềm chế.", "Liên hợp quốc"),
            ("Hội đồng Bảo an Liên Hợp Quốc họp khẩn cấp về Syria.", "Hội đồng Bảo an Liên hợp quốc"),
            ("Theo Tổ chức Y tế Thế giới, số ca mắc sởi tăng mạnh.", "Tổ chức Y tế Thế giới"),
            ("Báo cáo mới nhất của WHO cảnh báo nguy cơ dịch bệnh.", "Tổ chức Y tế Thế giới"),
            ("Quỹ Tiền tệ Quốc tế (IMF) hạ dự báo tăng trưởng.", "Quỹ Tiền tệ Quốc tế"),
            ("Liên minh châu Âu áp thuế chống bán phá giá thép.", "Liên minh châu Âu"),
            ("Các bộ trưởng kinh tế ASEAN nhóm họp tại Manila.", "ASEAN"),
            ("Nhà Trắng chưa bình luận về thông tin này.", "Nhà Trắng"),
            ("Lầu Năm Góc xác nhận đã điều thêm tàu chiến.", "Lầu Năm Góc"),
            ("Dự luật đã được Thượng viện Mỹ thông qua hôm qua.", "Thượng viện Mỹ"),
            ("Hạ viện Anh bỏ phiếu phản đối thỏa thuận.", "Hạ viện Anh"),
            ("Bộ Ngoại giao Estonia thông báo trục xuất hai nhà ngoại giao.", "Bộ Ngoại giao Estonia"),
        ]
        for (text, expected) in cases {
            XCTAssert(canonicals(text).contains(expected), "\(text) → \(canonicals(text))")
        }
    }

    func testInvestigationAgenciesTakeTheirParent() {
        let cases: [(String, String, String)] = [
            ("Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An đã khởi tố vụ án.",
             "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An"),
            ("Cơ quan CSĐT Công an TP Đà Nẵng đang điều tra mở rộng.",
             "Cơ quan Cảnh sát điều tra Công an thành phố Đà Nẵng", "Công an thành phố Đà Nẵng"),
            ("Cơ quan An ninh điều tra Bộ Công an đã bắt tạm giam bị can.",
             "Cơ quan An ninh điều tra Bộ Công an", "Bộ Công an"),
        ]
        for (text, whole, parent) in cases {
            let found = canonicals(text)
            XCTAssert(found.contains(whole), "\(text) → \(found)")
            // The parent is part of the name, not a second body.
            XCTAssertFalse(found.contains(parent), "\(text) → \(found)")
        }
    }

    func testBorderPostsAndForestRangers() {
        XCTAssert(canonicals("Đồn Biên phòng Cửa khẩu Cầu Treo bắt giữ đối tượng vận chuyển ma túy.")
            .contains("Đồn Biên phòng Cửa khẩu Cầu Treo"))
        XCTAssert(canonicals("Hạt Kiểm lâm huyện Con Cuông phối hợp tuần tra.").contains("Hạt Kiểm lâm huyện Con Cuông"))
    }
}
