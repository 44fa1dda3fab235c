import VietText

/// Whole-word matching of lexicon entries in folded text, on UTF-8 bytes.
///
/// Why: `String.hasPrefix` and Foundation's `range(of:)` compare by `Character`
/// (grapheme breaking, canonical equivalence) and cost more than every rule of
/// the classifier together. Lexicon entries fold to ASCII, and for an ASCII
/// entry a byte comparison gives the `Character` answer whenever the scalars
/// around the match are simple (``ScalarText/isSimple(_:)``): then every scalar
/// is a grapheme of its own and no other spelling is canonically equal to ASCII.
/// Each function returns `nil` when it cannot decide that way; callers then run
/// the original `Character` code.
enum FoldedMatch {
    /// `Character.isLetter || Character.isNumber` for a simple scalar.
    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        ScalarText.flags(s) & (ScalarText.isLetterFlag | ScalarText.isNumberFlag) != 0
    }

    /// The scalar that ends just before byte `p` (a scalar boundary), if any.
    @inline(__always)
    static func scalar(before p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard p > 0 else { return nil }
        var start = p - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return UTF8Scalar.decode(bytes, at: start).0
    }

    /// ``IngestLexicon/startsWithWords(_:_:)`` on bytes: `text` starts with the ASCII
    /// `entry`, and the entry does not end inside a word.
    static func startsWithWords(_ text: UnsafeBufferPointer<UInt8>, _ entry: [UInt8], entryEndsWithLetter: Bool) -> Bool? {
        let m = entry.count
        let window = min(m, text.count)
        var equal = text.count >= m
        for k in 0..<window {
            let b = text[k]
            if b >= 0x80 { return nil }   // a non-ASCII spelling might still be canonically equal
            if b != entry[k] { equal = false }
        }
        guard equal else { return false }
        guard m < text.count else { return true }
        let (next, length) = UTF8Scalar.decode(text, at: m)
        // The next character must be that one scalar: it and the scalar after it are simple.
        guard ScalarText.isSimple(next) else { return nil }
        if m + length < text.count, !ScalarText.isSimple(UTF8Scalar.decode(text, at: m + length).0) { return nil }
        return !isAlnum(next) || !entryEndsWithLetter
    }

    /// ``IngestLexicon/containsWords(_:_:)`` on bytes, for a `text` made of simple scalars:
    /// the ASCII `entry` occurs with no letter or digit right before or after it.
    static func containsWords(simple text: UnsafeBufferPointer<UInt8>, _ entry: [UInt8]) -> Bool {
        let m = entry.count, n = text.count
        guard m > 0, m <= n else { return false }   // Foundation finds no empty string
        let first = entry[0]
        var p = 0
        while p + m <= n {
            if text[p] == first, matches(text, at: p, entry) {
                let okBefore = scalar(before: p, in: text).map { !isAlnum($0) } ?? true
                let okAfter = p + m == n || !isAlnum(UTF8Scalar.decode(text, at: p + m).0)
                if okBefore && okAfter { return true }
            }
            p += 1
        }
        return false
    }

    /// The index of the first of the ASCII `entries` that ``containsWords(simple:_:)`` finds
    /// in `text` (`entries.count` when none), in one pass over `text` instead of one per
    /// entry: at each position only the entries starting with its byte are compared, and
    /// the lowest index matching anywhere is the first entry that matches.
    static func firstContained(simple text: UnsafeBufferPointer<UInt8>, _ entries: [[UInt8]]) -> Int {
        var firsts = (UInt64(0), UInt64(0))   // bit b: some entry starts with byte b
        for entry in entries where !entry.isEmpty {
            let f = entry[0]
            if f < 64 { firsts.0 |= 1 << f } else { firsts.1 |= 1 << (f - 64) }
        }
        var best = entries.count
        let n = text.count
        for p in 0..<n {
            let b = text[p]
            guard b < 0x80, (b < 64 ? firsts.0 >> b : firsts.1 >> (b - 64)) & 1 != 0 else { continue }
            for k in 0..<best {
                let entry = entries[k], m = entry.count
                guard m > 0, entry[0] == b, p + m <= n, matches(text, at: p, entry) else { continue }
                let okBefore = scalar(before: p, in: text).map { !isAlnum($0) } ?? true
                let okAfter = p + m == n || !isAlnum(UTF8Scalar.decode(text, at: p + m).0)
                if okBefore && okAfter { best = k; break }
            }
            if best == 0 { break }
        }
        return best
    }

    /// `text[p..<p+entry.count] == entry`; the caller keeps it in bounds.
    @inline(__always)
    static func matches(_ text: UnsafeBufferPointer<UInt8>, at p: Int, _ entry: [UInt8]) -> Bool {
        var k = 0
        while k < entry.count {
            if text[p + k] != entry[k] { return false }
            k += 1
        }
        return true
    }

    /// Byte offset where the last `count` scalars of `text` start (0 when it has fewer).
    static func offsetOfLast(_ count: Int, scalarsIn text: UnsafeBufferPointer<UInt8>) -> Int {
        var p = text.count, seen = 0
        while p > 0, seen < count {
            p -= 1
            if text[p] & 0xC0 != 0x80 { seen += 1 }
        }
        return p
    }
}
