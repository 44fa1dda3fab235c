import XCTest
@testable import Ingest

/// Articles written the way other outlets lay them out (synthetic, not copied):
/// each row says what must be found and what must not stay in the body.
final class OutletStyleTests: XCTestCase {
    struct Row {
        let name: String
        let text: String
        let title: String?
        let source: String?
        let authors: [String]
        var published: String? = nil
        var captions: Int? = nil
        /// Substrings that must not appear in any body paragraph.
        var notInBody: [String] = []
        /// Substrings that must appear in the body.
        var inBody: [String] = []
    }

    static let rows: [Row] = [
        Row(name: "dateline byline with time and date",
            text: """
            Thời sự

            Quảng Ninh khánh thành cầu vượt biển nối hai huyện đảo

            Thế Công - 15:10, 08/02/2017

            Sáng 8/2, UBND tỉnh Quảng Ninh tổ chức lễ khánh thành cầu vượt biển dài 1,2 km nối huyện Vân Đồn với huyện Cô Tô.

            Công trình có tổng vốn đầu tư 850 tỷ đồng, được khởi công từ tháng 3/2015.
            """,
            title: "Quảng Ninh khánh thành cầu vượt biển nối hai huyện đảo", source: nil,
            authors: ["Thế Công"], published: "2017-02-08", notInBody: ["Thế Công", "Thời sự"]),
        Row(name: "agency credit in parentheses",
            text: """
            Thủ tướng chủ trì hội nghị trực tuyến về phòng chống thiên tai

            Chiều 12/9, tại trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với 28 tỉnh, thành phố ven biển.

            Thủ tướng yêu cầu các địa phương chủ động sơ tán người dân khỏi vùng nguy hiểm trước 17 giờ.

            (Nguồn: TTXVN)
            """,
            title: "Thủ tướng chủ trì hội nghị trực tuyến về phòng chống thiên tai", source: "TTXVN",
            authors: [], notInBody: ["Nguồn"]),
        Row(name: "Theo VnExpress credit after the byline",
            text: """
            Giá xăng giảm lần thứ ba liên tiếp

            Từ 15h chiều nay, giá xăng RON 95 giảm 420 đồng mỗi lít theo quyết định của liên Bộ Công Thương - Tài chính.

            Đây là lần giảm thứ ba liên tiếp kể từ đầu tháng 10/2024, theo điều hành của cơ quan quản lý.

            Minh Sơn

            Theo VnExpress
            """,
            title: "Giá xăng giảm lần thứ ba liên tiếp", source: "VnExpress", authors: ["Minh Sơn"],
            notInBody: ["Minh Sơn", "Theo VnExpress"]),
        Row(name: "byline with a role lead and a related-articles block",
            text: """
            Đà Nẵng ra mắt tuyến xe buýt điện đầu tiên

            Bài và ảnh: Minh Anh

            Sáng 1/6, Sở Giao thông vận tải TP Đà Nẵng đưa vào hoạt động tuyến xe buýt điện số 10 dài 25 km.

            Xe buýt điện chạy từ 5h30 đến 21h mỗi ngày, giá vé 7.000 đồng một lượt.

            Tin liên quan

            Đà Nẵng thí điểm xe buýt nhanh trên tuyến ven biển

            Hà Nội mở thêm 5 tuyến buýt điện trong năm nay

            Bình luận (0)
            """,
            title: "Đà Nẵng ra mắt tuyến xe buýt điện đầu tiên", source: nil, authors: ["Minh Anh"],
            notInBody: ["Tin liên quan", "thí điểm xe buýt nhanh", "mở thêm 5 tuyến", "Bình luận", "Bài và ảnh"]),
        Row(name: "Xem thêm lines, share buttons and a QR prompt of another site",
            text: """
            Kinh tế
            Xuất khẩu gạo 9 tháng đạt kỷ lục 4,5 tỷ USD
            Thích
            Chia sẻ
            Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024 cả nước xuất khẩu 7 triệu tấn gạo, thu về 4,5 tỷ USD.
            Xem thêm: Giá lúa gạo hôm nay tăng mạnh ở Đồng bằng sông Cửu Long
            Philippines vẫn là thị trường nhập khẩu gạo lớn nhất của Việt Nam, chiếm 45% thị phần.
            Tải ứng dụng để đọc tin nhanh hơn
            """,
            title: "Xuất khẩu gạo 9 tháng đạt kỷ lục 4,5 tỷ USD", source: nil, authors: [],
            notInBody: ["Thích", "Chia sẻ", "Xem thêm", "Tải ứng dụng", "Kinh tế"],
            inBody: ["Philippines vẫn là thị trường"]),
        Row(name: "baomoi one-paragraph body with run-in caption, link and author",
            text: """
            Cần Thơ khánh thành bệnh viện ung bướu 500 giường

            Bệnh viện Ung bướu TP Cần Thơ chính thức đi vào hoạt động sau 3 năm xây dựng.

            Sáng 10/7, UBND TP Cần Thơ tổ chức lễ khánh thành Bệnh viện Ung bướu với quy mô 500 giường bệnh. Lãnh đạo thành phố cắt băng khánh thành. (Ảnh: Trung Hiếu/TTXVN) Bệnh viện có tổng vốn đầu tư hơn 1.000 tỷ đồng, được trang bị hệ thống xạ trị hiện đại. [Cần Thơ đầu tư 3 bệnh viện chuyên khoa trong năm 2017] Giám đốc bệnh viện cho biết mỗi năm có thể tiếp nhận khoảng 20.000 lượt bệnh nhân ung thư của vùng. Xuân Hùng
            """,
            title: "Cần Thơ khánh thành bệnh viện ung bướu 500 giường", source: nil, authors: ["Xuân Hùng"],
            captions: 1, notInBody: ["(Ảnh:", "cắt băng khánh thành", "Cần Thơ đầu tư 3 bệnh viện", "Xuân Hùng"],
            inBody: ["hệ thống xạ trị hiện đại. Giám đốc"]),
        Row(name: "outlet named in the body",
            text: """
            Công an triệu tập người đăng tin sai sự thật về dịch bệnh

            Chiều 3/4, trao đổi với phóng viên Dân trí, lãnh đạo Công an huyện Đông Anh cho biết đã triệu tập một phụ nữ đăng tin sai sự thật.

            Người này bị xử phạt hành chính 7,5 triệu đồng theo Nghị định 15/2020/NĐ-CP.
            """,
            title: "Công an triệu tập người đăng tin sai sự thật về dịch bệnh", source: "Dân trí", authors: []),
        Row(name: "Theo báo … credit keeps only the outlet's name",
            text: """
            Chứng khoán tăng điểm phiên thứ năm liên tiếp

            Chỉ số VN-Index tăng 12 điểm lên 1.280 điểm, thanh khoản đạt 22.000 tỷ đồng trên sàn HOSE.

            Khối ngoại mua ròng 350 tỷ đồng, tập trung ở nhóm ngân hàng và bất động sản.

            Theo báo Đầu tư Chứng khoán
            """,
            title: "Chứng khoán tăng điểm phiên thứ năm liên tiếp", source: "Đầu tư Chứng khoán", authors: []),
        Row(name: "lead-in with the outlet in parentheses and a team byline",
            text: """
            Hà Tĩnh di dời 3.000 hộ dân trước bão số 4

            (Dân trí) - Trước diễn biến phức tạp của bão số 4, tỉnh Hà Tĩnh đã di dời 3.000 hộ dân vùng ven biển đến nơi an toàn.

            Lực lượng vũ trang được huy động 24/24 giờ để hỗ trợ người dân chằng chống nhà cửa.

            Nhóm PV
            """,
            title: "Hà Tĩnh di dời 3.000 hộ dân trước bão số 4", source: "Dân trí", authors: ["Nhóm PV"],
            notInBody: ["(Dân trí)", "Nhóm PV"], inBody: ["Trước diễn biến phức tạp"]),
        Row(name: "lead-in with an abbreviated outlet name",
            text: """
            Tuyển sinh đầu cấp ở Bắc Ninh: công khai chỉ tiêu từng trường

            GD&TĐ - Sở GD&ĐT Bắc Ninh vừa công bố chỉ tiêu tuyển sinh lớp 10 của 38 trường THPT công lập.

            Thí sinh được đăng ký hai nguyện vọng và điều chỉnh một lần.
            """,
            title: "Tuyển sinh đầu cấp ở Bắc Ninh: công khai chỉ tiêu từng trường", source: "GD&TĐ", authors: [],
            notInBody: ["GD&TĐ -"], inBody: ["Sở GD&ĐT Bắc Ninh vừa công bố"]),
        Row(name: "title that is a question, two authors at the end",
            text: """
            Vì sao giá rau xanh tăng gấp đôi sau mưa lũ?

            Sau đợt mưa lũ kéo dài một tuần, giá nhiều loại rau xanh tại các chợ ở Hà Nội tăng gấp đôi so với trước.

            Tiểu thương cho biết nguồn hàng từ các vùng trồng rau ngoại thành giảm mạnh do ngập úng.

            Thu Hà - Ngọc Lan
            """,
            title: "Vì sao giá rau xanh tăng gấp đôi sau mưa lũ?", source: nil, authors: ["Thu Hà", "Ngọc Lan"]),
        Row(name: "one-paragraph body with photo credits run in, ending with one",
            text: """
            Lữ đoàn tên lửa kỷ niệm ngày thành lập

            Sáng 24/5, Lữ đoàn pháo binh 490 tổ chức lễ kỷ niệm 35 năm ngày thành lập tại Hà Nam với sự tham dự của lãnh đạo Bộ Tư lệnh Pháo binh. Lữ đoàn hiện được trang bị nhiều tổ hợp tên lửa hiện đại. Xe chở đạn tên lửa trong buổi diễn tập. (Ảnh: QĐND) Trong những năm qua, đơn vị luôn hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu và được tặng nhiều phần thưởng cao quý của Nhà nước. Cán bộ, chiến sĩ của lữ đoàn tiếp tục thi đua rèn luyện, giữ vững truyền thống đơn vị anh hùng. Bộ đội thao tác trên bệ phóng. Ảnh: Wiki
            """,
            title: "Lữ đoàn tên lửa kỷ niệm ngày thành lập", source: nil, authors: [],
            notInBody: ["(Ảnh: QĐND)"],
            inBody: ["Lữ đoàn pháo binh 490 tổ chức lễ kỷ niệm", "Cán bộ, chiến sĩ của lữ đoàn tiếp tục thi đua"]),
        Row(name: "signature after a photo credit at the end of the last paragraph",
            text: """
            Bắt nhóm đối tượng gây rối trật tự tại quận 4

            Công an quận 4 phối hợp với Viện kiểm sát nhân dân quận 4 tiến hành khám nghiệm hiện trường, lấy lời khai các nhân chứng để làm rõ vụ việc xảy ra vào tối qua. Theo người dân địa phương, hai nhóm thanh niên đã xô xát từ chiều rồi hẹn nhau ra đường để giải quyết mâu thuẫn. Vụ việc khiến người dân không khỏi bàng hoàng. Hiện trường vụ ẩu đả trên đường. (Ảnh: Pháp luật TPHCM) Đức Minh/VOV.VN
            """,
            title: "Bắt nhóm đối tượng gây rối trật tự tại quận 4", source: "VOV.VN", authors: ["Đức Minh"],
            notInBody: ["Đức Minh", "(Ảnh:"], inBody: ["không khỏi bàng hoàng."]),
    ]

    func testOutletStyles() {
        let parser = ArticleParser()
        for row in Self.rows {
            let article = parser.parse(text: row.text, file: row.name)
            XCTAssertEqual(article.title, row.title, row.name)
            XCTAssertEqual(article.source, row.source, row.name)
            XCTAssertEqual(article.authors, row.authors, row.name)
            if let published = row.published { XCTAssertEqual(article.published, published, row.name) }
            if let captions = row.captions { XCTAssertEqual(article.captions.count, captions, "\(row.name): \(article.captions)") }
            XCTAssertFalse(article.paragraphs.isEmpty, row.name)
            for paragraph in article.paragraphs {
                for banned in row.notInBody {
                    XCTAssertFalse(paragraph.contains(banned), "\(row.name): '\(banned)' left in body: \(paragraph)")
                }
            }
            let body = article.paragraphs.joined(separator: "\n")
            for wanted in row.inBody { XCTAssertTrue(body.contains(wanted), "\(row.name): missing '\(wanted)' in \(body)") }
        }
    }

    func testCaptionsWithCreditsAndRepeatsAreKeptApart() {
        let text = """
        Hội chợ nông sản thu hút 20.000 lượt khách

        Hội chợ nông sản an toàn năm nay có 250 gian hàng của 30 tỉnh, thành phố tham gia trưng bày.

        Khách tham quan gian hàng nông sản Sơn La (Ảnh: Văn Toàn)

        Người dân chọn mua đặc sản vùng miền
        Người dân chọn mua đặc sản vùng miền

        Ban tổ chức dự kiến doanh thu đạt 15 tỷ đồng sau 5 ngày diễn ra hội chợ.
        """
        let article = ArticleParser().parse(text: text, file: "captions")
        XCTAssertEqual(article.captions, ["Khách tham quan gian hàng nông sản Sơn La (Ảnh: Văn Toàn)",
                                          "Người dân chọn mua đặc sản vùng miền"])
        XCTAssertEqual(article.paragraphs.count, 2)
        XCTAssertEqual(article.authors, [], "a photo credit is not a byline")
    }

    func testSentenceSpacesAreRestoredButAbbreviationsKept() {
        let table: [(String, String)] = [
            ("tại quận Cầu Giấy.Ngay sau đó", "tại quận Cầu Giấy. Ngay sau đó"),
            ("tại TP.HCM và Tp.Hà Nội", "tại TP.HCM và Tp.Hà Nội"),
            ("địa chỉ banbandoc@vietnamnet.vn", "địa chỉ banbandoc@vietnamnet.vn"),
            ("đạt 1.200 cuốn.Trong đó", "đạt 1.200 cuốn. Trong đó"),
        ]
        for (input, expected) in table { XCTAssertEqual(BodyRepair.restoreSentenceSpaces(input), expected) }
    }

    func testBylineShapes() {
        let lexicon = IngestLexicon.shared
        let table: [(String, [String], String?)] = [
            ("Thế Công - 15:10, 08/02/2017", ["Thế Công"], "2017-02-08"),
            ("Bài và ảnh: Minh Anh", ["Minh Anh"], nil),
            ("Tin, ảnh: Nguyễn Thị Minh Anh", ["Nguyễn Thị Minh Anh"], nil),
            ("Thu Hà, Ngọc Lan", ["Thu Hà", "Ngọc Lan"], nil),
            ("T.Hiếu", ["T.Hiếu"], nil),
            ("Ngọc Anh (tổng hợp)", ["Ngọc Anh"], nil),
            ("NGUYỄN KHOA- QUỐC HÙNG", ["Nguyễn Khoa", "Quốc Hùng"], nil),
            ("Lê Quân", ["Lê Quân"], nil),
            ("Anh Ngọc", ["Anh Ngọc"], nil),
        ]
        for (line, authors, date) in table {
            let byline = Byline.parse(line, lexicon: lexicon)
            XCTAssertEqual(byline?.authors, authors, line)
            XCTAssertEqual(byline?.published, date, line)
        }
        XCTAssertEqual(Byline.parse("Hải Anh (Theo TASS)", lexicon: lexicon)?.source, "TASS")
        for notByline in ["Quy tắc ứng xử", "Ảnh: Lại Tấn", "Hà Nội", "Sở LĐTB&XH Hà Nội", "Theo MaskOnline",
                          "Tỉnh Hà Giang", "Môn Tiếng Anh", "Theo Sputnik"] {
            XCTAssertTrue(Byline.parse(notByline, lexicon: lexicon)?.authors.isEmpty ?? true, notByline)
        }
    }
}
