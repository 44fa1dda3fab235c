import VietText

/// The trimmed, non-empty lines of a text as byte ranges of its UTF-8.
///
/// Why: splitting looked at every byte of every paragraph to track the first and
/// last kept scalar, yet only newlines matter inside a line and trimming only at
/// its two ends. Newline scalars are ASCII 0A–0D, U+0085 (C2 85) and U+2028/9
/// (E2 80 A8/A9), so blocks of eight bytes without a byte below 0x0E, a C2 or an
/// E2 are skipped whole; then each line is trimmed from both ends, decoding a
/// scalar only when it is not ASCII. Same lines as splitting on
/// ``ScalarText/isNewline(_:)`` and trimming ``ScalarText/isTrimmed(_:)``.
enum LineSplitter {
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while true {
            let (end, length) = nextNewline(bytes, from: start)
            if let range = trimmed(bytes, start, end) { lines.append(range) }
            guard end < bytes.count else { return lines }
            start = end + length
        }
    }

    /// The first newline scalar at or after `i` (a scalar start) and its length in bytes;
    /// `(bytes.count, 0)` when there is none.
    @inline(__always)
    static func nextNewline(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
        let n = bytes.count
        var i = start
        while true {
            // Eight bytes at once: none below 0x0E, none C2 or E2 (continuation bytes never are).
            while i + 8 <= n {
                let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
                let below = (w &- 0x0E * ones) & ~w & high
                let c2 = w ^ (0xC2 * ones), e2 = w ^ (0xE2 * ones)
                if below | ((c2 &- ones) & ~c2 & high) | ((e2 &- ones) & ~e2 & high) != 0 { break }
                i += 8
            }
            let stop = min(i + 8, n)
            while i < stop {
                let b = bytes[i]
                if b >= 0x0A && b <= 0x0D { return (i, 1) }
                if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 { return (i, 2) }
                if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return (i, 3) }
                i += 1
            }
            if i >= n { return (n, 0) }
        }
    }

    /// `bytes[start..<end]` without the trimmed scalars at its ends; `nil` when nothing is left.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int>? {
        var p = start
        while p < end {
            let b = bytes[p]
            if b < 0x80 {
                guard b == 0x20 || b == 0x09 else { break }
                p += 1
                continue
            }
            let (s, length) = UTF8Scalar.decode(bytes, at: p)
            guard ScalarText.isTrimmed(s) else { break }
            p += length
        }
        guard p < end else { return nil }
        var q = end
        while q > p {
            let b = bytes[q - 1]
            if b < 0x80 {
                guard b == 0x20 || b == 0x09 else { break }
                q -= 1
                continue
            }
            var k = q - 1
            while bytes[k] & 0xC0 == 0x80 { k -= 1 }
            guard ScalarText.isTrimmed(UTF8Scalar.decode(bytes, at: k).0) else { break }
            q = k
        }
        return p..<q
    }
}
