import Foundation

/// An open-addressing hash table from short UTF-8 byte strings to `Int32`.
///
/// Every token of every article is looked up in the lexicon vocabulary.
/// Hashing or comparing a non-ASCII Swift `String` normalizes it on the fly
/// (Unicode canonical equivalence), which made those lookups the largest part
/// of keying an article; keys built by ``ToneKey`` are already canonical bytes,
/// so hashing and comparing the bytes is both correct and several times cheaper.
struct ByteKeyTable: Sendable {
    /// Per slot: the entry's hash in the high 32 bits and its index + 1 in the
    /// low ones (0 for an empty slot), so a probe reads one word; the count is
    /// a power of two.
    private var slots: [UInt64]
    /// Entry `e` is `arena[offsets[e]..<offsets[e + 1]]`.
    private var offsets: [Int32] = [0]
    private var arena: [UInt8] = []
    private var values: [Int32] = []

    init(capacity: Int = 64) {
        var n = 16
        while n < capacity * 2 { n *= 2 }
        slots = [UInt64](repeating: 0, count: n)
    }

    var count: Int { values.count }

    /// FNV-1a: short keys, no need for a keyed hash (the keys come from our own lexicons).
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let e = entry(bytes) else { return nil }
        return values[e]
    }

    func value(_ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { value($0) }
    }

    /// Adds `key` with `value`, or keeps the value already stored for it.
    mutating func insert(_ key: String, _ value: Int32) {
        var key = key
        key.withUTF8 { bytes in
            guard entry(bytes) == nil else { return }
            if (values.count + 1) * 2 > slots.count { grow() }
            arena.append(contentsOf: bytes)
            offsets.append(Int32(arena.count))
            values.append(value)
            place(values.count - 1, Self.hash(bytes))
        }
    }

    @inline(__always)
    private func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let h = Self.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                arena.withUnsafeBufferPointer { arena in
                    let mask = slots.count - 1
                    var i = Int(h) & mask
                    while true {
                        let s = slots[i]
                        if s == 0 { return nil }
                        if UInt32(truncatingIfNeeded: s >> 32) == h {
                            let e = Int(UInt32(truncatingIfNeeded: s)) - 1
                            let from = Int(offsets[e]), to = Int(offsets[e + 1])
                            if to - from == bytes.count
                                && (bytes.isEmpty || memcmp(arena.baseAddress! + from, bytes.baseAddress!, bytes.count) == 0) {
                                return e
                            }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func place(_ e: Int, _ h: UInt32) {
        let mask = slots.count - 1
        var i = Int(h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = UInt64(h) << 32 | UInt64(e + 1)
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for s in old where s != 0 {
            place(Int(UInt32(truncatingIfNeeded: s)) - 1, UInt32(truncatingIfNeeded: s >> 32))
        }
    }
}
