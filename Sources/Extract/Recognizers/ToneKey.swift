import VietText

/// Lexicon key of a syllable: lowercase, vowel marks kept, the tone mark moved
/// to the end. "Thành uỷ" and "thành ủy" share keys, while "Trưởng" (head of)
/// and "Trường" (school) do not, which folding alone would merge.
enum ToneKey {
    static let tones: [UInt32: UInt8] = [0x300: 0x32, 0x301: 0x31, 0x303: 0x34, 0x309: 0x33, 0x323: 0x35]
    static let size = 0x1F00
    /// Per scalar below U+1F00: its lowercase letter without tone, and the tone digit (ASCII, or 0).
    static let table: [(Unicode.Scalar, UInt8)] = (0..<size).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return ("\u{FFFD}", 0) }
        let lower = Folding.lower(s)
        if v < 0x80 { return (lower, 0) }
        var tone: UInt8 = 0
        var rest = String.UnicodeScalarView()
        for d in ICU.nfd(String(lower)).unicodeScalars {
            if let t = tones[d.value] { tone = t } else { rest.append(d) }
        }
        let base = ICU.nfc(String(rest)).unicodeScalars
        return (base.count == 1 ? base.first! : lower, tone)
    }

    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let scalars = Array(text.unicodeScalars)
        var out = KeyBuffer()
        defer { out.free() }
        out.reset(scalars: scalars.count)
        var tone: UInt8 = 0
        table.withUnsafeBufferPointer { table in
            for s in scalars { append(s, to: &out, tone: &tone, table: table) }
        }
        if tone != 0 { out.appendByte(tone) }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Appends the key bytes of one scalar (its tone, if any, goes to `tone`
    /// and is written once after the last scalar): the per-scalar step of
    /// ``key(_:)``, shared with ``KeyedTokens``, which keys an article without
    /// building a String per token. `table` is ``table``, read once by the caller.
    @inline(__always)
    static func append(_ s: Unicode.Scalar, to out: inout KeyBuffer, tone: inout UInt8,
                       table: UnsafeBufferPointer<(Unicode.Scalar, UInt8)>) {
        let v = Int(s.value)
        if v < 0x80 {
            out.appendByte(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v))
            return
        }
        if v >= 0x300 && v <= 0x323, let t = tones[s.value] { tone = t; return }
        if v < size {
            let (b, t) = table[v]
            if t != 0 { tone = t }
            out.append(b)
        } else {
            out.append(s)
        }
    }
}

/// Scratch bytes for one key: UTF-8 written in place, with room reserved
/// up front for every scalar of the token (4 bytes each, plus the tone digit).
struct KeyBuffer {
    private var base: UnsafeMutablePointer<UInt8>?
    private var capacity = 0
    private(set) var count = 0

    /// Empties the buffer and makes room for a key of `scalars` scalars.
    mutating func reset(scalars: Int) {
        count = 0
        let need = scalars * 4 + 1
        if need > capacity {
            base?.deallocate()
            capacity = max(need, 64)
            base = .allocate(capacity: capacity)
            // Initialized, so that ``packedWords`` may load 16 bytes past a shorter key.
            base!.initialize(repeating: 0, count: capacity)
        }
    }

    /// The key (at most ``ByteKeyTable/packedLength`` bytes) packed as
    /// ``ByteKeyTable/pack(_:)`` packs it: two word loads and masks instead of a byte loop.
    @inline(__always) var packedWords: (UInt64, UInt64) {
        let raw = UnsafeRawPointer(base!)
        let lo = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let hi = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let c = UInt64(truncatingIfNeeded: count)
        let loMask: UInt64 = c >= 8 ? ~0 : (1 << (8 * c)) &- 1
        let hiMask: UInt64 = c >= 16 ? ~0 : c <= 8 ? 0 : (1 << (8 * (c - 8))) &- 1
        return (lo & loMask, hi & hiMask)
    }

    /// False for a buffer never reset, which scans use to skip keying.
    var hasRoom: Bool { base != nil }
    var isEmpty: Bool { count == 0 }
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always) mutating func appendByte(_ b: UInt8) { base![count] = b; count += 1 }
    @inline(__always) mutating func append(_ c: Unicode.Scalar) { count += UTF8Buffer.write(c, to: base! + count) }

    mutating func free() { base?.deallocate(); base = nil; capacity = 0; count = 0 }
}
