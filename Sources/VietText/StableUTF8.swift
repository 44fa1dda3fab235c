/// Validation, the stable-starter test and the tone step in one pass over a file's bytes.
///
/// Why: a file was validated as UTF-8 (the standard library's byte loop, ~1.7 % of
/// `extract`) and then walked again for stable starters and tone placement, which only
/// read lead bytes. Text whose multi-byte scalars are all stable starters (U+0080–U+02FF,
/// U+1E00–U+1EFF, the punctuation of U+2000–U+2FFF ``ICU/isStableStarter(_:)`` accepts)
/// is valid UTF-8 exactly when each such lead byte has its continuation bytes and no
/// continuation byte stands alone; both are checked where the tone scan already stops.
/// Anything else (a byte outside those leads, a truncated or stray sequence) gives `nil`:
/// the caller then decodes and normalizes the general way, which validates properly.
extension ToneMarks {
    /// ``ICU/allStableStarters(_:)`` and ``applyUTF8(_:)`` in one pass: `nil` when the bytes
    /// are not valid UTF-8 or some scalar is not a stable starter (the caller then validates,
    /// runs NFC and the tone step apart), else what ``applyUTF8(_:)`` gives, NFC leaving such
    /// text as it is. Text known valid (a `String`'s bytes) takes it too: its checks then
    /// always pass, and one scan serves both callers.
    static func applyValidatingUTF8IfStable(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]?? {
        let table = self.table
        guard table.firstsAreASCIIOorU else { return nil }
        var out: [UInt8]?
        var copiedUpTo = 0
        var i = 0
        let n = bytes.count
        while i < n {
            if i + 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                let high = w & 0x8080_8080_8080_8080
                if high == 0 { i += 8; continue }
                let lead = w & (w << 1) & 0x8080_8080_8080_8080
                // `i` starts a scalar: the block's first non-ASCII byte must be a lead byte,
                // else it is a continuation byte of no scalar.
                guard lead != 0, lead.trailingZeroBitCount == high.trailingZeroBitCount else { return nil }
                i += lead.trailingZeroBitCount >> 3
            } else if bytes[i] < 0x80 {
                i += 1; continue
            }
            guard let length = validStableLength(bytes, at: i) else { return nil }
            let next = i + length
            if i >= 1, bytes[i - 1] | 0x20 == 0x6F || bytes[i - 1] | 0x20 == 0x75 {
                // The tone step decodes the scalar after the pair: validated first (a scalar
                // that fails ends the scan at its turn anyway).
                if next < n, bytes[next] >= 0x80, validStableLength(bytes, at: next) == nil { return nil }
                retone(bytes, at: i, next: next, table, &out, &copiedUpTo)
            }
            i = next
        }
        guard var result = out else { return .some(nil) }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<n]))
        return .some(result)
    }

    /// The length of the well-formed stable starter whose lead byte is at `i`, else nil
    /// (a continuation byte, a lead outside C2–CB, E1 B8–BB and stable E2, or a sequence
    /// cut short). Every sequence accepted here is valid UTF-8: no overlong form (C0, C1
    /// and E0 are refused), no surrogate (ED is), nothing above U+FFFF.
    @inline(__always)
    static func validStableLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i], n = bytes.count
        if b >= 0xC2 && b <= 0xCB {
            return i + 1 < n && bytes[i + 1] & 0xC0 == 0x80 ? 2 : nil
        }
        guard b == 0xE1 || b == 0xE2, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else { return nil }
        if b == 0xE1 { return bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB ? 3 : nil }
        return ICU.isStableStarter(UTF8Scalar.decode(bytes, at: i).0) ? 3 : nil
    }
}
