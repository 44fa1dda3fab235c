import VietText

/// Byte-level stand-ins for `Character` operations on simple text (``ScalarText/isSimple(_:)``).
///
/// Why: splitting a paragraph on " " and joining it again, or finding a '[' by `Character`,
/// breaks the whole paragraph into graphemes, and one-paragraph bodies are most of an
/// article's bytes. In simple text every scalar is a grapheme of its own, so the ' '
/// character is exactly the byte 0x20 and an ASCII character is exactly its byte: the byte
/// loops below give the `Character` answers (tests compare them on real and random text).
enum SimpleBytes {
    /// `text.split(separator: " ").joined(separator: " ")` for simple `text`: runs of ' '
    /// made one, none at the ends. Returns `text` itself when there is nothing to change.
    static func collapsingSpaces(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let n = bytes.count
            guard n > 0 else { return nil }
            var clean = bytes[0] != 0x20 && bytes[n - 1] != 0x20
            if clean {
                var i = 1
                while i < n {
                    if bytes[i] == 0x20, bytes[i - 1] == 0x20 { clean = false; break }
                    i += 1
                }
            }
            if clean { return nil }
            return String(unsafeUninitializedCapacity: n) { out in
                var c = 0, pending = false
                for b in bytes {
                    if b == 0x20 { pending = c > 0; continue }
                    if pending { out[c] = 0x20; c += 1; pending = false }
                    out[c] = b; c += 1
                }
                return c
            }
        } ?? text
    }

    /// The index of the first `byte` at or after `from`, or `bytes.count`.
    @inline(__always)
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        while i < bytes.count, bytes[i] != byte { i += 1 }
        return i
    }

    /// The first ' ' at or after `from` (or `bytes.count`), eight bytes at a time: a block
    /// without a 0x20 byte is skipped whole. Why: word-start scans spent most of their time
    /// stepping through the letters of each word.
    @inline(__always)
    static func nextSpace(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = bytes.count
        var i = from
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let x = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) ^ (0x20 * ones)
            if (x &- ones) & ~x & high != 0 { break }
            i += 8
        }
        while i < n, bytes[i] != 0x20 { i += 1 }
        return i
    }

    /// 0x80 in each byte of `x` that is zero, exactly (no borrow runs from byte to byte).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x) & ~low
    }

    /// Calls `body` with each word start (a byte other than ' ', first or after a ' ') whose
    /// byte is one of the lowercase ASCII `letters` in either case, or a lead byte (≥ 0xC0),
    /// in increasing order. Eight bytes at a time: masks of spaces and of wanted bytes, the
    /// wanted bytes right after a space are the starts. Why: a loop stopping at every word
    /// start mispredicted a branch per word.
    @inline(__always)
    static func forEachWordStart(_ bytes: UnsafeBufferPointer<UInt8>, letters: [UInt8], _ body: (Int) -> Void) {
        let n = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        var afterSpace = true   // the byte before i is a space, or i is 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
            let spaces = zeroBytes(w ^ (0x20 &* ones))
            let lowered = w | (0x20 &* ones)
            var wanted = w & (w << 1) & high   // bits 7 and 6 set: a lead byte
            for letter in letters { wanted |= zeroBytes(lowered ^ (UInt64(letter) &* ones)) }
            var starts = wanted & ((spaces << 8) | (afterSpace ? 0x80 : 0))
            while starts != 0 {
                body(i + starts.trailingZeroBitCount / 8)
                starts &= starts - 1
            }
            afterSpace = spaces >> 63 != 0
            i += 8
        }
        while i < n {
            let b = bytes[i]
            if afterSpace, b >= 0xC0 || letters.contains(b | 0x20) { body(i) }
            afterSpace = b == 0x20
            i += 1
        }
    }

    /// ``BodyRepair/removeBracketLinks(_:)`` for simple text: '[' and ']' searched as bytes,
    /// the inner words counted on ' ', the first character's case read from the table.
    static func removeBracketLinks(_ paragraph: String) -> String {
        var paragraph = paragraph
        let out: [UInt8]? = paragraph.withUTF8 { bytes in
            let n = bytes.count
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var rest = 0
            while true {
                let open = index(of: 0x5B, in: bytes, from: rest)
                guard open < n else { break }
                let close = index(of: 0x5D, in: bytes, from: open)
                guard close < n else { break }
                let inner = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close])
                var words = 0, inWord = false
                for b in inner {
                    if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
                }
                let upperFirst = !inner.isEmpty
                    && ScalarText.flags(UTF8Scalar.decode(inner, at: 0).0) & ScalarText.isUppercaseFlag != 0
                let isLink = words >= 5 && upperFirst
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<open]))
                if !isLink { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open...close])) }
                rest = close + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<n]))
            return out
        }
        return collapsingSpaces(UTF8Buffer.string(validUTF8: out ?? []))
    }
}
