/// An open-addressing hash table from short UTF-8 byte strings to `Int32`.
///
/// Every token of every article is looked up in the lexicon vocabulary.
/// Hashing or comparing a non-ASCII Swift `String` normalizes it on the fly
/// (Unicode canonical equivalence), which made those lookups the largest part
/// of keying an article; keys built by ``ToneKey`` are already canonical bytes,
/// so hashing and comparing the bytes is both correct and several times cheaper.
struct ByteKeyTable: Sendable {
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    private var hashes: [UInt32] = []
    /// Entry `e` is `arena[offsets[e]..<offsets[e + 1]]`.
    private var offsets: [Int32] = [0]
    private var arena: [UInt8] = []
    private var values: [Int32] = []

    init(capacity: Int = 64) {
        var n = 16
        while n < capacity * 2 { n *= 2 }
        slots = [Int32](repeating: 0, count: n)
    }

    var count: Int { values.count }

    /// FNV-1a: short keys, no need for a keyed hash (the keys come from our own lexicons).
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = Self.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = Int(h) & mask
            while true {
                let s = Int(slots[i])
                if s == 0 { return nil }
                if hashes[s - 1] == h && equals(s - 1, bytes) { return values[s - 1] }
                i = (i + 1) & mask
            }
        }
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
            hashes.append(Self.hash(bytes))
            arena.append(contentsOf: bytes)
            offsets.append(Int32(arena.count))
            values.append(value)
            place(values.count - 1)
        }
    }

    private func equals(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let from = Int(offsets[e]), to = Int(offsets[e + 1])
        guard to - from == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for k in 0..<bytes.count where a[from + k] != bytes[k] { return false }
            return true
        }
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var i = Int(hashes[e]) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = Int32(e + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for e in values.indices { place(e) }
    }
}
