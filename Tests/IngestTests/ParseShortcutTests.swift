import XCTest
@testable import Ingest
import VietText

/// The shortcuts of the single-pass parser (hints noted by the traits scan, the
/// line splitter, the byte fold of a line's head, the three-byte lead check) give
/// the answers of the code they skip or replace, on real lines and random text.
final class ParseShortcutTests: XCTestCase {
    let lexicon = IngestLexicon.shared

    /// Lines heavy in what the shortcuts look at: brackets, photo credits, glued sentences, leads.
    static let lines = [
        "Lãnh đạo quận Bắc Từ Liêm.Ngay sau khi nhận tin, lực lượng chức năng có mặt.",
        "Đoàn công tác thăm bang Virginia. (Ảnh: Đoàn Hùng/TTXVN) Trong chuyến thăm, hai bên ký kết.",
        "Giá xăng tăng [Việt Nam tăng cường quảng bá du lịch tại Hàn Quốc] từ chiều nay.",
        "Theo phóng viên  Dân trí có mặt tại hiện trường, đám cháy đã được khống chế.",
        "Như đã đưa tin trên VnExpress, dự án chậm tiến độ (ảnh minh hoạ).", "pv Dân trí", "Pv:", "phó",
        " Hà Nội  và  TP.HCM", "Kết thúc!Những", "Xong?Ấy là", "(AFP) Sáng nay", "[", "(", "(\u{1EA2}nh", "Thế thì.",
    ]

    func testTraitsHintsAreTheBytePatterns() {
        var generator = TextGenerator(state: 21)
        for text in Self.lines + FastPathTests.lines + (0..<2000).map({ _ in generator.line(maxPieces: 30) }) {
            let t = LineTraits(text)
            XCTAssertEqual(t.hints, t.isSimple ? RepairHints.of(text) : .all, text.debugDescription)
        }
        for b in 0..<0x80 {   // the scan's ASCII letter-or-digit test, for every ASCII character
            let c = Character(Unicode.Scalar(UInt8(b)))
            XCTAssertEqual(LineTraits("x\(c)").hasLetterOrNumber, true)
            XCTAssertEqual(LineTraits("\(c)").hasLetterOrNumber, c.isLetter || c.isNumber, "\(b)")
        }
        XCTAssertEqual(RepairHints.of("quận Bắc Từ Liêm.Ngay"), [.sentence])
        XCTAssertEqual(RepairHints.of("Hà Nội (Ảnh: TTXVN)"), [.photo])
        XCTAssertEqual(RepairHints.of("a  [b]"), [.bracket, .doubleSpace])
        XCTAssertEqual(RepairHints.of("TP.HCM, v.v"), [.sentence])
        XCTAssertEqual(RepairHints.of("mưa. Gió (sáng nay)"), [])
    }

    /// The scan's one-entry table agrees with the `Character` split and fold on every scalar it covers.
    func testScanTableAgreesOnEveryScalar() {
        for v in 0x80..<(LineTraits.scanTable.count + 16) {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let text = "Hà " + String(Character(s)) + "x y"
            let t = LineTraits(text), r = Reference.traits(text)
            XCTAssertEqual(t.folded, r.folded, "U+\(String(v, radix: 16))")
            XCTAssertEqual(t.wordCount, r.wordCount, "U+\(String(v, radix: 16))")
            XCTAssertEqual(t.hasLetterOrNumber, r.hasLetterOrNumber, "U+\(String(v, radix: 16))")
            XCTAssertEqual(t.isSimple, ScalarText.isSimple(s) && ScalarText.isSimple(Folding.fold(s)), "U+\(String(v, radix: 16))")
            let alone = String(Character(s))
            XCTAssertEqual(LineTraits(alone).hasLetterOrNumber, Reference.traits(alone).hasLetterOrNumber, "U+\(String(v, radix: 16))")
        }
    }

    /// A repair whose hint is missing returns its input, also on any run of the line's
    /// words joined by single spaces (what lead-ins and trailing bylines leave).
    func testMissingHintsMeanNothingToRepair() {
        var generator = TextGenerator(state: 22)
        for line in Self.lines + (0..<2500).map({ _ in generator.line(maxPieces: 50) }) {
            let hints = RepairHints.of(line)
            let words = line.split(separator: " ")
            guard !words.isEmpty else { continue }
            let a = generator.next(below: words.count), b = a + generator.next(below: words.count - a) + 1
            for text in [line, words[a..<b].joined(separator: " ")] {
                XCTAssertTrue(hints.isSuperset(of: RepairHints.of(text).subtracting(.doubleSpace)), text.debugDescription)
                if !hints.contains(.bracket) { XCTAssertEqual(BodyRepair.removeBracketLinks(text), text, text.debugDescription) }
                if !hints.contains(.sentence) { XCTAssertEqual(BodyRepair.restoreSentenceSpaces(text), text, text.debugDescription) }
                if !hints.contains(.photo) {
                    var captions: [String] = []
                    XCTAssertEqual(BodyRepair.extractInlineCaptions(text, into: &captions), text, text.debugDescription)
                    XCTAssertEqual(captions, [], text.debugDescription)
                }
            }
            if !hints.contains(.doubleSpace) {
                let fast = BodyRepair.trailingFragment(line, doubleSpace: false), slow = Reference.trailingFragment(line)
                XCTAssertEqual(fast?.body, slow?.body, line.debugDescription)
                XCTAssertEqual(fast?.tail, slow?.tail, line.debugDescription)
            }
        }
    }

    func testLineSplitterAgreesOnLongLines() {
        var generator = TextGenerator(state: 23)
        let breaks = ["\n", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{B}", "\u{C}", " \n\u{A0}", "\u{200B}\n\u{3000}", "\u{1680}\r"]
        for _ in 0..<600 {
            let text = (0..<(1 + generator.next(below: 8))).map { _ in generator.line(maxPieces: 25) + "“Hoà” – …" }
                .joined(separator: breaks[generator.next(below: breaks.count)])
            XCTAssertEqual(LineClassifier.trimmedLines(of: text), Reference.lines(of: text), text.debugDescription)
        }
        XCTAssertEqual(LineClassifier.trimmedLines(of: "Mưa lớn kéo dài\u{2028}\u{A0}Hà Nội – Huế\u{85}  \n\u{2029}Đà Nẵng\u{200B}"),
                       ["Mưa lớn kéo dài", "Hà Nội – Huế", "Đà Nẵng"])
    }

    /// The head of a line folded into bytes finds the interface entry the folded head string finds.
    func testHeadFoldAgreesWithTheStringFold() {
        var generator = TextGenerator(state: 24)
        let cut = lexicon.longestEntry("interface") + 2
        var scratch: [UInt8] = [], decided = 0
        let prompts = ["Chia sẻ Zalo", "Theo dõi Pháp luật & Xã hội trênQuy tắc", "BÌNH LUẬN (0)", "Đăng nhập", "Thích"]
        for line in prompts + FastPathTests.lines + (0..<2000).map({ _ in generator.line(maxPieces: 20) }) {
            guard LineClassifier.foldSimpleHead(of: line, scalars: cut, into: &scratch) else { continue }
            let head = String(String.UnicodeScalarView(line.unicodeScalars.prefix(cut)))
            XCTAssertEqual(scratch, Array(Folding.folded(head).utf8), line.debugDescription)
            guard let found = scratch.withUnsafeBufferPointer({ lexicon.leadingEntry(utf8: $0, section: "interface") }) else { continue }
            decided += 1
            XCTAssertEqual(found, lexicon.entries("interface").first { IngestLexicon.startsWithWords(Folding.folded(head), $0) },
                           line.debugDescription)
        }
        XCTAssertGreaterThan(decided, 500)
        XCTAssertTrue(LineClassifier.foldSimpleHead(of: prompts[0], scalars: cut, into: &scratch))
        XCTAssertEqual(String(decoding: scratch, as: UTF8.self), "chia se zalo")
    }

    /// The three-byte check never rules out a word start where a lead matches.
    func testLeadHeadsNeverMissAMatch() {
        var generator = TextGenerator(state: 25)
        let (_, leads, heads) = lexicon.mentionLeads
        let ascii = try! XCTUnwrap(leads)
        XCTAssertEqual(heads.count, ascii.count)
        let extra = ["Phóng viên", "PHÓNG VIÊN", "pv", "PV:", "Theo  báo", "theo tờ", "Theo trang", "Như đã đưa tin trên", "thế", "nhưng"]
        var matched = 0
        for _ in 0..<1500 {
            var text = generator.line(maxPieces: 12)
            for _ in 0..<3 { text += " " + extra[generator.next(below: extra.count)] + " " + generator.line(maxPieces: 4) }
            guard ScalarText.isSimple(text) else { continue }
            var copy = text
            copy.withUTF8 { bytes in
                for i in bytes.indices where (i == 0 || bytes[i - 1] == 0x20) && bytes[i] != 0x20 {
                    let any = ascii.contains { SourceFinder.match($0, in: bytes, at: i, Folding.foldTable) != nil }
                    if any { matched += 1; XCTAssertTrue(SourceFinder.mayStartLead(bytes, at: i, heads), text.debugDescription) }
                }
            }
            let sources = SourceFinder(lexicon: lexicon)
            XCTAssertEqual(sources.bodyMention(in: [text]), Reference.bodyMention(in: [text], lexicon: lexicon), text.debugDescription)
        }
        XCTAssertGreaterThan(matched, 500)
        XCTAssertEqual(SourceFinder.heads(of: [Array("pv".utf8), Array("a bc".utf8), Array("theo bao".utf8)]).map(\.count), [3, 2, 3])
    }
}
