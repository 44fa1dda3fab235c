/// Folded text (lowercase, no diacritics, đ→d) that remembers where each of
/// its scalars came from.
///
/// ``Folding/folded(_:)`` keeps one scalar per NFC scalar, so on normalized
/// text folded offsets are original offsets. Text that is not NFC (decomposed
/// input, stray combining marks) loses its marks when folded and the offsets
/// shift; this type carries the map back so that a match found in folded text
/// can still be highlighted in the text the user gave.
public struct FoldedText: Sendable, Equatable {
    /// The folded text.
    public let text: String
    /// Folded scalar offsets → scalar offsets in the source text.
    public let map: OffsetMap

    /// Folds `source` as it is (no normalization); marks are dropped and mapped around.
    public init(_ source: some StringProtocol) {
        var out = String.UnicodeScalarView()
        var offsets: [Int] = []
        var dropped = false
        var count = 0
        for (i, s) in source.unicodeScalars.enumerated() {
            count = i + 1
            if Folding.isMark(s) { dropped = true; continue }
            out.append(Folding.fold(s))
            offsets.append(i)
        }
        text = String(out)
        map = dropped ? OffsetMap(originalOffsets: offsets, originalCount: count) : .identity(count)
    }

    private init(text: String, map: OffsetMap) { self.text = text; self.map = map }

    /// Normalizes `raw` (``Normalizer/normalizeWithMap(_:)``), then folds it:
    /// the search form of any text, with offsets back into `raw`.
    public static func analyzing(_ raw: String) -> FoldedText {
        let (normalized, normalizedMap) = Normalizer.normalizeWithMap(raw)
        let folded = FoldedText(normalized)
        return FoldedText(text: folded.text, map: folded.map.then(normalizedMap))
    }
}

extension Folding {
    /// ``folded(_:)`` with the offset map back to `text`.
    public static func foldedWithMap(_ text: some StringProtocol) -> FoldedText { FoldedText(text) }
}
