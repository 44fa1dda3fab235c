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
