import Foundation

/// An open-addressing hash table from short UTF-8 byte strings to `Int32`.
///
/// Every token of every article is looked up in the lexicon vocabulary.
/// Hashing or comparing a non-ASCII Swift `String` normalizes it on the fly
/// (Unicode canonical equivalence), which made those lookups the largest part
/// of keying an article; keys built by ``ToneKey`` are already canonical bytes,
/// so hashing and comparing the bytes is both correct and several times cheaper.
///
/// Keys of at most 16 bytes (every Vietnamese syllable key) live in a table of
/// their own, as two little-endian words, zero-padded, with a slot word that
/// holds part of the hash, the length and the value: such a key is hashed with
/// two multiplies, ruled out by one 8-byte slot read (most tokens are no
/// lexicon word) and found with one more read of the packed key, where a
/// byte-by-byte FNV hash, a `memcmp` and a chain of dependent reads (slot,
/// offsets, arena, value), each a likely cache miss, were most of the cost of
/// keying a token.
struct ByteKeyTable: Sendable {
    /// Long keys, per slot: the entry's hash in the high 32 bits and its index
    /// + 1 in the low ones (0 for an empty slot); the count is a power of two.
    private var slots: [UInt64]
    /// Short keys, per slot: 0 when empty, else bit 63, 16 bits of the hash at
    /// bits 40–55, the key's length at bits 32–39 and the value's bit pattern
    /// in the low 32 bits. At most half full; the count is a power of two.
    private var shortMeta: [UInt64]
    /// The packed key of each short slot at `2i` and `2i + 1` (see ``pack(_:)``).
    private var shortKeys: [UInt64]
    private var shortCount = 0
    /// Entry `e` is `arena[offsets[e]..<offsets[e + 1]]`.
    private var offsets: [Int32] = [0]
    private var arena: [UInt8] = []
    private var values: [Int32] = []


    /// Keys up to this many bytes are hashed and compared as two words.
    static let packedLength = 16

    init(capacity: Int = 64) {
        var n = 16
        while n < capacity * 2 { n *= 2 }
        slots = [UInt64](repeating: 0, count: n)
        shortMeta = [UInt64](repeating: 0, count: n)
        shortKeys = [UInt64](repeating: 0, count: 2 * n)
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
        let tag = Self.tag(h, count)
        return shortMeta.withUnsafeBufferPointer { meta in
            shortKeys.withUnsafeBufferPointer { keys in
                let mask = meta.count - 1
                var i = Int(h) & mask
                while true {
                    let m = meta[i]
                    if m == 0 { return nil }
                    if m & 0xFFFF_FFFF_0000_0000 == tag && keys[2 * i] == lo && keys[2 * i + 1] == hi {
                        return Int32(bitPattern: UInt32(truncatingIfNeeded: m))
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// The high half of a used short slot's word for a key of `count` bytes with hash `h`.
    @inline(__always) private static func tag(_ h: UInt32, _ count: Int) -> UInt64 {
        1 << 63 | UInt64(h >> 16) << 40 | UInt64(truncatingIfNeeded: count) << 32
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
            arena.append(contentsOf: bytes)
            offsets.append(Int32(arena.count))
            values.append(value)
            if bytes.count <= Self.packedLength {
                if (shortCount + 1) * 2 > shortMeta.count { growShort() }
                let (lo, hi) = Self.pack(bytes)
                placeShort(lo, hi, Self.tag(Self.hash(lo, hi, bytes.count), bytes.count) | UInt64(UInt32(bitPattern: value)))
                shortCount += 1
            } else {
                if (values.count + 1) * 2 > slots.count { grow() }
                place(values.count - 1, Self.hash(bytes))
            }
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

    private mutating func placeShort(_ lo: UInt64, _ hi: UInt64, _ meta: UInt64) {
        let mask = shortMeta.count - 1
        var i = Int(Self.hash(lo, hi, Int((meta >> 32) & 0xFF))) & mask
        while shortMeta[i] != 0 { i = (i + 1) & mask }
        shortMeta[i] = meta; shortKeys[2 * i] = lo; shortKeys[2 * i + 1] = hi
    }

    private mutating func growShort() {
        let oldMeta = shortMeta, oldKeys = shortKeys
        shortMeta = [UInt64](repeating: 0, count: oldMeta.count * 2)
        shortKeys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        for (i, m) in oldMeta.enumerated() where m != 0 { placeShort(oldKeys[2 * i], oldKeys[2 * i + 1], m) }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for s in old where s != 0 {
            place(Int(UInt32(truncatingIfNeeded: s)) - 1, UInt32(truncatingIfNeeded: s >> 32))
        }
    }
}
