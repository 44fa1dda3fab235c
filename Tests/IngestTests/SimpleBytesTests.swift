import XCTest
@testable import Ingest
import VietText

/// The byte paths for simple text (``SimpleBytes``) and the session-4 shortcuts give the
/// answers of the `Character` code they replace (``Reference``), on real lines and on
/// random text, simple or not.
final class SimpleBytesTests: XCTestCase {
    let lexicon = IngestLexicon.shared

    static let lines = [
        "Giá xăng tăng [Việt Nam tăng cường quảng bá du lịch tại Hàn Quốc] từ chiều nay.",
        "Xem [ảnh] và [Video clip hay nhất trong tuần qua]  tại đây ", "[Hà Nội mưa lớn kéo dài nhiều giờ", "a ] [ b",
        "  Hà   Nội  ", "", " ", "Đoàn công tác thăm bang Virginia. (Ảnh: Đoàn Hùng/TTXVN) Trong chuyến thăm.",
        "Chia sẻ ZaloQuy tắc ứng xử trên mạng xã hội", "Theo dõi Pháp luật & Xã hội trênQuy tắc", "Bình luậnẢnh đẹp",
        "UBND tỉnh đã có văn bản chỉ đạo các sở, ngành liên quan khẩn trương xử lý dứt điểm.",
        "Người dân “hài lòng”.”", "Kết quả như sau:", "Chưa xong..", "Còn nữa…", "(Ảnh: TTXVN)", "\"Hà Nội.\")",
        "Theo báo Đầu tư Chứng khoán", "Theo Dân trí", "(Theo VnExpress)", "Nguồn: TTXVN .", "( Theo VOV . )",
    ]

    /// Lines of simple pieces only, with long runs of words (what the byte paths see).
    func simpleLines(_ count: Int, state: UInt64, maxPieces: Int = 60) -> [String] {
        var generator = TextGenerator(state: state)
        let pieces = TextGenerator.pieces.filter { ScalarText.isSimple($0) }
            + ["Việt Nam", "UBND", "phường", "“hài lòng”.", "[Xem thêm", "]", "Quy", "tắcQuy"]
        return (0..<count).map { _ in
            var out = ""
            for _ in 0..<(1 + generator.next(below: maxPieces)) {
                out += pieces[generator.next(below: pieces.count)]
                if generator.next(below: 3) > 0 { out += " " }
            }
            return out
        }
    }

    func randomLines(_ count: Int, state: UInt64) -> [String] {
        var generator = TextGenerator(state: state)
        return (0..<count).map { _ in generator.line(maxPieces: 50) }
    }

    func testCollapsingSpacesIsSplitAndJoin() {
        for text in Self.lines + simpleLines(2000, state: 41) where ScalarText.isSimple(text) {
            XCTAssertEqual(SimpleBytes.collapsingSpaces(text),
                           text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "), text.debugDescription)
        }
        XCTAssertEqual(SimpleBytes.collapsingSpaces("  Hà   Nội  "), "Hà Nội")
        XCTAssertEqual(SimpleBytes.collapsingSpaces("   "), "")
    }

    func testNextSpaceFindsTheFirstSpaceByte() {
        var generator = TextGenerator(state: 42)
        for _ in 0..<3000 {
            let bytes = (0..<generator.next(below: 70)).map { _ in generator.next(below: 5) == 0 ? UInt8(0x20) : UInt8(generator.next(below: 256)) }
            let from = generator.next(below: bytes.count + 1)
            let expected = bytes[from...].firstIndex(of: 0x20) ?? bytes.count
            bytes.withUnsafeBufferPointer { XCTAssertEqual(SimpleBytes.nextSpace($0, from: from), expected, "\(bytes) \(from)") }
        }
    }

    func testBracketLinksOnBytesAgree() {
        for text in Self.lines + simpleLines(2500, state: 43) + randomLines(1500, state: 44) {
            XCTAssertEqual(BodyRepair.removeBracketLinks(text), Reference.removeBracketLinks(text), text.debugDescription)
        }
        XCTAssertEqual(BodyRepair.removeBracketLinks(Self.lines[0]), "Giá xăng tăng từ chiều nay.")
        XCTAssertEqual(BodyRepair.removeBracketLinks(Self.lines[1]), "Xem [ảnh] và tại đây")
    }

    func testBodyLikeEndOnScalarsAgrees() {
        for text in Self.lines + simpleLines(2500, state: 45, maxPieces: 12) + randomLines(1500, state: 46) {
            let t = LineTraits(text)
            guard t.isSimple else { continue }
            XCTAssertEqual(ArticleParser.endsBodyLike(simple: text), Reference.endsBodyLike(text), text.debugDescription)
        }
        XCTAssertTrue(ArticleParser.endsBodyLike(simple: "Người dân “hài lòng”.”"))
        XCTAssertFalse(ArticleParser.endsBodyLike(simple: "Chưa xong.."))
        XCTAssertTrue(ArticleParser.endsBodyLike(simple: "Kết quả như sau:"))
    }

    func testRunInCutOnScalarsAgrees() {
        var classifier = LineClassifier(lexicon: lexicon, model: nil)
        for line in Self.lines + simpleLines(2500, state: 47, maxPieces: 30) where ScalarText.isSimple(line) {
            let reference = Reference.runInCut(line)
            XCTAssertEqual(classifier.splitRunIn(simple: line), reference.rest.map { [reference.prompt, $0] } ?? [line], line.debugDescription)
        }
        XCTAssertEqual(classifier.splitRunIn(Self.lines[9]), ["Theo dõi Pháp luật & Xã hội trên", "Quy tắc"])
        XCTAssertEqual(classifier.followedOutlets.last, "Pháp luật và Xã hội")
    }

    /// Long simple lines are rejected before the `Character` split, and rightly so.
    func testLongLinesAreNoCredit() {
        let sources = SourceFinder(lexicon: lexicon)
        var rejected = 0
        for line in Self.lines + simpleLines(3000, state: 48, maxPieces: 25) + randomLines(1000, state: 49) {
            XCTAssertEqual(sources.credit(line), sources.mayBeCredit(line) ? sources.readCredit(line) : nil)
            if !sources.mayBeCredit(line) {
                XCTAssertNil(sources.readCredit(line), line.debugDescription)
                rejected += 1
            }
        }
        XCTAssertGreaterThan(rejected, 1000)
        XCTAssertNotNil(sources.credit("( Theo VOV . )"))
        let long = "Theo " + Array(repeating: "a", count: 7).joined(separator: " ") + " ( . )"
        XCTAssertEqual(sources.mayBeCredit(long), true)
    }

    func testOutletPrefixAgreesWithTheWholeKey() {
        let named = ["Dân trí Từ trên cao", "VnExpress đưa tin", "Báo Nhân Dân hôm nay", "Tuổi Trẻ Online", "VOV.VN", "Đầu tư Chứng khoán"]
        var found = 0
        for text in named + Self.lines + simpleLines(2000, state: 50, maxPieces: 20) + randomLines(1000, state: 51) {
            let fast = lexicon.outletPrefix(of: text), slow = Reference.outletPrefix(of: text, lexicon: lexicon)
            XCTAssertEqual(fast?.name, slow?.name, text.debugDescription)
            XCTAssertEqual(fast?.words, slow?.words, text.debugDescription)
            if fast != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 50)
        XCTAssertEqual(IngestLexicon.keyWords("dan tri tu"), ["dan", "tri", "tu"])
    }

    /// Trying only the credit ends before ':' and at the line's end finds what the search finds.
    func testAnchoredCreditEndsAgreeWithTheSearch() throws {
        XCTAssertTrue(lexicon.creditsAnchorable)
        let credits = try XCTUnwrap(lexicon.asciiSections["caption-credit"])
        let classifier = LineClassifier(lexicon: lexicon, model: nil)
        var generator = TextGenerator(state: 52)
        let extra = ["Ảnh:", "ảnh :", "Ảnh minh họa", "ảnh minh hoạ minh họa", "(Ảnh minh họa).", "Photo:", "Nguồn ảnh: X", "Clip :",
                     "thanh:", "- Ảnh", ":", " : ", ").", "đồ họa", "Infographic", "ảnh chụp màn hình:", "x.Ảnh: A B"]
        var captions = 0
        for _ in 0..<4000 {
            var line = generator.line(maxPieces: 14)
            for _ in 0..<(1 + generator.next(below: 4)) { line += " " + extra[generator.next(below: extra.count)] + " " + generator.line(maxPieces: 4) }
            if generator.next(below: 4) == 0 { line += " " + extra[generator.next(below: extra.count)] }
            let t = LineTraits(line)
            guard t.isSimple, t.text.utf8.last != 0x7C else { continue }   // a final '|' is decided before
            var folded = t.folded
            folded.withUTF8 { bytes in
                let start = FoldedMatch.offsetOfLast(160, scalarsIn: bytes)
                let anchored = classifier.endsWithCredit(simple: bytes, credits)
                let searched = classifier.mayEndWithCredit(UnsafeBufferPointer(rebasing: bytes[start...]))
                    && classifier.searchCredit(simple: bytes, credits, start: start, truncated: start != 0)
                XCTAssertEqual(anchored, searched, line.debugDescription)
                XCTAssertEqual(anchored, classifier.endsWithCredit(t), line.debugDescription)
                if anchored { captions += 1 }
            }
        }
        XCTAssertGreaterThan(captions, 100)
    }

    /// The eight-byte word-start search calls back exactly where a byte loop finds a wanted start.
    func testWordStartsAreTheByteLoopsStarts() {
        var generator = TextGenerator(state: 53)
        let alphabet: [UInt8] = [0x20, 0x20, 0x20, 0x70, 0x50, 0x74, 0x54, 0x6E, 0x4E, 0x61, 0x68, 0x2E, 0xC3, 0xA0, 0xE1, 0xBB, 0x8F, 0x30, 0x90]
        for _ in 0..<4000 {
            let bytes = (0..<generator.next(below: 40)).map { _ in alphabet[generator.next(below: alphabet.count)] }
            let letters: [UInt8] = [[0x70, 0x74, 0x6E], [0x70], [], [0x61, 0x68, 0x74, 0x6E]][generator.next(below: 4)]
            let expected = bytes.indices.filter { i in
                bytes[i] != 0x20 && (i == 0 || bytes[i - 1] == 0x20) && (bytes[i] >= 0xC0 || letters.contains(bytes[i] | 0x20))
            }
            var found: [Int] = []
            bytes.withUnsafeBufferPointer { SimpleBytes.forEachWordStart($0, letters: letters) { found.append($0) } }
            XCTAssertEqual(found, expected, "\(bytes) \(letters)")
        }
        for x: UInt64 in [0, 1, 0x0100, 0x80_00_01_00, .max, 0x0001_0000_0000_0100] {
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: x >> (8 * $0)) }
            let expected = (0..<8).reduce(UInt64(0)) { bytes[$1] == 0 ? $0 | 0x80 << (8 * UInt64($1)) : $0 }
            XCTAssertEqual(SimpleBytes.zeroBytes(x), expected, "\(x)")
        }
    }

    /// The scalar trim gives Foundation's `trimmingCharacters(in: .whitespaces)` for every BMP scalar at either end.
    func testWhitespaceTrimAgreesWithFoundation() {
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let c = String(Character(s))
            for text in [c + "Hà Nội " + c, c + c, " " + c + "x\u{A0}"] {
                XCTAssertEqual(ScalarText.trimmingWhitespaces(text), text.trimmingCharacters(in: .whitespaces), "U+\(String(v, radix: 16))")
            }
        }
        for text in Self.lines + randomLines(1000, state: 54) {
            XCTAssertEqual(ScalarText.trimmingWhitespaces(text), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
    }

    /// The scalar trim of a listed set gives Foundation's `trimmingCharacters(in:)` with that set,
    /// for every set the parser trims with, on real and random lines with the set's scalars
    /// (and a combining mark) stuck to either end.
    func testSetTrimAgreesWithFoundation() {
        let sets = [" .", " :>.", " :-–", " ).", " .,:;()\"“”"]
        let ends = ["", " ", ".", ":", "–", "-", ")", "“", "”", "\"", ". ", " .:", "\u{301}", ".\u{301}", "đ", "\u{A0}"]
        var generator = TextGenerator(state: 77)
        var texts = Self.lines + randomLines(400, state: 78)
        texts += ["Theo báo Đầu tư Chứng khoán.", "(Nguồn: TTXVN)", "Tin liên quan :", "Vũ Hoàng/VnExpress ", "“Hà Nội”", ">> ", "...", ""]
        for set in sets {
            for text in texts {
                let a = ends[generator.next(below: ends.count)], b = ends[generator.next(below: ends.count)]
                for t in [text, a + text + b] {
                    XCTAssertEqual(ScalarText.trimming(t, set), t.trimmingCharacters(in: CharacterSet(charactersIn: set)), "\(set) \(t.debugDescription)")
                    let sub = Substring(t).dropFirst(min(1, t.count))
                    XCTAssertEqual(ScalarText.trimming(sub, set), sub.trimmingCharacters(in: CharacterSet(charactersIn: set)), "\(set) \(sub.debugDescription)")
                }
            }
        }
    }
}
