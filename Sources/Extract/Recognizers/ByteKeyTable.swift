import Foundation

/// An open-addressing hash table from short UTF-8 byte strings to `Int32`.
///
/// Every token of every article is looked up in the lexicon vocabulary.
/// Hashing or comparing a non-ASCII Swift `String` normalizes it on the fly
/// (Unicode canonical equivalence), which made those lookups the largest part
/// of keying an article; keys built by ``ToneKey`` are already canonical bytes,
/// so hashing and comparing the bytes is both correct and several times cheaper.
///
/// Keys of at most 16 bytes (every Vietnamese syllable key) are also held as two
/// little-endian words, zero-padded: such a key is hashed with two multiplies
/// and compared with two word compares, where a byte-by-byte FNV hash and a
/// `memcmp` call were most of the cost of keying a token.
struct ByteKeyTable: Sendable {
    /// Per slot: the entry's hash in the high 32 bits and its index + 1 in the
    /// low ones (0 for an empty slot), so a probe reads one word; the count is
    /// a power of two.
    private var slots: [UInt64]
    /// Entry `e` is `arena[offsets[e]..<offsets[e + 1]]`.
    private var offsets: [Int32] = [0]
    private var arena: [UInt8] = []
    /// Entry `e`'s first 16 bytes packed at `2e` and `2e + 1` (see ``pack(_:)``).
    private var packed: [UInt64] = []
    private var values: [Int32] = []

    /// Keys up to this many bytes are hashed and compared as two words.
    static let packedLength = 16

    init(capacity: Int = 64) {
        var n = 16
        while n < capacity * 2 { n *= 2 }
        slots = [UInt64](repeating: 0, count: n)
    }

    var count: Int { values.count }

    /// FNV-1a for keys longer than ``packedLength``: short keys, no need for a
    /// keyed hash (the keys come from our own lexicons).
    @inline(__always) static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The hash of a key of at most ``packedLength`` bytes from its packed words.
    @inline(__always) static func hash(_ lo: UInt64, _ hi: UInt64, _ count: Int) -> UInt32 {
        var h = lo &* 0x9E37_79B9_7F4A_7C15 ^ (hi &+ UInt64(truncatingIfNeeded: count)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The hash of any key, as the table stores it.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard bytes.count <= packedLength else { return fnv(bytes) }
        let (lo, hi) = pack(bytes)
        return hash(lo, hi, bytes.count)
    }

    /// Byte `k` of a key of at most 16 bytes at bits `8k` of the first word
    /// (`k < 8`) or of the second, the rest zero.
    @inline(__always) static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for k in 0..<min(bytes.count, 16) {
            if k < 8 { lo |= UInt64(bytes[k]) << (8 * UInt64(k)) } else { hi |= UInt64(bytes[k]) << (8 * UInt64(k - 8)) }
        }
        return (lo, hi)
    }

    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        if bytes.count <= Self.packedLength {
            let (lo, hi) = Self.pack(bytes)
            return value(lo: lo, hi: hi, count: bytes.count)
        }
        guard let e = longEntry(bytes) else { return nil }
        return values[e]
    }

    /// The value of a key of at most ``packedLength`` bytes given packed (see ``pack(_:)``).
    @inline(__always)
    func value(lo: UInt64, hi: UInt64, count: Int) -> Int32? {
        let h = Self.hash(lo, hi, count)
        return slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                packed.withUnsafeBufferPointer { packed in
                    let mask = slots.count - 1
                    var i = Int(h) & mask
                    while true {
                        let s = slots[i]
                        if s == 0 { return nil }
                        if UInt32(truncatingIfNeeded: s >> 32) == h {
                            let e = Int(UInt32(truncatingIfNeeded: s)) - 1
                            if packed[2 * e] == lo && packed[2 * e + 1] == hi
                                && Int(offsets[e + 1] - offsets[e]) == count {
                                return values[e]
                            }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    /// The value of the key in a ``KeyBuffer`` (the keying passes' lookup).
    @inline(__always)
    func value(_ key: KeyBuffer) -> Int32? {
        guard key.count <= Self.packedLength else { return value(key.bytes) }
        let (lo, hi) = key.packedWords
        return value(lo: lo, hi: hi, count: key.count)
    }

    func value(_ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { value($0) }
    }

    /// Adds `key` with `value`, or keeps the value already stored for it.
    mutating func insert(_ key: String, _ value: Int32) {
        var key = key
        key.withUTF8 { bytes in
            guard self.value(bytes) == nil else { return }
            if (values.count + 1) * 2 > slots.count { grow() }
            arena.append(contentsOf: bytes)
            offsets.append(Int32(arena.count))
            let (lo, hi) = Self.pack(bytes)
            packed.append(lo); packed.append(hi)
            values.append(value)
            place(values.count - 1, Self.hash(bytes))
        }
    }

    /// The entry of a key longer than ``packedLength``, compared byte by byte.
    private func longEntry(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
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
                                && memcmp(arena.baseAddress! + from, bytes.baseAddress!, bytes.count) == 0 {
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
