import XCTest
@testable import VietText

final class UTF8BufferTests: XCTestCase {
    let samples = ["", "abc", "Thành ủy Hà Nội", "e\u{301} decomposed", "𝔘 và 😀 – “trích”", "ĐẢNG ỦY\n\t1.200"]

    func testScalarsDecodeLikeTheStandardLibrary() {
        for s in samples {
            XCTAssertEqual(UTF8Buffer.scalars(s), Array(s.unicodeScalars), s)
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
