import XCTest
import CVNICU
@testable import VietText

final class NormalizerTests: XCTestCase {
    /// (input, expected): both tone placements end up as one.
    func testToneMarksOnOpenSyllablesMoveToTheFirstVowel() {
        let table: [(String, String)] = [
            ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
            ("hoà bình, hoả hoạn, hoã, hoạ sĩ", "hòa bình, hỏa hoạn, hõa, họa sĩ"),
            ("sức khoẻ, khoé mắt, nhoè, loẽ, xoè", "sức khỏe, khóe mắt, nhòe, lõe, xòe"),
            ("Uỷ ban nhân dân, thuỷ lợi, tuỳ theo, luỹ kế, Thuỵ Điển", "Ủy ban nhân dân, thủy lợi, tùy theo, lũy kế, Thụy Điển"),
            ("UỶ BAN, HOÀ BÌNH, KHOẺ", "ỦY BAN, HÒA BÌNH, KHỎE"),
            ("Hoà Bình; Toà án", "Hòa Bình; Tòa án"),
            ("cai nghiện ma tuý.", "cai nghiện ma túy."),
            ("oà khóc", "òa khóc"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(Normalizer.normalize(input), expected, input)
            XCTAssertEqual(Normalizer.normalize(expected), expected, "already uniform: \(expected)")
        }
    }

    func testClosedSyllablesAndQuStayAsTheyAre() {
        for text in ["kế hoạch", "thuyết phục", "ngoài", "khuỷu tay", "Đoàn kiểm tra", "toàn diện",
                     "quý", "Quý II", "quỳ gối", "QUÝ", "quỹ đất", "khuya", "ngoằn ngoèo", "huỳnh", "Huỳnh",
                     "hoàng", "khoáng sản", "thoại"] {
            XCTAssertEqual(Normalizer.normalize(text), text, text)
        }
    }

    func testDecomposedInputIsComposed() {
        let nfd = ICU.nfd("Nguyễn Thị Hoà, Uỷ viên Ban Thường vụ")
        XCTAssertNotEqual(nfd.unicodeScalars.count, "Nguyễn Thị Hoà, Uỷ viên Ban Thường vụ".unicodeScalars.count)
        XCTAssertTrue(Normalizer.normalize(nfd).unicodeScalars.elementsEqual("Nguyễn Thị Hòa, Ủy viên Ban Thường vụ".unicodeScalars))
    }

    func testASCIIAndNFCTextIsReturnedAsIs() {
        XCTAssertEqual(Normalizer.normalize("Ke hoach so 04/KH-UBND"), "Ke hoach so 04/KH-UBND")
        XCTAssertEqual(Normalizer.normalize(""), "")
        let (text, map) = Normalizer.normalizeWithMap("Hà Nội")
        XCTAssertEqual(text, "Hà Nội")
        XCTAssertTrue(map.isIdentity)
    }

    func testOffsetMapAcrossComposition() {
        // "Việt Nam" with ệ as e + dot below + circumflex (5 scalars for 1).
        let raw = "Vie\u{323}\u{302}t Nam hoa\u{300}"
        let (text, map) = Normalizer.normalizeWithMap(raw)
        XCTAssertEqual(text, "Việt Nam hòa")
        XCTAssertEqual(text.scalarCount, 12)
        XCTAssertEqual(map.count, 12)
        XCTAssertEqual(map.originalCount, raw.scalarCount)
        XCTAssertEqual(map.original(0), 0)     // V
        XCTAssertEqual(map.original(2), 2)     // ệ ← e
        XCTAssertEqual(map.original(3), 5)     // t
        XCTAssertEqual(map.originalRange(0..<4), 0..<6)        // "Việt"
        XCTAssertEqual(map.originalRange(5..<8), 7..<10)       // "Nam"
        XCTAssertEqual(map.originalRange(9..<12), 11..<15)     // "hòa" ← "hoa" + grave
        XCTAssertEqual(map.original(12), raw.scalarCount)
        XCTAssertEqual(map.derived(5), 3)
        XCTAssertEqual(map.derived(3), 3, "inside a composed letter: the next letter")
    }

    func testOffsetMapWhenCompositionMergesStarters() {
        // Hangul L + V compose into one syllable: two starters become one,
        // so the map is built segment by segment.
        let raw = "Ha\u{300} \u{1100}\u{1161} No\u{302}\u{323}i"
        let (text, map) = Normalizer.normalizeWithMap(raw)
        XCTAssertEqual(text, "Hà 가 Nội")
        XCTAssertNil(Normalizer.alignStarters(Array(raw.unicodeScalars), Array(text.unicodeScalars)))
        XCTAssertEqual(map.original(3), 4)
        XCTAssertEqual(map.originalRange(5..<8), 7..<12)
        XCTAssertEqual(map.originalRange(0..<2), 0..<3)
    }

    func testOffsetMapOfAWindows1258Article() throws {
        let text = try Fixtures.article(4)
        let raw = Fixtures.windows1258Form(text)
        let (normalized, map) = Normalizer.normalizeWithMap(raw)
        XCTAssertEqual(normalized, Normalizer.normalize(text))
        let rawScalars = Array(raw.unicodeScalars), normScalars = Array(normalized.unicodeScalars)
        // Every word maps to the raw stretch that normalizes back to it.
        for token in Tokenizer.shared.tokenize(normalized).tokens.prefix(400) {
            let range = map.originalRange(token.start..<token.end)
            var view = String.UnicodeScalarView(); view.append(contentsOf: rawScalars[range])
            var expected = String.UnicodeScalarView(); expected.append(contentsOf: normScalars[token.start..<token.end])
            XCTAssertEqual(Normalizer.normalize(String(view)), String(expected), "\(token.text) at \(token.start)")
        }
    }

    func testToneTableIsLoadedWithAllCases() {
        XCTAssertEqual(ToneMarks.table.pairs.count, 15 * 4)
        XCTAssertEqual(ToneMarks.apply("OÀ"), "ÒA")
        XCTAssertEqual(ToneMarks.apply("oÀ"), "òA")
        var scalars = Array("thuỷ".unicodeScalars)
        XCTAssertTrue(ToneMarks.apply(&scalars))
        XCTAssertEqual(String(String.UnicodeScalarView(scalars)), "thủy")
    }

    func testLexiconParsing() {
        XCTAssertEqual(Lexicon.parse("# comment\nhoa\u{300}  # trailing\r\n\n  Sở  \r"), ["hoà", "Sở"])
    }

    /// The Swift-side NFC shortcut is only sound if no scalar it accepts is a
    /// singleton or the second part of any canonical decomposition: checked
    /// against ICU over every range holding decompositions (Hangul aside,
    /// whose second parts are jamo).
    func testStableStarterShortcutAgreesWithICU() {
        var secondParts = Set<UInt32>()
        for ranges in [0xC0..<0x3000, 0xF900..<0xFB50, 0x1D15E..<0x1D1C1] {
            for value in ranges {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                let parts = Array(ICU.nfd(String(scalar)).unicodeScalars)
                for part in parts.dropFirst() { secondParts.insert(part.value) }
            }
        }
        var accepted = 0
        for value in 0..<0x2100 {
            guard let scalar = Unicode.Scalar(UInt32(value)), ICU.isStableStarter(scalar) else { continue }
            accepted += 1
            XCTAssertFalse(secondParts.contains(scalar.value), "U+\(String(value, radix: 16))")
            XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, "U+\(String(value, radix: 16))")
            let single = String(scalar)
            var units = Array(single.utf16)
            XCTAssertEqual(vn_is_nfc(&units, Int32(units.count)), 1, "U+\(String(value, radix: 16)) is a singleton")
        }
        XCTAssertGreaterThan(accepted, 1000)
        XCTAssertFalse(ICU.isStableStarter("\u{301}"))
        XCTAssertFalse(ICU.isStableStarter("\u{2000}"))
        XCTAssertTrue(ICU.nfc("Ho\u{61}\u{300}").unicodeScalars.elementsEqual("Hoà".unicodeScalars))
    }
}
