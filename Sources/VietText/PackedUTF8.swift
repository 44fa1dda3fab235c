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

    /// `count` bytes at `raw` packed; (0, 0) when more than ``capacity``. The
    /// caller guarantees 16 readable bytes at `raw`: two word loads and masks
    /// instead of a loop over the bytes.
    @inline(__always) public static func pack(_ raw: UnsafePointer<UInt8>, count: Int) -> (UInt64, UInt64) {
        guard count <= capacity else { return (0, 0) }
        let p = UnsafeRawPointer(raw)
        let lo = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
        let hi = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let c = UInt64(truncatingIfNeeded: count)
        let loMask: UInt64 = c >= 8 ? ~0 : (1 << (8 * c)) &- 1
        let hiMask: UInt64 = c >= 16 ? ~0 : c <= 8 ? 0 : (1 << (8 * (c - 8))) &- 1
        return (lo & loMask, hi & hiMask)
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
