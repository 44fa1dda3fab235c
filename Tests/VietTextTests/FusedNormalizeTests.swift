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
            let fused = text.withUTF8 { ToneMarks.applyUTF8IfStable($0) }
            XCTAssertEqual(fused != nil, text.withUTF8(ICU.allStableStarters), text.debugDescription)
            if fused != nil { stable += 1 }
        }
        XCTAssertGreaterThan(stable, 100)
        XCTAssertEqual(Normalizer.normalize("Hoà Bình, thuỷ lợi, quý"), "Hòa Bình, thủy lợi, quý")
        XCTAssertEqual(Normalizer.normalize("Ho\u{61}\u{300} Bình"), "Hòa Bình")
    }
}
