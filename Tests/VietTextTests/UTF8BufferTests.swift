import XCTest
@testable import VietText

final class UTF8BufferTests: XCTestCase {
    let samples = ["", "abc", "Thành ủy Hà Nội", "e\u{301} decomposed", "𝔘 và 😀 – “trích”", "ĐẢNG ỦY\n\t1.200"]

    func testScalarsDecodeLikeTheStandardLibrary() {
        for s in samples {
            XCTAssertEqual(UTF8Buffer.scalars(s), Array(s.unicodeScalars), s)
        }
    }

    /// Eight ASCII bytes are decoded at once: runs of every length next to
    /// multi-byte scalars, at every alignment, decode as the standard library does.
    func testScalarsOfMixedRunsAtEveryAlignment() {
        let pieces = ["a", "Hà Nội ", "abcdefgh", "ủy", "😀", "0123456789abcdef", "đ", " ", "\n"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let s = (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            XCTAssertEqual(UTF8Buffer.scalars(s), Array(s.unicodeScalars), s.debugDescription)
        }
    }

    func testWriteEncodesOneToFourBytes() {
        let table: [(Unicode.Scalar, Int)] = [("a", 1), ("đ", 2), ("ủ", 3), ("😀", 4)]
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 4)
        defer { p.deallocate() }
        for (c, length) in table {
            XCTAssertEqual(UTF8Buffer.write(c, to: p), length)
            XCTAssertEqual(Array(UnsafeBufferPointer(start: p, count: length)), Array(String(c).utf8))
        }
    }

    func testStringFromScalarSlices() {
        for s in samples {
            let scalars = Array(s.unicodeScalars)
            XCTAssertEqual(UTF8Buffer.string(scalars), s)
            if scalars.count > 2 { XCTAssertEqual(UTF8Buffer.string(scalars[1...]), String(String.UnicodeScalarView(scalars[1...]))) }
        }
    }

    /// The unchecked constructor gives the string `String(decoding:)` gives: same scalars,
    /// same equality and hashing (a Set built one way finds the other), and the ASCII flag
    /// right at every length around the eight-byte blocks and the 15-byte small strings.
    func testValidUTF8StringAgreesWithDecoding() {
        let pieces = ["a", "Hoà bình ", "hòa", "uỷ ban", "ủy", "Đ", "đường", "e\u{301}", "😀", "abcdefgh", " ", ".", "Ảnh: TTXVN"]
        var rng = SystemRandomNumberGenerator()
        var cases = samples
        for n in 0...40 { cases.append(String(repeating: "x", count: n)); cases.append(String(repeating: "x", count: n) + "đ") }
        for _ in 0..<500 {
            cases.append((0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        var decodedSet = Set<String>()
        for s in cases { decodedSet.insert(String(decoding: Array(s.utf8), as: UTF8.self)) }
        for s in cases {
            let bytes = Array(s.utf8)
            let fast = UTF8Buffer.string(validUTF8: bytes), slow = String(decoding: bytes, as: UTF8.self)
            XCTAssertEqual(fast, slow, s.debugDescription)
            XCTAssertEqual(Array(fast.unicodeScalars), Array(slow.unicodeScalars), s.debugDescription)
            XCTAssertEqual(fast.hashValue, slow.hashValue, s.debugDescription)
            XCTAssertTrue(decodedSet.contains(fast), s.debugDescription)
            XCTAssertEqual(bytes.withUnsafeBufferPointer(UTF8Buffer.isASCII), bytes.allSatisfy { $0 < 0x80 }, s.debugDescription)
            XCTAssertEqual(fast.utf16.count, slow.utf16.count, s.debugDescription)
        }
    }

    func testTokenizedTextKeepsTheScalarsOffsetsIndex() {
        for s in samples {
            let tokenized = Tokenizer.shared.tokenize(s)
            XCTAssertEqual(tokenized.scalars, Array(s.unicodeScalars))
            for t in tokenized.tokens {
                XCTAssertEqual(UTF8Buffer.string(tokenized.scalars[t.start..<t.end]), t.text)
            }
        }
    }
}

final class TokenCaseTests: XCTestCase {
    /// The ASCII shortcuts of `isCapitalized`/`isAllCaps` agree with the Unicode properties.
    func testCaseFlagsMatchUnicodeProperties() {
        let table: [(String, Bool, Bool)] = [
            ("UBND", true, true), ("Ubnd", true, false), ("ubnd", false, false), ("HĐND", true, true),
            ("LĐTB&XH", true, true), ("Đà", true, false), ("04/KH-UBND", false, true), ("A", true, false),
            ("H5N1", true, true), ("v.v", false, false), ("TP.", true, true), ("ỦY", true, true), ("1.200", false, false),
        ]
        for (text, capitalized, allCaps) in table {
            let token = Tokenizer.shared.tokenize(text).tokens[0]
            XCTAssertEqual(token.text, text)
            XCTAssertEqual(token.isCapitalized, capitalized, text)
            XCTAssertEqual(token.isAllCaps, allCaps, text)
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            XCTAssertEqual(token.isAllCaps, letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }, text)
            XCTAssertEqual(token.isCapitalized, text.unicodeScalars.first!.properties.isUppercase, text)
        }
    }
}
