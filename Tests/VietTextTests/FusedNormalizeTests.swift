import XCTest
@testable import VietText

/// The fused pass of ``Normalizer/normalize(_:)`` (stable-starter check and tone placement
/// together) gives what the two steps give one after the other.
final class FusedNormalizeTests: XCTestCase {
    func testFusedPassAgreesWithNFCThenTones() {
        var g = SeededGenerator(seed: 17)
        let alphabet = Array("oOuUqQyYaAeEhHtn òÒàáảãạÀÁẢÃẠèéẻẽẹỳýỷỹỵỲÝỶỸỴ.,đĐ“”–😀\u{301}\u{300}\u{1EA1}\u{2000}\u{20AB}\u{212B}ñ\n".unicodeScalars)
        var stable = 0
        for _ in 0..<5000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...60, using: &g) { view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &g)]) }
            var text = String(view)
            let expected = ToneMarks.apply(ICU.nfc(text))
            XCTAssertEqual(Array(Normalizer.normalize(text).unicodeScalars), Array(expected.unicodeScalars), text.debugDescription)
            let fused = text.withUTF8 { ToneMarks.applyValidatingUTF8IfStable($0) }
            XCTAssertEqual(fused != nil, text.withUTF8(ICU.allStableStarters), text.debugDescription)
            if fused != nil { stable += 1 }
        }
        XCTAssertGreaterThan(stable, 100)
        XCTAssertEqual(Normalizer.normalize("Hoà Bình, thuỷ lợi, quý"), "Hòa Bình, thủy lợi, quý")
        XCTAssertEqual(Normalizer.normalize("Ho\u{61}\u{300} Bình"), "Hòa Bình")
    }
}

/// The eight-byte control check of the decoder finds what a byte-by-byte check finds.
final class ControlByteScanTests: XCTestCase {
    func testBlockScanAgreesWithTheByteCheck() {
        var g = SeededGenerator(seed: 23)
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xE1, 0xFF]
        for _ in 0..<5000 {
            var bytes = (0..<Int.random(in: 0...40, using: &g)).map { _ in UInt8(ascii: "a") }
            // Mostly plain text with a few bytes from the interesting set.
            for _ in 0..<Int.random(in: 0...3, using: &g) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &g)] = alphabet[Int.random(in: 0..<alphabet.count, using: &g)]
            }
            let expected = bytes.contains(where: TextDecoder.isControlByte)
            XCTAssertEqual(bytes.withUnsafeBufferPointer(TextDecoder.containsControlByte), expected, "\(bytes)")
        }
        for value in 0...255 {   // every byte value at every position of a block
            for position in 0..<9 {
                var bytes = [UInt8](repeating: 0x61, count: 9)
                bytes[position] = UInt8(value)
                XCTAssertEqual(bytes.withUnsafeBufferPointer(TextDecoder.containsControlByte),
                               TextDecoder.isControlByte(UInt8(value)), "\(value) at \(position)")
            }
        }
    }
}

/// ``Normalizer/decodeNormalized(_:)`` (valid UTF-8 validated in place, re-toned on its
/// bytes, one `String`) gives what decoding and then normalizing give, for every encoding.
final class DecodeNormalizedTests: XCTestCase {
    static func reference(_ bytes: [UInt8]) -> DecodedText {
        var decoded = TextDecoder.decode(bytes)
        decoded.text = Normalizer.normalize(decoded.text)
        return decoded
    }

    func assertAgrees(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let fused = Normalizer.decodeNormalized(bytes), expected = Self.reference(bytes)
        XCTAssertEqual(Array(fused.text.utf8), Array(expected.text.utf8), "\(bytes.prefix(60))", file: file, line: line)
        XCTAssertEqual(fused.text, expected.text, file: file, line: line)
        XCTAssertEqual(fused.text.hashValue, expected.text.hashValue, file: file, line: line)
        XCTAssertEqual(fused.encoding, expected.encoding, file: file, line: line)
        XCTAssertEqual(fused.invalidSequences, expected.invalidSequences, file: file, line: line)
        XCTAssertEqual(fused.firstInvalidOffset, expected.firstInvalidOffset, file: file, line: line)
        XCTAssertEqual(fused.hadBOM, expected.hadBOM, file: file, line: line)
        XCTAssertEqual(fused.controlCharacters, expected.controlCharacters, file: file, line: line)
    }

    func testRealLinesInEveryEncoding() {
        let lines = [
            "Hoà Bình: Uỷ ban nhân dân tỉnh họp về thuỷ lợi", "Hòa Bình: Ủy ban nhân dân tỉnh họp về thủy lợi",
            "Đồng chí Nguyễn Văn Đức, Phó Chủ tịch UBND huyện Đông Anh", "QUÝ KHÁCH HOÀ ỦY khoẻ", "",
            "Thế Công - 15:10, 08/02/2017", "Bài và ảnh: Minh Anh", "Các đại biểu tham quan triển lãm. Ảnh: TTXVN",
            "Kế hoạch số 04/KH-HĐTĐKT\r\ncó 30.000 sổ tay\rvà 100% cán bộ", "ho\u{61}\u{300} thu\u{79}\u{309} e\u{302}\u{301}",
            "plain ASCII only, 13/13 phường", "“Trích dẫn” – 😀 \u{200B}tab\there", "NUL\u{0}inside\u{7F}and\u{0C}",
        ]
        for text in lines + (Fixtures.articles.isEmpty ? [] : Fixtures.articles) {
            let utf8 = Array(text.utf8)
            assertAgrees(utf8)
            assertAgrees([0xEF, 0xBB, 0xBF] + utf8)
            assertAgrees(Array(ICU.nfd(text).utf8))
            assertAgrees(Array(Fixtures.windows1258Form(text).utf8))
            assertAgrees([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            assertAgrees(Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
            if let cp1258 = ICU.encode(Fixtures.windows1258Form(text), charset: "windows-1258"), cp1258.unmappable == 0 {
                assertAgrees(cp1258.bytes)
            }
        }
    }

    /// Any bytes in: pieces of UTF-8, windows-1258, BOMs, controls, truncated sequences, noise.
    func testAnyBytesAgree() {
        var g = SeededGenerator(seed: 0x0DEC_0DE5)
        let pieces: [[UInt8]] = [
            Array("Hoà ".utf8), Array("uỷ ".utf8), Array("hòa".utf8), Array("đ".utf8), Array("quý".utf8), [0x0D], [0x0A],
            [0x00], [0xE1, 0xBA], [0xC3], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xEC], [0xD2], [0x85], [0x93, 0x94],
            Array("o\u{300}".utf8), Array("\u{301}".utf8), Array("abcdefgh".utf8), Array(" ".utf8), [0x7F], [0xED, 0xA0, 0x80],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &g) {
                if Int.random(in: 0..<6, using: &g) == 0 { bytes.append(UInt8.random(in: 0...255, using: &g)) } else {
                    bytes += pieces[Int.random(in: 0..<pieces.count, using: &g)]
                }
            }
            assertAgrees(bytes)
        }
    }
}

/// The validating tone scan answers as its three steps one after the other (validation, the
/// stable-starter check, ``ToneMarks/applyUTF8(_:)``): the same bytes on valid UTF-8 of stable
/// starters, `nil` on anything invalid (stray or missing continuation bytes, overlong C0/C1/E0
/// forms, surrogates, truncation at every position of a block) or not a stable starter.
final class ValidatingToneScanTests: XCTestCase {
    func expected(_ bytes: [UInt8]) -> [UInt8]?? {
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        return bytes.withUnsafeBufferPointer { ICU.allStableStarters($0) ? .some(ToneMarks.applyUTF8($0)) : nil }
    }

    func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let fast = bytes.withUnsafeBufferPointer { ToneMarks.applyValidatingUTF8IfStable($0) }
        let slow = expected(bytes)
        XCTAssertEqual(fast == nil, slow == nil, "\(bytes)", file: file, line: line)
        if let fast, let slow { XCTAssertEqual(fast, slow, "\(bytes)", file: file, line: line) }
    }

    func testAgreesWithValidationThenTheToneScan() {
        var g = SeededGenerator(seed: 0x70AE_5CA9)
        let pieces: [[UInt8]] = [
            Array("hoà ".utf8), Array("Uỷ".utf8), Array("thuỷ".utf8), Array("quý".utf8), Array("hòa".utf8), Array("đ".utf8),
            Array("o".utf8), Array("u".utf8), Array("a".utf8), Array("abcdefg".utf8), Array("“”–…".utf8), Array("₫".utf8),
            Array("o\u{300}".utf8), Array("😀".utf8), Array("ñ".utf8), [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC3],
            [0xE1], [0xE1, 0xBA], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xFF],
        ]
        for _ in 0..<6000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &g) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &g)] }
            check(bytes)
            if !bytes.isEmpty { check(Array(bytes.dropLast())) }   // cut inside the last scalar
        }
        // A pair needing a new tone, then one bad byte, at every offset around an eight-byte block.
        for pad in 0..<17 {
            for bad: [UInt8] in [[], [0x80], [0xC3], [0xE1, 0xBB], [0xCC, 0x80]] {
                check(Array(String(repeating: "x", count: pad).utf8) + Array("hoà".utf8) + bad + Array(" uỷ ban".utf8))
                check(Array(String(repeating: "x", count: pad).utf8) + Array("hoà".utf8) + bad)
            }
        }
    }
}
