import XCTest
@testable import Extract
import VietText

/// Keys of up to 16 bytes are hashed and compared as two packed words
/// (``ByteKeyTable/value(lo:hi:count:)``, ``KeyBuffer/packedWords``): every
/// way in must find exactly what a byte-by-byte compare finds.
final class PackedKeyTests: XCTestCase {
    private func randomKey(_ rng: inout SystemRandomNumberGenerator) -> String {
        let pool = ["a", "b", "ư", "ơ", "đ", "1", "2", "3", " ", ".", "&", "\u{0}", "nghiêng", "x"]
        return (0..<Int.random(in: 0...9, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
    }

    func testPackedLookupsFindTheSameEntriesAsTheBytes() {
        var rng = SystemRandomNumberGenerator()
        var table = ByteKeyTable(capacity: 8)
        var reference: [[UInt8]: Int32] = [:]
        // Keys around the 8- and 16-byte edges, trailing zero bytes, the empty key.
        var keys = ["", "a", "\u{0}", "a\u{0}", "abcdefgh", "abcdefgh\u{0}", "abcdefghijklmnop", "abcdefghijklmnopq",
                    "nghiêng5", "trương2", "uy3"]
        for _ in 0..<3_000 { keys.append(randomKey(&rng)) }
        for (k, key) in keys.enumerated() where k % 2 == 0 {
            table.insert(key, Int32(k))
            if reference[Array(key.utf8)] == nil { reference[Array(key.utf8)] = Int32(k) }
        }
        var buffer = KeyBuffer()
        defer { buffer.free() }
        for key in keys {
            let bytes = Array(key.utf8)
            let want = reference[bytes]
            XCTAssertEqual(bytes.withUnsafeBufferPointer { table.value($0) }, want, key.debugDescription)
            XCTAssertEqual(table.value(key), want, key.debugDescription)
            // Through a reused buffer that held a longer key before: stale bytes must not count.
            buffer.reset(scalars: 20)
            for b in "zzzzzzzzzzzzzzzzzzzz".utf8 { buffer.appendByte(b) }
            buffer.reset(scalars: bytes.count)
            for b in bytes { buffer.appendByte(b) }
            XCTAssertEqual(table.value(buffer), want, key.debugDescription)
            if bytes.count <= ByteKeyTable.packedLength {
                let (lo, hi) = buffer.packedWords
                XCTAssertTrue(bytes.withUnsafeBufferPointer { ByteKeyTable.pack($0) } == (lo, hi), key.debugDescription)
            }
        }
    }

    func testArticleKeysAgreeWithTheKeyStrings() {
        _ = Extractor()
        let (vocabulary, _) = KeyVocabulary.shared.snapshot()
        let text = "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An; THÀNH ỦY, thành uỷ, Bộ trưởng Nguyễn Văn A, 30.000 người"
        let tokenized = Tokenizer.shared.tokenize(text)
        let keyed = KeyedTokens(tokenized)
        for (k, t) in tokenized.tokens.enumerated() {
            guard let key = KeyedTokens.key(of: t) else { continue }
            XCTAssertEqual(keyed.ids[k], vocabulary.value(key) ?? KeyVocabulary.unknown, t.text)
        }
    }
}
