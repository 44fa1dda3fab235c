import XCTest
@testable import VietText

/// The zero-byte shortcut of the UTF-16 sniffing answers as the counting it skips.
final class DecoderShortcutTests: XCTestCase {
    /// The counting test without the `memchr` shortcut.
    static func referenceUTF16(_ bytes: [UInt8]) -> DecodedText.Encoding? {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return nil }
        let sample = min(bytes.count, 8192)
        var evenZeros = 0, oddZeros = 0
        for i in stride(from: 0, to: sample, by: 2) {
            if bytes[i] == 0 { evenZeros += 1 }
            if bytes[i + 1] == 0 { oddZeros += 1 }
        }
        let pairs = sample / 2
        if oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs { return .utf16LE }
        if evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs { return .utf16BE }
        return nil
    }

    func testZeroFreeSamplesAreNoUTF16AndOthersAreCounted() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let texts = ["Ủy ban nhân dân tỉnh", "Hà Nội 2024", "abcdefgh"]
        var inputs = texts.map { Array($0.utf8) } + texts.map { Array($0.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        for _ in 0..<3000 {
            let zeroShare = next(4)   // none, a few, many zeros
            inputs.append((0..<next(40)).map { _ in next(4) < zeroShare ? 0 : UInt8(1 + next(255)) })
        }
        inputs.append([UInt8](repeating: 0x41, count: 9000) + [0, 0])   // zeros past the sample
        for bytes in inputs {
            XCTAssertEqual(TextDecoder.looksLikeUTF16(bytes), Self.referenceUTF16(bytes), "\(bytes.prefix(40))")
        }
    }
}
