import VietText

/// The data files of `Resources/` that dates, figures and documents read,
/// turned once into phrase tables keyed by folded syllables. A class: the
/// recognizers read it for every token, and copying a struct of a dozen
/// tables each time showed up in profiles.
public final class ExtractLexicons: Sendable {
    public static let shared = ExtractLexicons(Lexicons.shared)

    public let scaleWords: PhraseLexicon
    public let qualifiers: PhraseLexicon
    public let units: PhraseLexicon
    public let unitStopwords: PhraseLexicon
    public let classifiers: PhraseLexicon
    public let unitEnders: PhraseLexicon
    public let numberPrefixes: PhraseLexicon
    public let numberExpressions: PhraseLexicon
    public let dateCues: PhraseLexicon
    public let dateFollowCues: PhraseLexicon
    public let yearCues: PhraseLexicon
    public let documentKinds: PhraseLexicon
    /// Single cue words by vocabulary id.
    let words = CueWords()
    /// Kind codes of document symbols, matched exactly ("QĐ" → "Quyết định").
    public let documentSymbols: [String: String]

    public init(_ lexicons: Lexicons) {
        scaleWords = PhraseLexicon(lexicons.entries("scale-words"))
        qualifiers = PhraseLexicon(lexicons.entries("qualifiers"))
        units = PhraseLexicon(lexicons.entries("units"))
        unitStopwords = PhraseLexicon(lexicons.entries("unit-stopwords"))
        classifiers = PhraseLexicon(lexicons.entries("classifiers"))
        unitEnders = PhraseLexicon(lexicons.entries("unit-enders"))
        numberPrefixes = PhraseLexicon(lexicons.entries("number-prefixes"))
        numberExpressions = PhraseLexicon(lexicons.entries("number-expressions"))
        dateCues = PhraseLexicon(lexicons.entries("date-cues"))
        dateFollowCues = PhraseLexicon(lexicons.entries("date-follow-cues"))
        yearCues = PhraseLexicon(lexicons.entries("year-cues"))
        documentKinds = PhraseLexicon(lexicons.entries("document-kinds"), key: .folded)
        var symbols: [String: String] = [:]
        for line in lexicons.entries("document-symbols") {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { symbols[parts[0]] = parts[1] }
        }
        documentSymbols = symbols
    }
}
