import Extract
import Ingest
import XCTest

/// Random token soups and random bytes never crash the extractor, and every
/// span lies inside the text.
final class ExtractorFuzzTests: XCTestCase {
    let pieces = ["ngày", "Sáng", "12/10", "13/13", "năm", "2018", "-", "–", "2018-2020", "quý", "I", "/", "tháng",
                  "hơn", "1.200", "1,5", "tỷ", "đồng", "%", "Kế hoạch", "số", "04/KH-HĐTĐKT", "04", "KH-UBND", "từ",
                  "đến", "3-5", "(", ")", ",", ".", "\n", "Sở", "phường", "0", "31/2", "29/2/2019", "1-2/10", "giờ",
                  "8h30", "nghìn", "triệu", "ban hành", "của", "II", "999999999999999999999", "1e5", "đ", "ha", "2100"]

    func testRandomTokenSoups() {
        var rng = SystemRandomNumberGenerator()
        let extractor = Extractor()
        for _ in 0..<400 {
            let n = Int.random(in: 0..<60, using: &rng)
            let text = (0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random() ? " " : "")
            check(extractor, Article(file: "fuzz", title: "T", paragraphs: [text]))
        }
    }

    func testRandomBytes() {
        var rng = SystemRandomNumberGenerator()
        let extractor = Extractor()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            check(extractor, ArticleReader().read(bytes: bytes, file: "fuzz"))
        }
    }

    func check(_ extractor: Extractor, _ article: Article) {
        let count = article.text.unicodeScalars.count
        let f = extractor.extract(article)
        let spans = f.dates.map(\.span) + f.metrics.map(\.span) + f.documents.map(\.span)
        for span in spans {
            XCTAssertEqual(span.count, 2)
            XCTAssertTrue(0 <= span[0] && span[0] < span[1] && span[1] <= count, "\(span) in \(count): \(article.text)")
        }
        for m in f.metrics { XCTAssertTrue(m.value.isFinite) }
        for d in f.dates { XCTAssertFalse(d.value.isEmpty) }
    }
}
