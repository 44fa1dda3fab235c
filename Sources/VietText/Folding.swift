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
    public static func lowercased(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(lower(s)) }
        return String(out)
    }

    /// Folded string for search and lexicon keys (`"Sở Văn hoá"` → `"so van hoa"`).
    /// Combining marks left in non-NFC input are dropped.
    public static func folded(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isMark(s) { out.append(fold(s)) }
        return String(out)
    }
}
