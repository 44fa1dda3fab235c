import VietText

/// A user's search text, parsed into terms and phrases we control.
///
/// Nothing the user types reaches FTS5 syntax: every term is re-emitted as a
/// double-quoted string, so quotes, parentheses, `AND`/`OR`/`NOT`, `:`, `^`
/// and stray `*` are plain text. What we do honour: `"a phrase"`, a trailing
/// `*` for a prefix (`kế*`), a leading `-` to exclude a term, and words joined
/// by punctuation (`04/KH-UBND`, `TP.HCM`) searched as a phrase.
public struct ParsedQuery: Sendable, Equatable {
    public struct Clause: Sendable, Equatable {
        /// Words of the clause, as typed (one word for a term, several for a phrase).
        public var words: [String]
        public var prefix: Bool
        public var negated: Bool
    }
    public var clauses: [Clause]

    public var positive: [Clause] { clauses.filter { !$0.negated } }
    public var isEmpty: Bool { positive.isEmpty }
    public var hasDiacritics: Bool { positive.contains { $0.words.contains(where: SearchAnalyzer.hasDiacritics) } }

    public init(_ text: String) {
        clauses = []
        var chunk = String.UnicodeScalarView()
        var inQuotes = false
        func flush(quoted: Bool) {
            defer { chunk = String.UnicodeScalarView() }
            var raw = String(chunk)
            var negated = false, prefix = false
            if !quoted {
                if raw.hasPrefix("-") { negated = true; raw.removeFirst() }
                if raw.hasSuffix("*") { prefix = true }
            }
            let words = Self.words(raw)
            guard !words.isEmpty else { return }
            clauses.append(Clause(words: words, prefix: prefix && words.count == 1 || prefix, negated: negated))
        }
        for s in text.unicodeScalars {
            if s == "\"" || s == "“" || s == "”" {
                flush(quoted: inQuotes)
                inQuotes.toggle()
            } else if !inQuotes && s.properties.isWhitespace {
                flush(quoted: false)
            } else {
                chunk.append(s)
            }
        }
        flush(quoted: inQuotes)
    }

    /// Runs of letters, digits and combining marks, the way `unicode61` cuts tokens.
    public static func words(_ text: String) -> [String] {
        var out: [String] = [], word = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if SearchAnalyzer.isWordScalar(s) { word.append(s) } else if !word.isEmpty { out.append(String(word)); word = .init() }
        }
        if !word.isEmpty { out.append(String(word)) }
        return out
    }

    /// The accent-blind MATCH expression.
    var foldedExpression: String? {
        func quoted(_ clause: Clause) -> String { Self.quoted(clause.words, prefix: clause.prefix, analyze: SearchAnalyzer.folded) }
        let plus = positive.map(quoted)
        guard !plus.isEmpty else { return nil }
        var expr = plus.joined(separator: " AND ")
        // Vietnamese words are written as separate syllables: `ha noi` means
        // "Hà Nội" far more often than "hạ ... nổi". OR-ing the words as one
        // phrase keeps the same matches but adds a BM25 term for adjacency.
        if let phrase = allWordsPhrase {
            expr = "(\(expr)) OR \(Self.quoted(phrase, prefix: false, analyze: SearchAnalyzer.folded))"
        }
        let minus = clauses.filter(\.negated).map(quoted)
        if !minus.isEmpty { expr = "(\(expr)) NOT (\(minus.joined(separator: " OR ")))" }
        return "\(Self.foldedColumns) : (\(expr))"
    }

    /// Words analysed and written as one FTS5 string (a term or a phrase), quotes doubled:
    /// nothing typed reaches FTS5 syntax.
    static func quoted(_ words: [String], prefix: Bool, analyze: (String) -> String) -> String {
        let body = words.map(analyze).joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"")
        return "\"\(body)\"" + (prefix ? "*" : "")
    }

    /// The accent-blind expression; with diacritics typed, OR-ed with the one as
    /// typed (``asTypedExpression``) so that rows matching as typed collect a second, heavier BM25 term.
    public var matchExpression: String? {
        guard let folded = foldedExpression else { return nil }
        guard hasDiacritics, let exact = asTypedExpression else { return folded }
        return "(\(folded)) OR (\(exact))"
    }

    /// Folded words to highlight in snippets: (words of one clause, prefix?).
    public var highlightClauses: [(words: [String], prefix: Bool)] {
        positive.map { ($0.words.map(SearchAnalyzer.folded), $0.prefix) }
    }
}
