/// A token's UTF-8 packed into two little-endian words (see
/// ``TokenizedText/packedUTF8``): a spelling of at most 16 bytes, compared and
/// hashed as two integers. Valid UTF-8 without NUL never packs to (0, 0), so
/// that pair marks a token too long (or too odd) to pack.
public enum PackedUTF8 {
    /// The longest spelling that packs.
    public static let capacity = 16

    /// The UTF-8 of one scalar in the low bytes of a word.
    @inline(__always) public static func pack(_ c: Unicode.Scalar) -> UInt64 {
        let v = UInt64(c.value)
        if v < 0x80 { return v }
        if v < 0x800 { return (0xC0 | v >> 6) | (0x80 | v & 0x3F) << 8 }
        if v < 0x10000 { return (0xE0 | v >> 12) | (0x80 | (v >> 6) & 0x3F) << 8 | (0x80 | v & 0x3F) << 16 }
        return (0xF0 | v >> 18) | (0x80 | (v >> 12) & 0x3F) << 8 | (0x80 | (v >> 6) & 0x3F) << 16 | (0x80 | v & 0x3F) << 24
    }

    /// Packs a spelling scalar by scalar, in registers.
    public struct Packer {
        public private(set) var lo: UInt64 = 0, hi: UInt64 = 0
        /// UTF-8 bytes appended so far (also past ``capacity``, which no longer pack).
        public private(set) var count = 0

        public init() {}

        @inline(__always) public mutating func append(_ c: Unicode.Scalar) {
            let v = c.value
            let bytes = PackedUTF8.pack(c)
            let length = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            let r = count
            if r < 8 {
                lo |= bytes &<< UInt64(8 * r)
                // Bytes past the first word's end: r >= 5 here, so the shift is 8 to 24.
                if r + length > 8 { hi |= bytes &>> UInt64(8 * (8 - r)) }
            } else if r < 16 {
                hi |= bytes &<< UInt64(8 * (r - 8))
            }
            count = r + length
        }

        /// The packed words, (0, 0) when longer than ``capacity``.
        public var packed: (UInt64, UInt64) { count <= PackedUTF8.capacity ? (lo, hi) : (0, 0) }
    }

    /// The packed UTF-8 of a string, the reference the tokenizer's packing is tested against.
    public static func pack(_ text: String) -> (UInt64, UInt64) {
        let bytes = Array(text.utf8)
        guard bytes.count <= capacity, !bytes.contains(0) else { return (0, 0) }
        var lo: UInt64 = 0, hi: UInt64 = 0
        for (k, b) in bytes.enumerated() {
            if k < 8 { lo |= UInt64(b) << (8 * UInt64(k)) } else { hi |= UInt64(b) << (8 * UInt64(k - 8)) }
        }
        return (lo, hi)
    }
}
