import XCTest
@testable import VietText

final class DecoderTests: XCTestCase {
    func testPlainUTF8ArticleIsDecodedUnchanged() throws {
        let text = try Fixtures.article(0)
        let decoded = TextDecoder.decode(Array(text.utf8))
        XCTAssertEqual(decoded.encoding, .utf8)
        XCTAssertFalse(decoded.hadBOM)
        XCTAssertEqual(decoded.invalidSequences, 0)
        XCTAssertNil(decoded.firstInvalidOffset)
        XCTAssertTrue(decoded.text.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    func testUTF8WithBOM() throws {
        let text = try Fixtures.article(1)
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        XCTAssertEqual(decoded.encoding, .utf8)
        XCTAssertTrue(decoded.hadBOM)
        XCTAssertEqual(decoded.text.unicodeScalars.first, text.unicodeScalars.first, "BOM must be removed")
        XCTAssertTrue(decoded.text.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    func testUTF16WithBOMBothByteOrders() throws {
        let text = try Fixtures.article(2)
        for (charset, bom, expected) in [("UTF-16LE", [UInt8(0xFF), 0xFE], DecodedText.Encoding.utf16LE),
                                         ("UTF-16BE", [UInt8(0xFE), 0xFF], .utf16BE)] {
            let bytes = bom + Fixtures.encode(text, charset)
            XCTAssertEqual(bytes.count, 2 + text.utf16.count * 2)
            let decoded = TextDecoder.decode(bytes)
            XCTAssertEqual(decoded.encoding, expected, charset)
            XCTAssertTrue(decoded.hadBOM)
            XCTAssertEqual(decoded.invalidSequences, 0)
            XCTAssertTrue(decoded.text.unicodeScalars.elementsEqual(text.unicodeScalars), charset)
        }
    }

    func testUTF16WithoutBOMIsRecognizedByItsZeroBytes() {
        let text = "Sở Văn hóa và Thể thao Hà Nội tổ chức hội nghị."
        XCTAssertEqual(TextDecoder.decode(Fixtures.encode(text, "UTF-16LE")).encoding, .utf16LE)
        let be = TextDecoder.decode(Fixtures.encode(text, "UTF-16BE"))
        XCTAssertEqual(be.encoding, .utf16BE)
        XCTAssertEqual(be.text, text)
    }

    func testWindows1258ArticleDecodesToTheSameNormalizedText() throws {
        let text = try Fixtures.article(3)
        let bytes = Fixtures.encode(Fixtures.windows1258Form(text), "windows-1258")
        XCTAssertEqual(bytes.count, Fixtures.windows1258Form(text).unicodeScalars.count, "one byte a character")
        let decoded = TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, .windows1258)
        XCTAssertEqual(decoded.invalidSequences, 0)
        XCTAssertNotEqual(decoded.text.unicodeScalars.count, text.unicodeScalars.count, "decodes decomposed")
        XCTAssertEqual(Normalizer.normalize(decoded.text), Normalizer.normalize(text))
        XCTAssertTrue(Normalizer.normalize(decoded.text).unicodeScalars.elementsEqual(Normalizer.normalize(text).unicodeScalars))
    }

    func testShortWindows1258WithQuotes() {
        // “Hà Nội” – 5 ngày
        let bytes: [UInt8] = [0x93, 0x48, 0xE0, 0x20, 0x4E, 0xF4, 0xF2, 0x69, 0x94, 0x20, 0x96, 0x20, 0x35,
                              0x20, 0x6E, 0x67, 0xE0, 0x79]
        let decoded = TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, .windows1258)
        XCTAssertEqual(Normalizer.normalize(decoded.text), "“Hà Nội” – 5 ngày")
    }

    func testASCIIOnlyUTF16WithoutBOM() {
        let decoded = TextDecoder.decode(Fixtures.encode("UBND tinh Ha Nam, 2019", "UTF-16LE"))
        XCTAssertEqual(decoded.encoding, .utf16LE)
        XCTAssertEqual(decoded.text, "UBND tinh Ha Nam, 2019")
        XCTAssertEqual(decoded.controlCharacters, 0)
    }

    func testWindows1258KnownBytes() {
        // "Thủ tướng Chính phủ" as a cp1258 keyboard writes it: tones as combining bytes.
        let bytes: [UInt8] = [0x54, 0x68, 0x75, 0xD2, 0x20, 0x74, 0xFD, 0xF5, 0xEC, 0x6E, 0x67, 0x20,
                              0x43, 0x68, 0x69, 0xEC, 0x6E, 0x68, 0x20, 0x70, 0x68, 0x75, 0xD2]
        let decoded = TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, .windows1258)
        XCTAssertEqual(decoded.invalidSequences, 0)
        XCTAssertEqual(decoded.text.unicodeScalars.count, bytes.count)
        XCTAssertEqual(Normalizer.normalize(decoded.text), "Thủ tướng Chính phủ")
    }

    func testLineEndsBecomeLF() {
        for (input, expected) in [("Dòng 1\r\nDòng 2\r\n", "Dòng 1\nDòng 2\n"),
                                  ("Dòng 1\rDòng 2\r", "Dòng 1\nDòng 2\n"),
                                  ("a\r\r\nb\n\rc", "a\n\nb\n\nc")] {
            XCTAssertEqual(TextDecoder.decode(Array(input.utf8)).text, expected)
            let utf16 = [0xFF, 0xFE] + Fixtures.encode(input, "UTF-16LE")
            XCTAssertEqual(TextDecoder.decode(utf16).text, expected)
        }
        let cp = TextDecoder.decode(Fixtures.encode("Ha\u{300} N\u{F4}\u{323}i\r\nVi\u{EA}\u{323}t Nam\r", "windows-1258"))
        XCTAssertEqual(cp.encoding, .windows1258)
        XCTAssertEqual(Normalizer.normalize(cp.text), "Hà Nội\nViệt Nam\n")
    }

    func testInvalidBytesAreCountedAndLocated() {
        let prefix = Array("Sở Nội vụ ".utf8)                       // 13 bytes
        let cases: [(bytes: [UInt8], count: Int, first: Int)] = [
            (prefix + [0xFF] + Array(" tỉnh".utf8), 1, prefix.count),
            // A real U+FFFD before the bad byte must not be taken for it.
            (Array("a\u{FFFD}b".utf8) + [0xC3] + Array(" ok".utf8), 1, 5),
            // Truncated sequence at the very end.
            (prefix + [0xE1, 0xBA], 1, prefix.count),
            (prefix + [0xC0, 0x80] + prefix, 2, prefix.count),
        ]
        for (bytes, count, first) in cases {
            let decoded = TextDecoder.decode(bytes)
            XCTAssertEqual(decoded.encoding, .utf8, "\(bytes)")
            XCTAssertEqual(decoded.invalidSequences, count, "\(bytes)")
            XCTAssertEqual(decoded.firstInvalidOffset, first, "\(bytes)")
            XCTAssertEqual(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count,
                           count + (bytes.starts(with: Array("a\u{FFFD}".utf8)) ? 1 : 0))
        }
    }

    func testInvalidOffsetCountsTheBOM() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hà Nội".utf8) + [0xFE] + Array("x".utf8))
        XCTAssertEqual(decoded.encoding, .utf8)
        XCTAssertEqual(decoded.invalidSequences, 1)
        XCTAssertEqual(decoded.firstInvalidOffset, 3 + "Hà Nội".utf8.count)
        XCTAssertEqual(decoded.text, "Hà Nội\u{FFFD}x")
    }

    func testLoneSurrogateInUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x00, 0xD8, 0x61, 0x00]
        let decoded = TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, .utf16LE)
        XCTAssertEqual(decoded.invalidSequences, 1)
        XCTAssertEqual(decoded.firstInvalidOffset, 4)
        XCTAssertEqual(decoded.text, "H\u{FFFD}a")
    }

    func testNULAndControlBytesBecomeSpaces() {
        let decoded = TextDecoder.decode(Array("Hà\u{0}Nội\u{1}\u{7F}x\tz".utf8))
        XCTAssertEqual(decoded.text, "Hà Nội  x\tz")
        XCTAssertEqual(decoded.controlCharacters, 3)
        XCTAssertEqual(decoded.invalidSequences, 0)
    }

    func testBinaryJunkIsNotTakenForWindows1258() {
        var generator = SeededGenerator(seed: 42)
        let junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        XCTAssertEqual(TextDecoder.detect(junk), .utf8)
        let decoded = TextDecoder.decode(junk)
        XCTAssertGreaterThan(decoded.invalidSequences, 0)
        XCTAssertNotNil(decoded.firstInvalidOffset)
    }

    func testEmptyInput() {
        let decoded = TextDecoder.decode([])
        XCTAssertEqual(decoded.text, "")
        XCTAssertEqual(decoded.encoding, .utf8)
        XCTAssertEqual(TextDecoder.decode([0xFF, 0xFE]).text, "")
        XCTAssertEqual(TextDecoder.decode([0xFF, 0xFE]).encoding, .utf16LE)
    }

    func testExplicitEncoding() {
        let bytes = Fixtures.encode("Đà Nẵng", "UTF-16BE")
        XCTAssertEqual(TextDecoder.decode(bytes, as: .utf16BE).text, "Đà Nẵng")
    }

    func testFallbackInvalidOffsetScanner() {
        XCTAssertNil(TextDecoder.firstInvalidUTF8Offset(Array("Hà Nội".utf8)[...]))
        XCTAssertEqual(TextDecoder.firstInvalidUTF8Offset([0x61, 0xC3, 0xA0, 0xFF, 0x61][...]), 3)
        XCTAssertEqual(TextDecoder.firstInvalidUTF8Offset([0x00, 0x61, 0xE1, 0xBA][1...]), 1)
        XCTAssertEqual(TextDecoder.firstInvalidUTF8Offset([0xED, 0xA0, 0x80][...]), 0, "surrogates are invalid")
    }

    func testUTF16TranscodingHandlesSurrogates() {
        for text in ["", "Hà Nội", "😀 Sở 𝕏", "\u{FFFD}\u{0}a"] {
            XCTAssertEqual(UTF16Text.string(UTF16Text.units(text)), text)
            XCTAssertEqual(UTF16Text.units(text), Array(text.utf16))
        }
        XCTAssertEqual(UTF16Text.string([0x48, 0xD800, 0x61, 0xDC00]), "H\u{FFFD}a\u{FFFD}")
        XCTAssertEqual(UTF16Text.string([0xD83D]), "\u{FFFD}")
    }
}
