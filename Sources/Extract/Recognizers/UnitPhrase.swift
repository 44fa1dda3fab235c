import VietText

/// Reads what a figure counts or measures, as written right after it: a
/// measure, currency or time unit ("ha", "USD", "năm"), or a short noun
/// phrase that keeps its counting word ("cuốn sổ tay", "đơn vị sự nghiệp").
/// The phrase ends at punctuation, a number, a function word or frequent verb
/// (Resources/unit-stopwords.txt, unit-enders.txt), a proper name after common nouns, or after
/// five syllables.
struct UnitPhrase {
    let lex: ExtractLexicons
    static let maxWords = 5

    /// The word at `k` (a word token) is a classifier entry by itself: the
    /// one-word match of ``ExtractLexicons/classifiers``, keyed by vocabulary id.
    @inline(__always) func isClassifier(_ tokens: KeyedTokens, _ k: Int) -> Bool {
        lex.classifiers.match(tokens, at: k, limit: k + 1) != nil
    }

    /// The unit's token range starting at `k`, or nil when nothing counted follows.
    func read(_ tokens: KeyedTokens, from k: Int, claimed: SpanSet) -> Range<Int>? {
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].lineStart else { return nil }
        // "16 Israel", "1–4 Real Madrid", "ngã 4 Tân Phong": a name, not a counted thing.
        if tokens[k].isCapitalized && !tokens[k].isAllCaps && !isClassifier(tokens, k)
            && !(k + 1 < tokens.count && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized) { return nil }
        if let m = lex.units.match(tokens, at: k) { return k..<(k + m.count) }
        var j = k
        while j < tokens.count && j - k < Self.maxWords {
            let t = tokens[j]
            guard t.kind == .word, !claimed.overlaps(t.start, t.end) else { break }
            if j > k {
                if t.lineStart || t.sentence != tokens[k].sentence { break }
                if t.isCapitalized && !t.isAllCaps && !tokens[j - 1].isCapitalized
                    && !(j == k + 1 && isClassifier(tokens, k)) { break }
            }
            if lex.unitStopwords.match(tokens, at: j) != nil || lex.qualifiers.match(tokens, at: j) != nil { break }
            // "12 chiếc F-35", "20 chiếc A321", "12 chiếc F -35": letters with a model number are the model, not the unit.
            if j > k, t.isCapitalized, t.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
                || j + 2 < tokens.count && (tokens[j + 1].text == "-" || tokens[j + 1].text == "–")
                && (tokens.kinds[j + 2] == .number || tokens.kinds[j + 2] == .code) { break }
            if j > k, !(j == k + 1 && isClassifier(tokens, k)),
               lex.unitEnders.match(tokens, at: j) != nil { break }
            if j > k, lex.units.match(tokens, at: j) != nil, tokens.lowerID(j) != tokens.lowerID(k) { break }
            j += 1
        }
        return j > k ? k..<j : nil
    }
}
