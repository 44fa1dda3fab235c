import VietText

/// What "the words as typed" means to the index, for queries typed with diacritics.
///
/// The index keeps positions in the accent-blind columns only; of an article's
/// exact text it keeps its words, each once (see `SearchColumns`). So a clause
/// matches as typed when its accent-blind words stand in place (as a phrase when
/// there are several) and each of its words is in the title or text as typed,
/// words without diacritics included ("giao" beside "thông" is not "giáo"). The
/// one thing this cannot tell from a full exact column is a phrase whose words are
/// all present as typed while its in-place words are spelled otherwise ("báo số 3"
/// in a text that also says "bão"): such rows rank with the typed ones.
extension ParsedQuery {
    static let foldedColumns = "{title_f body_f}"
    static let exactColumns = "{title_x body_x}"

    /// One clause (a term or a phrase) as typed.
    static func asTyped(_ words: [String], prefix: Bool) -> String {
        let inPlace = "\(foldedColumns) : \(quoted(words, prefix: prefix, analyze: SearchAnalyzer.folded))"
        let typed = words.indices.map { i in
            quoted([words[i]], prefix: prefix && i == words.count - 1, analyze: SearchAnalyzer.exact)
        }
        return "(\(inPlace) AND \(exactColumns) : (\(typed.joined(separator: " AND "))))"
    }

    /// The ranking tiers' bases as typed: the phrase of all words (when there
    /// are several plain words), then every clause, each without the negated clauses.
    var asTypedTierBases: [String] {
        let plus = positive.map { Self.asTyped($0.words, prefix: $0.prefix) }
        guard !plus.isEmpty else { return [] }
        var bases: [String] = []
        if let phrase = allWordsPhrase { bases.append(excludingNegated(Self.asTyped(phrase, prefix: false))) }
        bases.append(excludingNegated(plus.count == 1 ? plus[0] : "(\(plus.joined(separator: " AND ")))"))
        return bases
    }

    /// Every clause as typed, OR-ed with the phrase of all words (see ``foldedExpression``).
    var asTypedExpression: String? {
        var expr = positive.map { Self.asTyped($0.words, prefix: $0.prefix) }.joined(separator: " AND ")
        guard !expr.isEmpty else { return nil }
        if let phrase = allWordsPhrase { expr = "(\(expr)) OR \(Self.asTyped(phrase, prefix: false))" }
        return excludingNegated(expr)
    }

    /// The words of all clauses when there are several and none is a prefix.
    var allWordsPhrase: [String]? {
        let words = positive.filter { !$0.prefix }
        guard words.count > 1, words.count == positive.count else { return nil }
        return words.flatMap(\.words)
    }

    func excludingNegated(_ expr: String) -> String {
        let minus = clauses.filter(\.negated).map { Self.asTyped($0.words, prefix: $0.prefix) }
        return minus.isEmpty ? expr : "((\(expr)) NOT (\(minus.joined(separator: " OR "))))"
    }
}
