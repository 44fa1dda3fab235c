import CVNICU

/// Per-scalar lowercasing and search folding (lowercase, marks removed, đ→d).
///
/// Folding is done scalar by scalar from tables built once with ICU, so that a
/// folded string has exactly one scalar per scalar of its (NFC) source and
/// offsets found in folded text are offsets in the original.
public enum Folding {
    /// Tables for U+0000..U+1EFF: covers ASCII, Latin-1, Latin Extended A/B and
    /// Latin Extended Additional, where every Vietnamese letter lives.
    static let tableSize = 0x1F00
    static let tables: (lower: [Unicode.Scalar], folded: [Unicode.Scalar]) = {
        var lower = [Unicode.Scalar](repeating: " ", count: tableSize)
        var folded = [Unicode.Scalar](repeating: " ", count: tableSize)
        for value in 0..<tableSize {
            guard let scalar = Unicode.Scalar(UInt32(value)) else {
                lower[value] = "\u{FFFD}"; folded[value] = "\u{FFFD}"; continue
            }
            let low = lowercase(scalar)
            lower[value] = low
            folded[value] = baseLetter(low)
        }
        return (lower, folded)
    }()

    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// The base letter of a lowercase scalar: NFD first scalar, with đ as d.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return scalar }
        if scalar == "đ" || scalar == "Đ" { return "d" }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark { return scalar }
        guard scalar.properties.isAlphabetic else { return scalar }
        let decomposed = ICU.nfd(String(scalar)).unicodeScalars
        guard let base = decomposed.first, base.value < 0x250 else { return scalar }
        return base
    }

    /// ``fold(_:)`` of every scalar below ``tableSize``, for loops that look it up
    /// themselves instead of through the lazily initialised static each time.
    public static var foldTable: [Unicode.Scalar] { tables.folded }

    /// ``lower(_:)`` of every scalar below ``tableSize``, like ``foldTable``.
    public static var lowerTable: [Unicode.Scalar] { tables.lower }

    /// Scalars below this value are in ``foldTable``.
    public static var foldTableSize: Int { tableSize }

    /// Lowercase form of one scalar.
    @inline(__always)
    public static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = Int(scalar.value)
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(UInt8(v + 32)) : scalar }
        return v < tableSize ? tables.lower[v] : lowercase(scalar)
    }

    /// Folded form of one scalar: lowercase, no tone or vowel marks, đ→d.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = Int(scalar.value)
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(UInt8(v + 32)) : scalar }
        return v < tableSize ? tables.folded[v] : lowercase(scalar)
    }

    /// True for combining marks, which folding drops.
    @inline(__always)
    public static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x300 && v <= 0x36F)
    }

    /// Lowercased string, scalar for scalar.
    @inlinable
    public static func lowercased(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        forEachScalar(of: text) { s in
            let v = s.value
            if v < 0x80 { out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v)) } else { appendLowerNonASCII(s, to: &out) }
        }
        return UTF8Buffer.string(validUTF8: out)
    }

    /// Folded string for search and lexicon keys (`"Sở Văn hoá"` → `"so van hoa"`).
    /// Combining marks left in non-NFC input are dropped.
    ///
    /// Built as UTF-8 bytes: appending scalar by scalar to a `String.UnicodeScalarView`
    /// cost more than the folding itself, and press text is mostly ASCII. Inlinable so that
    /// callers in other modules get it specialized for `String` and `Substring`.
    @inlinable
    public static func folded(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        forEachScalar(of: text) { appendFolded($0, to: &out) }
        return UTF8Buffer.string(validUTF8: out)
    }

    /// Appends the UTF-8 of the folded form of `scalar` (nothing for a combining mark).
    @inlinable @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 { out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v)); return }
        appendFoldedNonASCII(scalar, to: &out)
    }

    @usableFromInline
    static func appendFoldedNonASCII(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if isMark(scalar) { return }
        UTF8Buffer.append(fold(scalar), to: &out)
    }

    @usableFromInline
    static func appendLowerNonASCII(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8Buffer.append(lower(scalar), to: &out)
    }

    /// Calls `body` with each scalar of `text`, decoding contiguous UTF-8 directly
    /// (ASCII bytes need no decoding at all).
    @inlinable @inline(__always)
    public static func forEachScalar(of text: some StringProtocol, _ body: (Unicode.Scalar) -> Void) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                body(scalar)
                i += length
            }
        }
        if done == nil { for s in text.unicodeScalars { body(s) } }
    }
}

/// Decoding of one scalar from valid UTF-8 (Swift strings always are).
public enum UTF8Scalar {
    /// Some byte of the 8 at `i` (`i + 8 <= bytes.count`) is ≥ 0xC0, the lead byte of a
    /// multi-byte scalar (bits 7 and 6 both set); scans that only act on lead bytes
    /// skip the other words whole.
    @inlinable @inline(__always)
    public static func hasLeadByte(_ bytes: UnsafeBufferPointer<UInt8>, in8At i: Int) -> Bool {
        let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
        return w & (w << 1) & 0x8080_8080_8080_8080 != 0
    }

    /// The scalar starting at byte `i` and its length in bytes; `i` must be a scalar start.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 {
            let v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F
            return (Unicode.Scalar(v).unsafelyUnwrapped, 2)
        }
        if b0 < 0xF0 {
            let v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F
            return (Unicode.Scalar(v).unsafelyUnwrapped, 3)
        }
        let v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
            | (UInt32(bytes[i + 2]) & 0x3F) << 6 | UInt32(bytes[i + 3]) & 0x3F
        return (Unicode.Scalar(v).unsafelyUnwrapped, 4)
    }
}
