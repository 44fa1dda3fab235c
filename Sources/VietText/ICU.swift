import CVNICU

/// Thin Swift wrappers over the C facade. All ICU work in the project goes
/// through here, so the preflight-and-retry buffer dance lives in one place.
public enum ICU {
    /// Runs an ICU function that writes UTF-16 into a caller buffer, growing
    /// the buffer once when the first call reports the size it needs.
    static func withGrowingBuffer(initial: Int,
                                  _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32) -> (String, Int32) {
        var capacity = max(16, initial)
        for _ in 0..<3 {
            var error: Int32 = 0
            var buffer = [UInt16](repeating: 0, count: capacity)
            let needed = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &error) }
            if error == 15 /* U_BUFFER_OVERFLOW_ERROR */ || Int(needed) > capacity {
                capacity = Int(needed) + 16
                continue
            }
            if error > 0 { return ("", error) }
            return (buffer.withUnsafeBufferPointer { UTF16Text.string(UnsafeBufferPointer(rebasing: $0[0..<Int(needed)])) }, 0)
        }
        return ("", 15)
    }

    /// Unicode NFC; returns the input unchanged when it is already NFC.
    public static func nfc(_ text: String) -> String {
        var text = text
        if text.withUTF8(allStableStarters) { return text }
        let units = UTF16Text.units(text)
        if vn_is_nfc(units, Int32(units.count)) == 1 { return text }
        let (out, error) = withGrowingBuffer(initial: units.count + 16) { dst, cap, err in
            vn_nfc(units, Int32(units.count), dst, cap, &err)
        }
        return error == 0 ? out : text
    }

    /// Every scalar of the (valid) UTF-8 is a stable starter, read on the lead bytes:
    /// C2–CB lead U+0080–U+02FF and E1 B8–BB lead U+1E00–U+1EFF (stable whatever
    /// follows), E2 leads U+2000–U+2FFF (decoded and checked), any other lead is a
    /// scalar outside the stable ranges. ASCII and continuation bytes cost one compare.
    static func allStableStarters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            if i + 8 <= n, !UTF8Scalar.hasLeadByte(bytes, in8At: i) { i += 8; continue }
            if bytes[i] < 0xC0 { i += 1; continue }
            guard let length = stableStarterLength(bytes, leadAt: i) else { return false }
            i += length
        }
        return true
    }

    /// The length of the scalar whose lead byte (≥ 0xC0) is at `i` when it is a stable
    /// starter as ``allStableStarters(_:)`` reads it, else nil.
    @inline(__always)
    static func stableStarterLength(_ bytes: UnsafeBufferPointer<UInt8>, leadAt i: Int) -> Int? {
        let b = bytes[i]
        if b <= 0xCB { return 2 }
        if b == 0xE1 {
            let b1 = bytes[i + 1]
            return b1 >= 0xB8 && b1 <= 0xBB ? 3 : nil
        }
        return b == 0xE2 && isStableStarter(UTF8Scalar.decode(bytes, at: i).0) ? 3 : nil
    }

    /// Scalars that NFC leaves alone whatever surrounds them: not combining,
    /// never the second half of a composition, not a singleton. Covers
    /// precomposed Vietnamese and the usual punctuation, so ordinary NFC
    /// articles skip ICU (and the UTF-16 copy it needs) entirely.
    @inline(__always) static func isStableStarter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x300 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2002 && v <= 0x206F) || (v >= 0x20A0 && v <= 0x20BF)
    }

    /// Unicode NFD (base letters followed by combining marks).
    public static func nfd(_ text: String) -> String {
        let units = UTF16Text.units(text)
        let (out, error) = withGrowingBuffer(initial: units.count * 3 + 16) { dst, cap, err in
            vn_nfd(units, Int32(units.count), dst, cap, &err)
        }
        return error == 0 ? out : text
    }

    /// An ICU transform, e.g. `"Any-Lower; Latin-ASCII"`.
    public static func transliterate(_ text: String, _ transform: String) -> String {
        let units = UTF16Text.units(text)
        let (out, error) = withGrowingBuffer(initial: units.count * 2 + 16) { dst, cap, err in
            transform.withCString { vn_translit($0, units, Int32(units.count), dst, cap, &err) }
        }
        return error == 0 ? out : text
    }

    /// Bytes of `text` in an ICU charset (`"windows-1258"`, `"UTF-16LE"`, ...) and
    /// the number of characters the charset cannot represent (written as its
    /// substitution byte). Mostly for tests and fixtures; nil when ICU fails.
    public static func encode(_ text: String, charset: String) -> (bytes: [UInt8], unmappable: Int)? {
        let units = UTF16Text.units(text)
        var capacity = units.count * 4 + 16
        for _ in 0..<2 {
            var out = [UInt8](repeating: 0, count: capacity)
            var unmappable: Int32 = 0, error: Int32 = 0
            let n = out.withUnsafeMutableBufferPointer { dst in
                dst.withMemoryRebound(to: CChar.self) { cdst in
                    vn_encode(charset, units, Int32(units.count), cdst.baseAddress, Int32(capacity), &unmappable, &error)
                }
            }
            if error == 15 { capacity = Int(n) + 16; continue }
            if error > 0 { return nil }
            return (Array(out[0..<Int(n)]), Int(unmappable))
        }
        return nil
    }

    /// Word-break boundaries of ICU's word iterator (locale "vi"), as scalar
    /// offsets including 0 and the end. A cross-check for ``Tokenizer``, which
    /// is faster and keeps numbers and document symbols whole.
    public static func wordBoundaries(_ text: String) -> [Int] {
        let units = UTF16Text.units(text)
        guard !units.isEmpty else { return [0] }
        var capacity = units.count + 2
        var boundaries: [Int32] = []
        for _ in 0..<2 {
            var out = [Int32](repeating: 0, count: capacity)
            var error: Int32 = 0
            let n = out.withUnsafeMutableBufferPointer { vn_word_boundaries(units, Int32(units.count), $0.baseAddress, Int32(capacity), &error) }
            if error == 15 { capacity = Int(n) + 2; continue }
            if error > 0 { return [0, text.unicodeScalars.count] }
            boundaries = Array(out[0..<Int(n)])
            break
        }
        // UTF-16 offsets to scalar offsets.
        var result: [Int] = []
        result.reserveCapacity(boundaries.count)
        var unit = 0, scalar = 0, b = 0
        for s in text.unicodeScalars {
            while b < boundaries.count, Int(boundaries[b]) <= unit { result.append(scalar); b += 1 }
            unit += s.utf16.count; scalar += 1
        }
        while b < boundaries.count { result.append(scalar); b += 1 }
        return result
    }

    /// The name of an ICU error code, for diagnostics.
    public static func errorName(_ code: Int32) -> String {
        String(cString: vn_error_name(code))
    }
}
