import XCTest
@testable import VietText

final class FoldingTests: XCTestCase {
    func testFoldingTable() {
        let table: [(String, String)] = [
            ("Đà Nẵng", "da nang"),
            ("ĐOÀN ĐẠI BIỂU", "doan dai bieu"),
            ("Sở Văn hoá", "so van hoa"),
            ("Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"),
            ("Ủy ban nhân dân", "uy ban nhan dan"),
            ("ƯƠ ươ Ơ ơ Ă ă Â â Ê ê Ô ô", "uo uo o o a a a a e e o o"),
            ("LĐTB&XH 04/KH-HĐTĐKT", "ldtb&xh 04/kh-hdtdkt"),
            ("100% ≥ 5€", "100% ≥ 5€"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(Folding.folded(input), expected, input)
            XCTAssertEqual(SearchAnalyzer.folded(input), expected, input)
        }
    }

    /// The tables must agree with ICU's "Any-Lower; Latin-ASCII" on every
    /// Vietnamese letter (that transform is the reference; đ→d included).
    func testFoldAgreesWithICUTransformOnTheVietnameseAlphabet() {
        let bases = "aăâeêioôơuưy"
        let tones = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        var letters: [String] = ["đ", "Đ", "d", "D"]
        for base in bases {
            for tone in tones {
                let lower = ICU.nfc(String(base) + tone)
                letters.append(lower)
                letters.append(lower.uppercased())
            }
        }
        XCTAssertEqual(letters.count, 4 + bases.count * tones.count * 2)
        for letter in letters {
            XCTAssertEqual(letter.unicodeScalars.count, 1, letter)
            XCTAssertEqual(Folding.folded(letter), ICU.transliterate(letter, "Any-Lower; Latin-ASCII"), letter)
        }
        XCTAssertEqual(ICU.transliterate("Đ", "Any-Lower; Latin-ASCII"), "d")
    }

    func testLowerKeepsDiacriticsScalarForScalar() {
        XCTAssertEqual(Folding.lowercased("ĐẢNG BỘ Thành Phố"), "đảng bộ thành phố")
        XCTAssertEqual(SearchAnalyzer.exact("Hoà Bình"), "hòa bình")
        XCTAssertTrue(SearchAnalyzer.hasDiacritics("Đa"))
        XCTAssertFalse(SearchAnalyzer.hasDiacritics("Da Nang 2019"))
    }

    func testFoldedKeepsOneScalarPerNFCScalar() throws {
        let text = Normalizer.normalize(try Fixtures.article(0))
        let folded = Folding.folded(text)
        XCTAssertEqual(folded.scalarCount, text.scalarCount)
        XCTAssertTrue(FoldedText(text).map.isIdentity)
        XCTAssertEqual(FoldedText(text).text, folded)
    }

    func testFoldedTextMapsDecomposedInputBack() {
        let raw = "Đe\u{302}\u{300}n Hu\u{301}ng"      // "Đền Húng", decomposed
        let folded = FoldedText(raw)
        XCTAssertEqual(folded.text, "den hung")
        XCTAssertFalse(folded.map.isIdentity)
        XCTAssertEqual(folded.map.originalCount, raw.scalarCount)
        XCTAssertEqual(folded.map.originalRange(4..<8), 6..<11)   // "hung" ← "Hu\u{301}ng"
        XCTAssertEqual(folded.map.originalRange(0..<3), 0..<5)    // "den" ← "Đe\u{302}\u{300}n"
    }

    func testAnalyzingComposesNormalizationAndFolding() {
        let raw = "Ho\u{61}\u{300} Bi\u{300}nh"                 // "Hoà Bình", decomposed
        let analyzed = FoldedText.analyzing(raw)
        XCTAssertEqual(analyzed.text, "hoa binh")
        XCTAssertEqual(analyzed.map.originalRange(4..<8), 5..<10)
        XCTAssertEqual(Folding.foldedWithMap("Hà").text, "ha")
    }
}
