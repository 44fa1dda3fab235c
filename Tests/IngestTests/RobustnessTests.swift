import XCTest
@testable import Ingest

/// Any text in, an article out: no crash on empty, odd or random input.
final class RobustnessTests: XCTestCase {
    func testDegenerateInputs() {
        let parser = ArticleParser()
        for text in ["", "\n\n\n", " ", "|", "Ảnh:", "Tin liên quan", "(", "Theo", "Kinhtedothi –", "–", ".A", "a.B"] {
            let article = parser.parse(text: text, file: "x")
            XCTAssertEqual(article.file, "x")
        }
    }

    func testRandomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢẠẾỆỘ .,:;!?()[]|-–\n\n0123456789/ẢnhTheoTrả lời")
        let reader = ArticleReader()
        for _ in 0..<300 {
            let length = Int.random(in: 0..<400, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            _ = ArticleParser().parse(text: text, file: "r")
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = reader.read(bytes: bytes, file: "b")
        }
    }
}
