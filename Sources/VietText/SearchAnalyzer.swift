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

    /// Both forms with one normalization: what indexing a long text needs.
    public static func exactAndFolded(_ text: String) -> (exact: String, folded: String) {
        let normalized = Normalizer.normalize(text)
        return (Folding.lowercased(normalized), Folding.folded(normalized))
    }

    /// True when the text has any letter with a diacritic (or đ): such a query
    /// should prefer exact matches.
    public static func hasDiacritics(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x80 && CharClass.isLetter($0) && Folding.fold($0) != Folding.lower($0) }
    }
}
