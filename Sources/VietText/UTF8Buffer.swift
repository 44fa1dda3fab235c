/// Scalar-to-UTF-8 encoding into a byte buffer, shared by the hot paths that
/// build strings from scalars (the tokenizer, the recognizers' lexicon keys).
public enum UTF8Buffer {
    /// A string from scalars, without the slow generic UnicodeScalarView append.
    public static func string(_ scalars: [Unicode.Scalar]) -> String { string(scalars[...]) }

    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count * 2)
        for s in scalars { append(s, to: &bytes) }
        return string(validUTF8: bytes)
    }

    /// A string from bytes that are valid UTF-8 by construction (written scalar by scalar,
    /// or cut at scalar boundaries out of a `String`'s own UTF-8), copied without the
    /// validation `String(decoding:)` runs again: that pass was ~4 % of `extract`, on
    /// bytes this package had just written. The ASCII flag is computed (eight bytes at a
    /// time) so that ASCII strings keep their fast comparisons and hashing. Debug builds
    /// still validate, so that the tests catch a caller whose bytes are not valid.
    public static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        assert(String(validating: bytes, as: UTF8.self) != nil, "UTF8Buffer.string(validUTF8:) given invalid UTF-8")
        guard !bytes.isEmpty else { return "" }
        return unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes)))
    }

    public static func string(validUTF8 bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { string(validUTF8: $0) }
    }

    /// Every byte is below 0x80 (eight at a time; Vietnamese text answers within a few words).
    @inline(__always) static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n { if bytes[i] >= 0x80 { return false }; i += 1 }
        return true
    }

    /// The scalars of a string, decoded from its UTF-8 directly: the generic
    /// `Array(text.unicodeScalars)` goes through an iterator a scalar at a time.
    public static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0, n = 0
                let length = b.count
                while i < length {
                    // Eight ASCII bytes at once (most of press text): one load and mask.
                    if i + 8 <= length,
                       UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for k in 0..<8 { out[n + k] = Unicode.Scalar(b[i + k]) }
                        i += 8; n += 8
                        continue
                    }
                    let lead = UInt32(b[i])
                    var v: UInt32
                    if lead < 0x80 {
                        v = lead; i += 1
                    } else if lead < 0xE0 {
                        v = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if lead < 0xF0 {
                        v = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        v = (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                            | UInt32(b[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String's UTF-8 is always valid, so every value is a scalar.
                    out[n] = Unicode.Scalar(v).unsafelyUnwrapped
                    n += 1
                }
                count = n
            }
        }
    }

    /// Writes the UTF-8 of `c` at `p` (room for 4 bytes) and returns its length.
    @inline(__always) public static func write(_ c: Unicode.Scalar, to p: UnsafeMutablePointer<UInt8>) -> Int {
        let v = c.value
        if v < 0x80 {
            p[0] = UInt8(v); return 1
        } else if v < 0x800 {
            p[0] = UInt8(0xC0 | (v >> 6)); p[1] = UInt8(0x80 | (v & 0x3F)); return 2
        } else if v < 0x10000 {
            p[0] = UInt8(0xE0 | (v >> 12)); p[1] = UInt8(0x80 | ((v >> 6) & 0x3F)); p[2] = UInt8(0x80 | (v & 0x3F))
            return 3
        } else {
            p[0] = UInt8(0xF0 | (v >> 18)); p[1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            p[2] = UInt8(0x80 | ((v >> 6) & 0x3F)); p[3] = UInt8(0x80 | (v & 0x3F))
            return 4
        }
    }

    @inline(__always) public static func append(_ c: Unicode.Scalar, to buffer: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            buffer.append(UInt8(v))
        } else if v < 0x800 {
            buffer.append(UInt8(0xC0 | (v >> 6))); buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            buffer.append(UInt8(0xE0 | (v >> 12))); buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            buffer.append(UInt8(0xF0 | (v >> 18))); buffer.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F))); buffer.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

/// The tokenizer's scratch memory for one token's UTF-8, grown when a token
/// is longer than any before it.
struct TokenScratch {
    private var base: UnsafeMutablePointer<UInt8>?
    private var capacity = 0

    /// Room for 4 bytes per scalar.
    mutating func buffer(scalars: Int) -> UnsafeMutablePointer<UInt8> {
        let need = max(scalars, 16) * 4
        if need > capacity {
            base?.deallocate()
            capacity = need * 2
            base = .allocate(capacity: capacity)
        }
        return base!
    }

    mutating func free() { base?.deallocate(); base = nil; capacity = 0 }
}
