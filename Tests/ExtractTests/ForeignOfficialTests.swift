import XCTest
@testable import Extract

/// Foreign office holders, named after their title (and country) in Vietnamese
/// press, and the titles that belong to someone other than the name after them.
extension OfficialRecognizerTests {
    func testForeignOfficeHoldersAfterTitleAndCountry() {
        let cases: [(String, String, String)] = [
            ("Tổng thống Mỹ Donald Trump ngày 22/6 cho biết ông không có băng ghi âm.", "Donald Trump", "Tổng thống"),
            ("Thủ tướng Nhật Bản Shinzo Abe hội đàm với người đồng cấp.", "Shinzo Abe", "Thủ tướng"),
            ("Chủ tịch Trung Quốc Tập Cận Bình tiếp đoàn đại biểu.", "Tập Cận Bình", "Chủ tịch"),
            ("Ngoại trưởng Nga Sergei Lavrov bác bỏ cáo buộc.", "Sergei Lavrov", "Ngoại trưởng"),
            ("Tổng thống đắc cử Moon Jae-in tuyên thệ nhậm chức.", "Moon Jae-in", "Tổng thống"),
            ("Phát biểu của Tổng thống Hàn Quốc Moon Jae - in được phát trực tiếp.", "Moon Jae - in", "Tổng thống"),
            ("Cựu Tổng thống Mỹ George W. Bush dự lễ tang.", "George W. Bush", "Tổng thống"),
            ("Thượng nghị sỹ John McCain qua đời ở tuổi 81.", "John McCain", "Thượng nghị sĩ"),
            ("Người phát ngôn Điện Kremlin Dmitry Peskov nói Nga không can thiệp.", "Dmitry Peskov", "Người phát ngôn"),
            ("Người phát ngôn Tổng thống Philippines Harry Roque cho biết.", "Harry Roque", "Người phát ngôn"),
        ]
        for (text, name, title) in cases {
            let found = officials([text])
            XCTAssertEqual(found.map(\.name), [name], text)
            XCTAssertEqual(found.first?.title, title, text)
        }
    }

    func testForeignNameBeforeItsTitleAfterAnHonorific() {
        let found = officials(["Theo ông Juan Guaido, chủ tịch Quốc hội Venezuela, cuộc bầu cử không hợp lệ."])
        XCTAssertEqual(found.map(\.name), ["Juan Guaido"])
        XCTAssertEqual(found.first?.title, "Chủ tịch")
        // Without "ông"/"bà" a run of foreign capitals before a title may be a firm or a place.
        XCTAssertEqual(officials(["Tại Brand Finance Asia, Giám đốc điều hành cho biết."]), [])
    }

    func testFourCapitalisedSyllablesAreTwoPeopleNotOneName() {
        // "Giám đốc Truyền thông của Tổng thống Donald Trump Anthony Scaramucci": not one name.
        XCTAssertFalse(officials(["Lời mời của Tổng thống Donald Trump Anthony Scaramucci được chấp nhận."])
            .contains { $0.name == "Donald Trump Anthony Scaramucci" })
    }

    func testForeignMinistryOfAMinisterKeepsItsCountry() {
        let found = officials(["Bộ trưởng Quốc phòng Mỹ Jim Mattis thăm căn cứ không quân Biên Hòa."])
        XCTAssertEqual(found.first?.name, "Jim Mattis")
        XCTAssertEqual(found.first?.agency, "Bộ Quốc phòng Mỹ")
    }

    func testTitlesOfOtherPeopleAndFirmsAreNotForeignNames() {
        // Two people: a foreign president and a Vietnamese deputy prime minister.
        let two = officials(["Tổng thống Cộng hòa Séc Milos Zeman và Phó Thủ tướng Vương Đình Huệ dự diễn đàn."])
        XCTAssertEqual(two.map(\.name), ["Milos Zeman", "Vương Đình Huệ"])
        XCTAssertEqual(two.last?.title, "Phó Thủ tướng")
        // A firm in foreign words before the Vietnamese holder.
        let firm = officials(["Chủ tịch Galaxy Studio bà Đinh Thị Hoa đã làm việc với quỹ đầu tư."])
        XCTAssertEqual(firm.map(\.name), ["Đinh Thị Hoa"])
        let negatives = [
            "Trợ lý Chủ tịch Quốc hội Lê Minh Thông cũng có mặt.",   // the aide is not the Chairman
            "Giám đốc Vietnam Airlines cho biết sẽ bổ sung chuyến bay.",
            "Bộ trưởng Tài chính các nước Nhóm G20 nhóm họp.",
            "Ông Donald Trump nói chuyện với báo giới.",                // no title
            "Tổng thống Putin đã ký sắc lệnh.",                         // one syllable: no full name
        ]
        for text in negatives { XCTAssertEqual(officials([text]), [], text) }
    }

    func testVietnameseSyllableShapes() {
        let vietnamese = ["nguyen", "nghieng", "khuya", "quyen", "gi", "gin", "xoong", "oanh", "uyen", "lam", "sen", "hun"]
        let foreign = ["donald", "trump", "shinzo", "abe", "jim", "lee", "putin", "macron", "jae-in", "mccain", "w"]
        for s in vietnamese { XCTAssert(SyllableShape.isVietnamese(s), s) }
        for s in foreign { XCTAssertFalse(SyllableShape.isVietnamese(s), s) }
    }
}
