import Foundation
import XCTest
@testable import Index

/// The JSON arrays stored in `authors`, `diagnostics` and `titles` must read back
/// as the strings that went in, whatever the scraped text holds.
final class JSONTextTests: XCTestCase {
    func testKnownOutputs() {
        let cases: [([String], String)] = [
            ([], "[]"),
            (["Nguyễn Văn An"], #"["Nguyễn Văn An"]"#),
            (["Phó Giám đốc", "Bí thư Đảng ủy"], #"["Phó Giám đốc","Bí thư Đảng ủy"]"#),
            (["Báo \"Tuổi Trẻ\""], #"["Báo \"Tuổi Trẻ\""]"#),
            (["a\\b", "line\nbreak\ttab"], #"["a\\b","line\nbreak\ttab"]"#),
            (["04/KH-HĐTĐKT"], #"["04/KH-HĐTĐKT"]"#),
            (["\u{1}x"], #"["\u0001x"]"#),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(JSONText.array(input), expected, "\(input)")
        }
    }

    func testRandomStringsReadBack() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = Array("aăâđêôơư ĐỨỢ\"\\/\n\r\t\u{0}\u{1f}{}[],:😀Hoà")
        for _ in 0..<300 {
            let strings = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            let json = JSONText.array(strings)
            let decoded = try JSONDecoder().decode([String].self, from: Data(json.utf8))
            XCTAssertEqual(decoded, strings, json)
        }
    }
}
