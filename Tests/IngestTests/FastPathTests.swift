import XCTest
@testable import Ingest
import VietText

/// The byte and scalar fast paths of the parser give exactly the answers of the
/// `Character` code they replaced (``Reference``): on real Vietnamese lines and on
/// random text made to hit their edges.
final class FastPathTests: XCTestCase {
    let lexicon = IngestLexicon.shared

    static let lines = [
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Uỷ ban nhân dân tỉnh Thừa Thiên Huế",
        "Sở Văn hoá  và\tThể thao", "ĐOÀN ĐẠI BIỂU QUỐC HỘI", "Đe\u{302}\u{300}n Hu\u{301}ng",
        "Bình luận (0)", "Chia sẻ Zalo", "Email của bạn sẽ không được hiển thị", "Tin liên quan:",
        "Khói đen bao trùm khách sạn. Ảnh: Phương Uyên.", "Người dân xếp hàng (Ảnh minh họa)",
        "Thế Công - 15:10, 08/02/2017", "Bài và ảnh: Minh Anh", "NGUYỄN KHOA- QUỐC HÙNG", "Theo báo Đầu tư Chứng khoán",
        "Hải Anh (Theo hsw.cn)", "CTV Phú Sỹ/VOV.VN", "Nhóm PV", "\u{A0}Hà Nội\u{200B}", "Giá 5.000₫ → 6.000₫",
        "Ⱥ ⱥ İ ß", "a\r\nb", "",
    ]

    func testLineTraitsMatchTheCharacterSplitAndFold() {
        var generator = TextGenerator(state: 1)
        for text in Self.lines + (0..<2000).map({ _ in generator.line() }) {
            let t = LineTraits(text), r = Reference.traits(text)
            XCTAssertEqual(t.folded, r.folded, text.debugDescription)
            XCTAssertEqual(t.wordCount, r.wordCount, text.debugDescription)
            XCTAssertEqual(t.hasLetterOrNumber, r.hasLetterOrNumber, text.debugDescription)
            if t.isSimple { XCTAssertTrue(ScalarText.isSimple(text) && ScalarText.isSimple(t.folded), text.debugDescription) }
        }
        XCTAssertEqual(LineTraits("Uỷ  ban\tnhân dân").folded, LineTraits("Ủy ban nhân dân").folded)
        XCTAssertEqual(LineTraits("Đà Nẵng").folded, "da nang")
        XCTAssertEqual(LineTraits("Đe\u{302}\u{300}n Hu\u{301}ng").folded, "den hung")
        XCTAssertFalse(LineTraits("Đe\u{302}\u{300}n").isSimple)
    }

    func testSimplicityAgreesWithTheScalarDefinition() {
        var generator = TextGenerator(state: 2)
        for text in Self.lines + (0..<1000).map({ _ in generator.line() }) {
            XCTAssertEqual(ScalarText.isSimple(text), text.unicodeScalars.allSatisfy(ScalarText.isSimple), text.debugDescription)
        }
        XCTAssertTrue(ScalarText.isSimple("Thủy – “Hoà” …"))
        XCTAssertFalse(ScalarText.isSimple("Thu\u{309}y"))
        XCTAssertFalse(ScalarText.isSimple("a\rb"))
    }

    func testLexiconMatchingOnBytesAgreesWithStrings() {
        var generator = TextGenerator(state: 3)
        let sections = ["interface", "interface-long", "related", "byline-lead", "source-lead", "group-author", "caption-credit"]
        for text in Self.lines + (0..<1500).map({ _ in generator.line(maxPieces: 12) }) {
            let t = LineTraits(text)
            for section in sections {
                let entries = lexicon.entries(section)
                XCTAssertEqual(lexicon.leadingEntry(t.folded, section: section),
                               entries.first { IngestLexicon.startsWithWords(t.folded, $0) }, "\(section) \(text.debugDescription)")
                XCTAssertEqual(lexicon.containedEntry(t.folded, section: section, simple: t.isSimple),
                               entries.first { IngestLexicon.containsWords(t.folded, $0) }, "\(section) \(text.debugDescription)")
            }
        }
        XCTAssertEqual(lexicon.leadingEntry("binh luan (0)", section: "interface"), "binh luan")
        XCTAssertNil(lexicon.leadingEntry("binh luanx", section: "interface"))
        XCTAssertEqual(lexicon.containedEntry("moi ban doc gui y kien", section: "interface-long", simple: true), "moi ban doc")
        XCTAssertNil(lexicon.containedEntry("xmoi ban doc", section: "interface-long", simple: true))
    }

    func testCaptionCreditOnBytesAgreesWithStrings() {
        let classifier = LineClassifier(lexicon: lexicon, model: nil)
        var generator = TextGenerator(state: 4)
        let long = String(repeating: "Người dân thành phố đến xem. ", count: 8)
        for text in Self.lines + [long + "Ảnh: Lại Tấn.", long + "(Ảnh minh hoạ)", "Quang cảnh buổi lễ. Ảnh:Hà Nội"]
            + (0..<2000).map({ _ in generator.line() }) {
            let t = LineTraits(text)
            guard !t.folded.isEmpty else { continue }
            XCTAssertEqual(classifier.isCaption(t), classifier.endsWithCredit(t), text.debugDescription)
        }
        XCTAssertTrue(classifier.isCaption(LineTraits(long + "Ảnh: Lại Tấn.")))
        XCTAssertTrue(classifier.isCaption(LineTraits("Người dân xếp hàng (Ảnh minh họa)")))
        XCTAssertFalse(classifier.isCaption(LineTraits("Thanh niên tình nguyện dọn vệ sinh")))
    }

    /// The first-byte shortcut of `splitRunIn` only skips lines whose fold no interface entry leads.
    func testRunInFirstByteShortcutOnlySkipsLinesWithoutAPrompt() throws {
        let firsts = try XCTUnwrap(lexicon.interfaceFirstBytes)
        var generator = TextGenerator(state: 6)
        let prompts = ["Theo dõi Pháp luật & Xã hội trênQuy tắc mới", "Chia sẻ Zalo", "BÌNH LUẬN (0)", "Zalo", "quét QR",
                       "Nhận xét của bạn", "Mới nhất", "\"Chia sẻ\" bài", "1 bình luận", "- Chia sẻ"]
        for text in prompts + Self.lines + (0..<2000).map({ _ in generator.line() }) {
            guard let b = text.utf8.first, b < 0x80, !firsts[Int(b >= 0x41 && b <= 0x5A ? b + 32 : b)] else { continue }
            XCTAssertNil(lexicon.leadingEntry(Folding.folded(text), section: "interface"), text.debugDescription)
        }
        var classifier = LineClassifier(lexicon: lexicon, model: nil)
        XCTAssertEqual(classifier.splitRunIn("Theo dõi Pháp luật & Xã hội trênQuy tắc mới"),
                       ["Theo dõi Pháp luật & Xã hội trên", "Quy tắc mới"])
        XCTAssertEqual(classifier.splitRunIn("Mới nhấtQuy tắc"), ["Mới nhấtQuy tắc"])
        XCTAssertEqual(classifier.splitRunIn("Chia sẻ Zalo"), ["Chia sẻ Zalo"])
    }

    func testOutletKeysAndLinesAgree() {
        var generator = TextGenerator(state: 5)
        for text in Self.lines + ["Pháp luật & Xã hội", "&Dân trí&", "VOV.VN", "Tuổi Trẻ+"] + (0..<1000).map({ _ in generator.line(maxPieces: 10) }) {
            XCTAssertEqual(IngestLexicon.outletKey(text), Reference.outletKey(text), text.debugDescription)
        }
        XCTAssertEqual(IngestLexicon.outletKey("Pháp luật & Xã hội"), "phap luat va xa hoi")
        for _ in 0..<300 {
            let text = (0..<8).map { _ in generator.line(maxPieces: 6) }.joined(separator: generator.next(below: 2) == 0 ? "\n" : "\u{2028}")
            XCTAssertEqual(LineClassifier.trimmedLines(of: text), Reference.lines(of: text), text.debugDescription)
        }
    }

    func testBodyRepairsAgree() {
        var generator = TextGenerator(state: 6)
        let sentences = ["Lãnh đạo quận Bắc Từ Liêm.Ngay sau khi nhận tin, lực lượng chức năng có mặt.",
                         "TP.HCM và Tp.Hà Nội giữ nguyên v.v", String(repeating: "Mưa lớn kéo dài nhiều giờ. ", count: 6) + "Xuân Hùng"]
        for text in Self.lines + sentences + (0..<2000).map({ _ in generator.line(maxPieces: 60) }) {
            XCTAssertEqual(BodyRepair.restoreSentenceSpaces(text), Reference.restoreSentenceSpaces(text), text.debugDescription)
            let fast = BodyRepair.trailingFragment(text), slow = Reference.trailingFragment(text)
            XCTAssertEqual(fast?.body, slow?.body, text.debugDescription)
            XCTAssertEqual(fast?.tail, slow?.tail, text.debugDescription)
        }
        let credits = ["Đoàn công tác thăm bang Virginia. (Ảnh: Đoàn Hùng/TTXVN) Trong chuyến thăm, hai bên ký kết.",
                       "Lễ khởi công! (ảnh minh hoạ) Dự án hoàn thành? (Ảnh: A) Xong.", "Không có (Ảnh: chưa đóng"]
        for text in credits + (0..<1500).map({ _ in generator.line(maxPieces: 50) }) {
            var fast: [String] = [], slow: [String] = []
            XCTAssertEqual(BodyRepair.extractInlineCaptions(text, into: &fast), Reference.extractInlineCaptions(text, into: &slow),
                           text.debugDescription)
            XCTAssertEqual(fast, slow, text.debugDescription)
        }
        var found: [String] = []
        XCTAssertEqual(BodyRepair.extractInlineCaptions(credits[0], into: &found), "Trong chuyến thăm, hai bên ký kết.")
        XCTAssertEqual(found, ["Đoàn công tác thăm bang Virginia. (Ảnh: Đoàn Hùng/TTXVN)"])
        let text = "Hà Nội. Ảnh. Đà Nẵng. (Ảnh"
        XCTAssertEqual(ScalarText.firstRange(of: Array(". ".utf8), in: text, from: text.index(text.startIndex, offsetBy: 7)),
                       text.range(of: ". ", range: text.index(text.startIndex, offsetBy: 7)..<text.endIndex))
        XCTAssertEqual(ScalarText.lastRange(of: Array(". ".utf8), in: text[...]), text.range(of: ". ", options: .backwards))
        XCTAssertNil(ScalarText.lastRange(of: Array("(ảnh".utf8), in: text[...]))
        XCTAssertEqual(BodyRepair.restoreSentenceSpaces(sentences[0]),
                       "Lãnh đạo quận Bắc Từ Liêm. Ngay sau khi nhận tin, lực lượng chức năng có mặt.")
        XCTAssertEqual(BodyRepair.trailingFragment(sentences[2])?.tail, "Xuân Hùng")
    }

    func testSourceRulesAgree() {
        let sources = SourceFinder(lexicon: lexicon)
        var generator = TextGenerator(state: 7)
        let body = ["Theo phóng viên  Dân trí có mặt tại hiện trường, đám cháy đã được khống chế.",
                    "Như đã đưa tin trên VnExpress, dự án chậm tiến độ.", "Kinhtedothi – Với hơn 100 gian hàng, hội chợ mở cửa."]
        for paragraph in body + (0..<2000).map({ _ in generator.line(maxPieces: 30) }) {
            XCTAssertEqual(sources.bodyMention(in: [paragraph]), Reference.bodyMention(in: [paragraph], lexicon: lexicon),
                           paragraph.debugDescription)
            let fast = sources.leadIn(paragraph), slow = Reference.leadIn(paragraph, lexicon: lexicon)
            XCTAssertEqual(fast?.source, slow?.source, paragraph.debugDescription)
            XCTAssertEqual(fast?.rest, slow?.rest, paragraph.debugDescription)
        }
        XCTAssertEqual(sources.bodyMention(in: [body[0]]), "Dân trí")
        XCTAssertEqual(sources.leadIn(body[2])?.source, "Kinhtedothi")
    }

    func testDatesAndTrimmingAgree() {
        var generator = TextGenerator(state: 9)
        let dates = ["Thứ hai, 08/02/2017 - 15:10 (GMT+7)", "Cập nhật 8-2-2017", "ngày 31.12.1999,", "32/1/2017 và 1/13/2017",
                     "(05/06/2024)", "99999999999999999999/1/2017 1/1/2017", "Thứ Ba,\u{A0}3/4/2018"]
        for text in dates + (0..<3000).map({ _ in generator.line(maxPieces: 12) }) {
            XCTAssertEqual(Byline.firstDate(in: text), Reference.firstDate(in: text), text.debugDescription)
            XCTAssertEqual(ScalarText.trimmingWhitespaces(text), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
        let names = ["Minh Anh", "T.Hiếu", "D. Ngân", "Nguyễn Thị Minh Anh", "UBND Tỉnh", "LĐTB", "Quận Ba Đình", "Ảnh Minh Anh",
                     "A..B", ". .", "Thế Công", "Hà Nội"]
        for text in names + (0..<3000).map({ _ in generator.line(maxPieces: 5) }) {
            XCTAssertEqual(LineTraits.isPersonName(text, lexicon: lexicon), Reference.isPersonName(text, lexicon: lexicon), text.debugDescription)
            XCTAssertEqual(ScalarText.isSimple(text) ? ScalarText.replacing(text, Array("- ".utf8), with: Array(" - ".utf8)) : nil,
                           ScalarText.isSimple(text) ? text.replacingOccurrences(of: "- ", with: " - ") : nil, text.debugDescription)
        }
        XCTAssertTrue(LineTraits.isPersonName("Nguyễn Thị Minh Anh", lexicon: lexicon))
        XCTAssertFalse(LineTraits.isPersonName("LĐTB", lexicon: lexicon))
        XCTAssertEqual(ScalarText.replacing("Khoa- Hùng -Lan", Array("- ".utf8), with: Array(" - ".utf8)), "Khoa - Hùng -Lan")
        XCTAssertEqual(Byline.firstDate(in: dates[0]), "2017-02-08")
        XCTAssertEqual(Byline.firstDate(in: dates[3]), nil)
        XCTAssertEqual(Byline.firstDate(in: dates[5]), "2017-01-01")
        XCTAssertTrue(Byline.isDateline(dates[0]))
    }

    /// The cheap rejection never rejects a line the full reading accepts.
    func testBylineRejectionIsSound() {
        var generator = TextGenerator(state: 8)
        var rejected = 0
        for line in Self.lines + (0..<4000).map({ n in generator.line(maxPieces: n % 2 == 0 ? 16 : 45) }) {
            guard Byline.cannotBeByline(line, lexicon: lexicon) else { continue }
            rejected += 1
            XCTAssertNil(Byline.read(line, lexicon: lexicon), line.debugDescription)
        }
        XCTAssertGreaterThan(rejected, 100)
        XCTAssertTrue(Byline.cannotBeByline("Cảnh sát đóng chốt trong sân bay Tân Sơn Nhất xử lý ôtô", lexicon: lexicon))
        XCTAssertFalse(Byline.cannotBeByline("Bài và ảnh: Minh Anh", lexicon: lexicon))
        XCTAssertTrue(Byline.cannotBeByline("Sáng 18/11, hàng chục taxi, ôtô biển xanh đậu hàng hai, ba suốt nhiều giờ gây nên tình trạng ùn tắc (ảnh)",
                                            lexicon: lexicon))
        XCTAssertFalse(Byline.cannotBeByline("Thế Công - 15:10, 08/02/2017", lexicon: lexicon))
        XCTAssertEqual(Byline.parse("NGUYỄN KHOA- QUỐC HÙNG", lexicon: lexicon)?.authors, ["Nguyễn Khoa", "Quốc Hùng"])
    }
}
