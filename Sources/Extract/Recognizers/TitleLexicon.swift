import VietText

/// Positions (titles.txt) and the words that may stand between a title and
/// a name without being a position (ranks.txt: ông, Đại tá, TS.).
struct TitleLexicon: Sendable {
    var titles = FoldedTrie<String>()
    var ranks = FoldedTrie<Bool>()


    init(lexicons: Lexicons) {
        for line in lexicons.entries("titles") {
            // "Phó ban | Phó Trưởng ban": a short form and its canonical title.
            let f = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            titles.insert(phrase: f[0], f.count > 1 ? f[1] : f[0])
        }
        for line in lexicons.entries("ranks") {
            ranks.insert(phrase: line, true)
            if line.hasSuffix(".") { ranks.insert(phrase: String(line.dropLast()), true) }
        }
    }

    /// The title starting at `i` ("Phó trưởng Ban" → "Phó Trưởng ban"), any case.
    func title(in tokens: KeyedTokens, at i: Int) -> (end: Int, title: String)? {
        guard i < tokens.count, tokens.kinds[i] == .word else { return nil }
        guard let m = titles.longest(in: tokens, from: i) else { return nil }
        return (m.end, m.value)
    }

    /// Index after any honorifics, ranks and degrees starting at `i`.
    func skipRanks(in tokens: KeyedTokens, from i: Int) -> Int {
        var j = i
        while j < tokens.count, let m = ranks.longest(in: tokens, from: j) { j = m.end }
        return j
    }

    /// For each token, whether a title ends right before it or covers it: a
    /// lowercase head there ("Trưởng phòng Nếp sống…", "Phó Chủ tịch uỷ ban
    /// MTTQ…") still names a body.
    func titleContext(_ tokens: KeyedTokens) -> [Bool] {
        var context = [Bool](repeating: false, count: tokens.count + 1)
        for i in tokens.indices where tokens.kinds[i] == .word {
            guard let m = titles.longest(in: tokens, from: i) else { continue }
            for k in (i + 1)...m.end where k < context.count { context[k] = true }
        }
        return context
    }
}
