import VietText

/// What keying found out about each short token text of one article (its
/// vocabulary id, case flags and folded initial), so that a repeated token
/// ("của", "và", ",", "năm") is keyed once: Vietnamese press text is a few
/// hundred distinct syllables repeated, and looking a token up here by its
/// packed scalars costs a fraction of building and hashing its key.
///
/// Everything remembered is a function of the token's kind and scalars only
/// (line starts are per position and not kept here).
struct KeyingMemo {
    /// Tokens of up to this many scalars are remembered: 21 bits each, three
    /// to a word, so the two words hold the text exactly.
    static let maxScalars = 6

    /// What ``KeyedTokens`` stores for a token.
    struct Entry {
        var id: Int32
        var capitalized, allCaps, nameSyllable: Bool
        var foldedInitial: UInt8
    }

    /// Two words per slot: the packed scalars.
    private let keys: UnsafeMutablePointer<UInt64>
    /// Per slot: 0 when empty, else the entry, the scalar count and the kind (see ``payload``).
    private let payloads: UnsafeMutablePointer<UInt64>
    private let mask: Int
    private var count = 0

    init(tokens n: Int) {
        var capacity = 64
        while capacity < 2 * n && capacity < 1 << 14 { capacity *= 2 }
        mask = capacity - 1
        keys = .allocate(capacity: 2 * capacity)
        payloads = .allocate(capacity: capacity)
        payloads.initialize(repeating: 0, count: capacity)
        keys.initialize(repeating: 0, count: 2 * capacity)
    }

    func free() { keys.deallocate(); payloads.deallocate() }

    /// The scalars (at most ``maxScalars``), 21 bits each: three in each word.
    @inline(__always) static func pack(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (UInt64, UInt64) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for j in 0..<scalars.count {
            let v = UInt64(scalars[j].value)
            if j < 3 { lo |= v << UInt64(21 * j) } else { hi |= v << UInt64(21 * (j - 3)) }
        }
        return (lo, hi)
    }

    @inline(__always) private func slot(_ lo: UInt64, _ hi: UInt64) -> Int {
        var h = lo &* 0x9E37_79B9_7F4A_7C15 ^ hi &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 31
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The bits of a payload that say which text it is: occupied, scalar count, kind.
    @inline(__always) private static func tag(_ count: Int, _ kind: Token.Kind) -> UInt64 {
        1 << 63 | UInt64(truncatingIfNeeded: count) << 48 | UInt64(kind.rawValue) << 56
    }
    private static let tagMask: UInt64 = 1 << 63 | 0xFF << 48 | 0x7F << 56

    @inline(__always)
    func find(_ lo: UInt64, _ hi: UInt64, count: Int, kind: Token.Kind) -> Entry? {
        let tag = Self.tag(count, kind)
        var i = slot(lo, hi)
        while true {
            let p = payloads[i]
            if p == 0 { return nil }
            if p & Self.tagMask == tag && keys[2 * i] == lo && keys[2 * i + 1] == hi {
                return Entry(id: Int32(bitPattern: UInt32(truncatingIfNeeded: p)),
                             capitalized: p & 1 << 32 != 0, allCaps: p & 1 << 33 != 0, nameSyllable: p & 1 << 34 != 0,
                             foldedInitial: UInt8(truncatingIfNeeded: p >> 40))
            }
            i = (i + 1) & mask
        }
    }

    /// Remembers a text not found before; a full table (at most half its slots) takes no more.
    @inline(__always)
    mutating func insert(_ lo: UInt64, _ hi: UInt64, count: Int, kind: Token.Kind, _ e: Entry) {
        guard 2 * (self.count + 1) <= mask + 1 else { return }
        var i = slot(lo, hi)
        while payloads[i] != 0 { i = (i + 1) & mask }
        keys[2 * i] = lo; keys[2 * i + 1] = hi
        payloads[i] = Self.tag(count, kind) | UInt64(UInt32(bitPattern: e.id))
            | (e.capitalized ? 1 << 32 : 0) | (e.allCaps ? 1 << 33 : 0) | (e.nameSyllable ? 1 << 34 : 0)
            | UInt64(e.foldedInitial) << 40
        self.count += 1
    }
}
