/// The one analysis policy shared by indexing and querying (as in Lucene's
/// analysis package): whatever is stored is folded exactly the way a query is,
/// so a query typed without diacritics finds the accented text, đ included.
public enum SearchAnalyzer {
    /// Lowercase with diacritics kept, after NFC and uniform tone placement:
    /// the form for exact (accent-aware) matching.
    public static func exact(_ text: String) -> String {
        Folding.lowercased(Normalizer.normalize(text))
    }

    /// Lowercase without diacritics, đ→d: the form for accent-blind matching.
    /// Same length in scalars as the normalized text, so offsets carry over.
    public static func folded(_ text: String) -> String {
        Folding.folded(Normalizer.normalize(text))
    }

    /// Both forms with one normalization: what indexing a title needs.
    public static func exactAndFolded(_ text: String) -> (exact: String, folded: String) {
        withExactAndFolded(text) { exact, folded in
            (UTF8Buffer.string(validUTF8: exact), UTF8Buffer.string(validUTF8: folded))
        }
    }

    /// The accent-blind form and the words of the exact form, each once (see
    /// ``ExactWordSet``): what indexing an article's text needs.
    public static func foldedAndExactWordSet(_ text: String) -> (folded: String, exactWords: String) {
        withExactAndFolded(text) { exact, folded in
            (UTF8Buffer.string(validUTF8: folded), ExactWordSet.collect(exact))
        }
    }

    /// The exact form's words, each once, in order of first appearance, separated by spaces.
    public static func exactWordSet(_ text: String) -> String {
        foldedAndExactWordSet(text).exactWords
    }

    /// True for the scalars the index's `unicode61` tokenizer keeps inside a word:
    /// letters, digits and combining marks (Vietnamese letters without a property lookup).
    @inline(__always)
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v >= 0x300 && v <= 0x36F { return true }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// Writes both forms with one normalization, in one pass into raw buffers
    /// (indexing folds every article's whole text, and growing two arrays byte by
    /// byte was most of the cost), and hands them to `body`. The bytes are valid
    /// UTF-8 by construction: written scalar by scalar from a `String`.
    static func withExactAndFolded<R>(_ text: String,
                                      _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        var normalized = Normalizer.normalize(text)
        return normalized.withUTF8 { bytes in
            // A scalar's lowercase or folded form is at most 1.5 times its UTF-8 length (Ⱥ → ⱥ).
            let capacity = bytes.count * 2 + 4
            let exact = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            let folded = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            defer { exact.deallocate(); folded.deallocate() }
            var e = 0, f = 0, i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    let low = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    exact[e] = low; folded[f] = low
                    e += 1; f += 1; i += 1
                    continue
                }
                let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                i += length
                e += UTF8Buffer.write(Folding.lower(scalar), to: exact + e)
                if !Folding.isMark(scalar) { f += UTF8Buffer.write(Folding.fold(scalar), to: folded + f) }
            }
            return body(UnsafeBufferPointer(start: exact, count: e), UnsafeBufferPointer(start: folded, count: f))
        }
    }

    /// True when the text has any letter with a diacritic (or đ): such a query
    /// should prefer exact matches.
    public static func hasDiacritics(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x80 && CharClass.isLetter($0) && Folding.fold($0) != Folding.lower($0) }
    }
}
