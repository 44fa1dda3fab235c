/// Strings of at most 15 UTF-8 bytes built from packed bytes without the
/// standard library's validation pass.
///
/// On 64-bit platforms such a String is stored inline ("small string"): its
/// 16 bytes are the UTF-8, zero-padded, with a discriminator (immortal, small,
/// ASCII flags) and the count in the top byte. The tokenizer encodes every
/// token's UTF-8 itself, so it is valid by construction, yet
/// `String(decoding:as:)` validated it again, token after token (about a fifth
/// of tokenizing). The layout is the standard library's, not a public
/// promise: ``isAvailable`` compares the constructed bits with what
/// `String(decoding:as:)` itself produces for a set of samples once, and
/// callers fall back to `String(decoding:as:)` if any differs.
public enum SmallString {
    /// The most bytes an inline String holds.
    public static let capacity = 15

    /// The construction agrees bit for bit with the standard library on this platform.
    public static let isAvailable: Bool = selfCheck()

    /// The String whose UTF-8 is packed in `lo`/`hi` (see ``PackedUTF8``), of
    /// `count` bytes (1...15), valid UTF-8. Only when ``isAvailable``.
    @inline(__always)
    public static func make(_ lo: UInt64, _ hi: UInt64, count: Int) -> String {
        let ascii = (lo | hi) & 0x8080_8080_8080_8080 == 0
        let discriminator: UInt64 = (ascii ? 0xE0 : 0xA0) | UInt64(truncatingIfNeeded: count)
        return unsafeBitCast((lo, hi | discriminator << 56), to: String.self)
    }

    /// The raw bits of a String, for the self-check and tests.
    public static func bits(_ s: String) -> (UInt64, UInt64) { unsafeBitCast(s, to: (UInt64, UInt64).self) }

    static let samples = ["a", ",", "UBND", "GD&ĐT", "hoà", "hòa", "đ", "Đ", "1.200", "13/13", "nghiêng",
                          "Nguyễn", "…", "“", "ủy", "uỷ", "HĐND", "123456789012345", "ờờờờờ", "x\u{0301}", "€"]

    static func selfCheck() -> Bool {
        guard MemoryLayout<String>.size == 16 else { return false }
        for s in samples {
            let bytes = Array(s.utf8)
            guard bytes.count <= capacity else { continue }
            let built = String(decoding: bytes, as: UTF8.self)
            let (lo, hi) = PackedUTF8.pack(s)
            let made = make(lo, hi, count: bytes.count)
            let (a0, a1) = bits(built), (b0, b1) = bits(made)
            guard a0 == b0, a1 == b1, made == s, Array(made.utf8) == bytes,
                  Array(made.unicodeScalars) == Array(s.unicodeScalars) else { return false }
        }
        return true
    }
}
