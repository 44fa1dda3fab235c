import XCTest
@testable import VietText

/// `Folding.folded` and `lowercased` build UTF-8 bytes; they must give what appending
/// the folded scalars one by one gives, for any text.
final class FoldingBytesTests: XCTestCase {
    static func referenceFolded(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !Folding.isMark(s) { out.append(Folding.fold(s)) }
        return String(out)
    }

    static func referenceLowercased(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(Folding.lower(s)) }
        return String(out)
    }

    func testVietnameseTable() {
        let table: [(String, String, String)] = [
            ("Hoà Bình", "hoa binh", "hoà bình"),
            ("Hòa Bình", "hoa binh", "hòa bình"),
            ("UỶ BAN", "uy ban", "uỷ ban"),
            ("ỦY BAN", "uy ban", "ủy ban"),
            ("ĐẢNG BỘ Thành Phố", "dang bo thanh pho", "đảng bộ thành phố"),
            ("Đe\u{302}\u{300}n Hu\u{301}ng", "den hung", "đe\u{302}\u{300}n hu\u{301}ng"),   // NFD: marks dropped when folding
            ("Ⱥ ẞ İ", "ⱥ ß I", "ⱥ ß İ"),   // ⱥ is longer in UTF-8; İ lowercases to two scalars, so stays (folds to its base)
            ("Giá 5.000₫ 😀", "gia 5.000₫ 😀", "giá 5.000₫ 😀"),
            ("", "", ""),
        ]
        for (input, folded, lower) in table {
            XCTAssertEqual(Folding.folded(input), folded, input)
            XCTAssertEqual(Folding.lowercased(input), lower, input)
            XCTAssertEqual(Folding.folded(Substring(input)), folded, input)
        }
    }

    func testRandomScalarsAgreeWithScalarAppending() {
        var state: UInt64 = 42
        func next(_ n: UInt32) -> UInt32 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt32(truncatingIfNeeded: state >> 33) % n
        }
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF,
                                             0x2000...0x206F, 0x2C60...0x2C7F, 0x0...0x10FFFF]
        for _ in 0..<2000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<next(30) {
                let range = ranges[Int(next(UInt32(ranges.count)))]
                if let s = Unicode.Scalar(range.lowerBound + next(range.upperBound - range.lowerBound + 1)) { scalars.append(s) }
            }
            let text = String(scalars)
            XCTAssertEqual(Folding.folded(text), Self.referenceFolded(text), text.debugDescription)
            XCTAssertEqual(Folding.lowercased(text), Self.referenceLowercased(text), text.debugDescription)
            let cut = text.index(text.startIndex, offsetBy: text.count / 2)
            XCTAssertEqual(Folding.folded(text[cut...]), Self.referenceFolded(text[cut...]), text.debugDescription)
        }
    }

    func testDecodeWalksEveryScalar() {
        let text = "aĐ\u{301}ễ€😀"
        var decoded: [Unicode.Scalar] = []
        Folding.forEachScalar(of: text) { decoded.append($0) }
        XCTAssertEqual(decoded, Array(text.unicodeScalars))
    }
}
