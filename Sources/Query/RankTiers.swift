import VietText

/// How matches are ordered: in tiers of match quality, by BM25 inside a tier.
///
/// Why tiers rather than one BM25 over an OR of every variant: ranking costs a
/// BM25 evaluation per matching row, and accent-blind words are common ("bao"
/// stands for bão, báo, bảo, bào…), so one big expression meant scoring
/// thousands of rows for every search. Vietnamese words are written as
/// separate syllables, so a query of several words means the phrase far more
/// often than the syllables scattered; and a query typed with diacritics means
/// the words as typed. Ordering by tiers says both outright, and the first
/// tier usually fills the page, so the weaker tiers are never scored:
///
/// 1. the words as typed, side by side (only when diacritics were typed; see ``asTyped(_:prefix:)``);
/// 2. the words as typed, anywhere (only when diacritics were typed);
/// 3. the accent-blind words side by side;
/// 4. the accent-blind words anywhere.
///
/// A query without diacritics has tiers 3 and 4; a single term or one quoted
/// phrase has one tier per spelling. Each tier excludes the rows of the tiers
/// before it, so every match appears once; together they are exactly the rows
/// of ``ParsedQuery/matchExpression``.
extension ParsedQuery {
    /// FTS5 MATCH expressions of the ranking tiers, best first.
    public var rankTiers: [String] {
        var bases: [String] = []
        if hasDiacritics { bases += asTypedTierBases }
        bases += foldedTierBases
        var seen = Set<String>()
        bases = bases.filter { seen.insert($0).inserted }
        return bases.indices.map { k in
            k == 0 ? bases[0] : "(\(bases[k])) NOT (\(bases[..<k].joined(separator: " OR ")))"
        }
    }

    /// The same rows as ``matchExpression``, cheaper to evaluate (counts, facets, timelines): with nothing
    /// negated, the accent-blind words alone, since a phrase's rows are among
    /// its words' rows and a word as typed is among its accent-blind rows.
    public var matchSetExpression: String? {
        guard !clauses.contains(where: \.negated) else { return matchExpression }
        return foldedTierBases.last
    }

    /// The accent-blind phrase of all words (when there are several plain words)
    /// and the accent-blind all-words expression.
    var foldedTierBases: [String] {
        func quoted(_ clause: Clause) -> String { Self.quoted(clause.words, prefix: clause.prefix, analyze: SearchAnalyzer.folded) }
        let plus = positive.map(quoted)
        guard !plus.isEmpty else { return [] }
        let minus = clauses.filter(\.negated).map(quoted)
        func scoped(_ expr: String) -> String {
            let body = minus.isEmpty ? expr : "(\(expr)) NOT (\(minus.joined(separator: " OR ")))"
            return "\(Self.foldedColumns) : (\(body))"
        }
        var bases: [String] = []
        if let phrase = allWordsPhrase { bases.append(scoped(Self.quoted(phrase, prefix: false, analyze: SearchAnalyzer.folded))) }
        bases.append(scoped(plus.joined(separator: " AND ")))
        return bases
    }
}
