import XCTest
@testable import VietText

/// The tokenizer packs each token's UTF-8 (``TokenizedText/packedUTF8``) and
/// builds short token Strings from the packed bytes (``SmallString``): both
/// must equal what the token's String gives, on real and random text.
final class PackedTokenTests: XCTestCase {
    static let sentences = [
        "Sở GD&ĐT tỉnh Hòa Bình phối hợp với UBND huyện, thành uỷ và THÀNH ỦY Thanh Hoá.",
        "Ngày 19/6/2019, 13/13 phường đạt 100% chỉ tiêu; phát 1.200 cuốn, 30.000 sổ tay, tăng 1,5 lần.",
        "Kế hoạch số 04/KH-HĐTĐKT của Sở LĐTB&XH, Nghị định 100/2019/NĐ-CP, Chỉ thị 06-CTr/TU.",
        "TS. Nguyễn Văn A, Đ/c Trần Thị B (H'Mông) nói: “Việc này… rất tốt” – v.v. Covid-19, H5N1 lúc 8h30.",
        "hoà hòa HOÀ HÒA uỷ ủy U\u{309}Y nghiêng NGHIÊNG đường Đường ĐƯỜNG chinhphu.vn VH,TT&DL",
        "Một từ dài hơn mười sáu byte: nghiêngnghiêngnghiêng, ABCDEFGHIJKLMNOPQRS, 123456789012345678 😀 ǅ €",
    ]

    private func check(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let tokenized = Tokenizer.shared.tokenize(text)
        XCTAssertEqual(tokenized.packedUTF8.count, 2 * tokenized.tokens.count, file: file, line: line)
        var small = 0
        for (k, t) in tokenized.tokens.enumerated() {
            let (lo, hi) = PackedUTF8.pack(t.text)
            XCTAssertEqual(tokenized.packedUTF8[2 * k], lo, t.text, file: file, line: line)
            XCTAssertEqual(tokenized.packedUTF8[2 * k + 1], hi, t.text, file: file, line: line)
            // The text is the scalars it spans, whichever way its String was built.
            XCTAssertEqual(Array(t.text.unicodeScalars), Array(tokenized.scalars[t.start..<t.end]), t.text, file: file, line: line)
            let rebuilt = String(decoding: Array(t.text.utf8), as: UTF8.self)
            XCTAssertEqual(t.text, rebuilt, file: file, line: line)
            XCTAssertEqual(t.text.hashValue, rebuilt.hashValue, t.text, file: file, line: line)
            if t.text.utf8.count <= SmallString.capacity {
                small += 1
                XCTAssertTrue(SmallString.bits(t.text) == SmallString.bits(rebuilt), t.text, file: file, line: line)
            }
        }
        return small
    }

    func testPackedSpellingsAndShortStringsMatchTheTokenText() {
        XCTAssertTrue(SmallString.isAvailable, "the inline String layout check failed: tokens fall back to String(decoding:)")
        var small = 0
        for s in Self.sentences { small += check(s) }
        XCTAssertGreaterThan(small, 100)
        // Too long to pack: zero words, not a truncated spelling.
        let long = Tokenizer.shared.tokenize("nghiêngnghiêngnghiêng ABCDEFGHIJKLMNOPQ")
        XCTAssertEqual(long.packedUTF8, [0, 0, 0, 0])
        // Exactly 16 bytes packs, 15 is the longest inline String.
        let edge = Tokenizer.shared.tokenize("ABCDEFGHIJKLMNOP ABCDEFGHIJKLMNO")
        XCTAssertEqual(edge.packedUTF8[0], PackedUTF8.pack("ABCDEFGH").0)
        XCTAssertNotEqual(edge.packedUTF8[1], 0)
        XCTAssertEqual(edge.tokens.map(\.text), ["ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNO"])
    }

    func testRandomTextGivesTheSameTokensAsTheirScalars() {
        var rng = SystemRandomNumberGenerator()
        let pool = Array("aAđĐêỆưỨơờ1234567890.,/-&' \n:;()“”…%–😀\u{301}\u{0}ǅ€ꙮ".unicodeScalars)
        for _ in 0..<500 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...80, using: &rng) { s.append(pool.randomElement(using: &rng)!) }
            _ = check(String(s))
        }
    }

    func testInlineStringsEqualDecodedOnesForRandomValidUTF8() {
        guard SmallString.isAvailable else { return XCTFail("inline String layout not available") }
        var rng = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x01...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            while true {
                let r = ranges.randomElement(using: &rng)!
                let c = Unicode.Scalar(UInt32.random(in: r, using: &rng))!
                let utf8 = Array(String(c).utf8)
                if bytes.count + utf8.count > SmallString.capacity { break }
                bytes += utf8
                if Bool.random(using: &rng) { break }
            }
            guard !bytes.isEmpty else { continue }
            let decoded = String(decoding: bytes, as: UTF8.self)
            let (lo, hi) = PackedUTF8.pack(decoded)
            let made = SmallString.make(lo, hi, count: bytes.count)
            XCTAssertEqual(made, decoded)
            XCTAssertTrue(SmallString.bits(made) == SmallString.bits(decoded), "\(bytes)")
            XCTAssertEqual(Array(made.utf8), bytes)
            XCTAssertEqual(made.count, decoded.count)
        }
    }
}

/// ``PackedUTF8/Packer`` packs scalar by scalar what packing the String's bytes gives.
final class PackerTests: XCTestCase {
    func testPackerAgreesWithTheBytesAcrossTheWordEdges() {
        var rng = SystemRandomNumberGenerator()
        let pool = Array("aZ9.đĐờỆ€ꙮ😀\u{301}".unicodeScalars)
        var texts = ["abcdefgh", "abcdefg€", "abcdef😀", "abcdefghijklmnop", "abcdefghijklmn€", "abcdefghijklmno€",
                     "nghiêngnghiêng", "đ", "😀😀😀😀", "😀😀😀😀a"]
        for _ in 0..<5_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...12, using: &rng) { s.append(pool.randomElement(using: &rng)!) }
            texts.append(String(s))
        }
        for text in texts {
            var packer = PackedUTF8.Packer()
            for c in text.unicodeScalars { packer.append(c) }
            XCTAssertEqual(packer.count, text.utf8.count, text)
            XCTAssertTrue(packer.packed == PackedUTF8.pack(text), text)
        }
    }
}
