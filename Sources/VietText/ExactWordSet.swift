import Foundation

/// The words of an exact (lowercase, accented) text, each once, in order of
/// first appearance, separated by spaces.
///
/// Why the index stores this instead of the whole exact text: a query typed
/// with diacritics prefers the articles that have its words as typed, and for
/// that the index only needs to know which exact words an article has. Where
/// they stand is known from the accent-blind text, which keeps every position.
/// Indexing the exact text in full doubled the full-text index's work, the
/// larger part of the single writer's time; an article's distinct words are
/// about two fifths of its words (measured on the 20k bench). Words without
/// diacritics are kept too: "giao" typed beside "thông" means the text has
/// "giao", not "giáo".
///
/// Words are cut as ``SearchAnalyzer/isWordScalar(_:)`` cuts them, the way the
/// index's `unicode61` tokenizer does, so that a word kept here is one token there.
enum ExactWordSet {
    static func collect(_ exact: UnsafeBufferPointer<UInt8>) -> String {
        let n = exact.count
        guard n > 0, let base = exact.baseAddress else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(n / 2)
        // Open addressing over the words kept so far, each as (start + 1) << 32 | length
        // in `exact` (0 is an empty slot). A word takes at least two bytes with its
        // separator, so the table, at least twice that many slots, stays at most half full.
        var capacity = 16
        while capacity < 2 * (n / 2 + 1) { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        var i = 0
        while i < n {
            // Skip to the next word; most bytes are ASCII, tested without decoding.
            let lead = exact[i]
            if lead < 0x80 {
                if !isASCIIWordByte(lead) { i += 1; continue }
            } else {
                let (scalar, length) = UTF8Scalar.decode(exact, at: i)
                if !SearchAnalyzer.isWordScalar(scalar) { i += length; continue }
            }
            let start = i
            while i < n {
                let c = exact[i]
                if c < 0x80 {
                    guard isASCIIWordByte(c) else { break }
                    i += 1
                } else {
                    let (scalar, length) = UTF8Scalar.decode(exact, at: i)
                    guard SearchAnalyzer.isWordScalar(scalar) else { break }
                    i += length
                }
            }
            let count = i - start
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for k in start..<i { hash = (hash ^ UInt64(exact[k])) &* 0x100_0000_01B3 }
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
            var seen = false
            while slots[slot] != 0 {
                let kept = slots[slot]
                if Int(kept & 0xFFFF_FFFF) == count, memcmp(base + Int(kept >> 32) - 1, base + start, count) == 0 {
                    seen = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if seen { continue }
            slots[slot] = UInt64(start + 1) << 32 | UInt64(count)
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: exact[start..<i]))
        }
        return UTF8Buffer.string(validUTF8: out)
    }

    @inline(__always)
    static func isASCIIWordByte(_ c: UInt8) -> Bool {
        c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26
    }
}
