import VietText

/// The name of a body that no lexicon lists ("Bệnh viện Bạch Mai", "Phòng Xây
/// dựng nếp sống Văn hóa và Gia đình"): capitalised words, the lowercase
/// second syllable of a word ("Y tế"), short lowercase runs between
/// capitalised words, and "và"/"-"/"&" between capitalised words. It stops at
/// a locality, another body, a personal name, punctuation or a verb.
///
/// A class, so that a call does not copy its lexicon.
final class AgencyNamePhrase: Sendable {
    let lexicon: AgencyLexicon
    let names: PersonNames
    let localities: LocalityParser

    init(lexicon: AgencyLexicon, names: PersonNames, localities: LocalityParser) {
        self.lexicon = lexicon; self.names = names; self.localities = localities
    }

    /// End of the name phrase starting at `start` (== start when there is none).
    func end(_ tokens: KeyedTokens, from start: Int, personNamed: Bool, titleContext: Bool) -> Int {
        let n = tokens.count
        var i = start, accepted = start
        var lastWasCapital = false
        while i < n, i - start < 14 {
            let t = tokens[i]
            if tokens.lineStart[i] { break }   // a name never runs on into the next paragraph
            if t.kind == .word && (tokens.capitalized[i] || tokens.allCaps[i]) {
                // A country closes the name, and the lowercase words before it are the name's
                // ("Cục Điều tra liên bang Mỹ").
                if i > start && !personNamed && closesAtCountry(tokens, i) { accepted = i; break }
                if i > start && stopsAt(tokens, i, content: accepted > start, personNamed: personNamed,
                                        titleContext: titleContext) { break }
                // After a school or firm head a capitalised "Công nghiệp" is a name ("Trường ĐH Công nghiệp").
                if i == start && (lexicon.notBodies.contains(tokens.key(i)) && !tokens.allCaps[i] && !personNamed
                                  || lexicon.heads.longest(in: tokens, from: i) != nil
                                  || localities.parse(tokens, at: i) != nil) { break }
                // Only a lone capitalised syllable takes a lowercase second one ("Y tế"; not "Bạch Mai điều").
                let afterCapital = i > start && tokens.kinds[i - 1] == .word && tokens.capitalized[i - 1]
                    && !tokens.allCaps[i - 1]
                i += 1; accepted = i
                lastWasCapital = !tokens.allCaps[i - 1] && !afterCapital && Self.isSyllable(t, folded: tokens.foldedWord(i - 1))
                continue
            }
            guard accepted > start else { break }
            if t.kind == .word {
                // "Sở GD&ĐT tỉnh Hà Giang": a level word opens the locality, even before a surname-like place.
                if let loc = localities.parse(tokens, at: i), loc.kind == .province || loc.kind == .place { break }
                // "Khu kinh tế", "Bảo tồn di tích": a listed noun runs on whole right after the name so far.
                if accepted == i, let c = lexicon.nameCompounds.longest(in: tokens, from: i), c.end == i + 2,
                   !tokens.capitalized[i + 1], !tokens.lineStart[i + 1] {
                    i = c.end; accepted = i; lastWasCapital = false
                    continue
                }
                if lastWasCapital && !lexicon.stopwords.contains(tokens.key(i)) && !tokens.isFoldedWord(i, lexicon.words.va) {
                    i += 1; accepted = i; lastWasCapital = false   // second syllable: "Y tế", "Tài chính"
                    continue
                }
                // A short lowercase run or a connector bridging to a capitalised word.
                var j = i
                while j < n, j - i < 2, tokens.kinds[j] == .word, !tokens.capitalized[j],
                      !lexicon.stopwords.contains(tokens.key(j)) || tokens.isFoldedWord(j, lexicon.words.va) {
                    j += 1
                }
                // After a title the body's name runs up to the person's name ("Trưởng phòng Quản lý văn hóa Nguyễn Thị Lan").
                if j > i, j < n, bridges(tokens, j) || titleContext && names.name(in: tokens, at: j) != nil {
                    if !bridges(tokens, j) { accepted = j; i = j; break }
                    i = j; lastWasCapital = false; continue
                }
                break
            }
            if (t.text == "-" || t.text == "–" || t.text == "&") && i + 1 < n && bridges(tokens, i + 1) {
                i += 1; lastWasCapital = false
                continue
            }
            break
        }
        return accepted
    }

    /// Could be a Vietnamese syllable (so a lowercase second syllable may follow):
    /// not a brand ("Novaland sắp …", "Alibaba phân …") nor a roman numeral ("Tổng cục V
    /// khai …"). `folded` is the word's packed fold (``KeyedTokens/foldedWord(_:)``).
    static func isSyllable(_ t: Token, folded: UInt64) -> Bool {
        guard !t.text.unicodeScalars.allSatisfy({ "IVXLCDM".unicodeScalars.contains($0) }) else { return false }
        return SyllableShape.isVietnamese(packed: folded)
    }

    /// A capitalised word that continues a name (not a new body, locality or person).
    private func bridges(_ tokens: KeyedTokens, _ j: Int) -> Bool {
        let t = tokens[j]
        guard t.kind == .word, tokens.capitalized[j], !tokens.lineStart[j] else { return false }
        if names.honorificWords.contains(tokens.foldedWord(j)) || names.name(in: tokens, at: j) != nil { return false }
        if lexicon.heads.longest(in: tokens, from: j) != nil { return false }
        if localities.parse(tokens, at: j) != nil { return false }
        return true
    }

    private func stopsAt(_ tokens: KeyedTokens, _ i: Int, content: Bool, personNamed: Bool, titleContext: Bool) -> Bool {
        if let head = lexicon.heads.longest(in: tokens, from: i), head.value.kind != .fixed || head.end > i + 1 {
            return true
        }
        if localities.parse(tokens, at: i) != nil { return true }
        if content, !personNamed || titleContext, let end = names.name(in: tokens, at: i) {
            return end - i >= (titleContext ? 2 : 3)
        }
        return false
    }

    /// "Ủy ban Bầu cử Thái Lan": a country closes the name (never in names of people
    /// or firms). A one-syllable country is a name's syllable when a capitalised
    /// word follows ("Bệnh viện Đa khoa Đức Giang") or it pairs with Việt or a
    /// connector ("Bệnh viện Việt Đức", "Hữu nghị Việt - Nga"); a country that a
    /// connector joins to another names a subject ("Viện Nghiên cứu Mỹ - Triều").
    private func closesAtCountry(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        guard let c = localities.country(tokens, at: i) else { return false }
        // "Viện Nghiên cứu Mỹ - Triều", "Viện Nghiên cứu Mỹ và Canada": a pair of countries names the subject.
        if c.end + 1 < tokens.count, tokens.capitalized[c.end + 1] {
            let n = tokens[c.end].text
            if n == "-" || n == "–" || n == "&" || tokens.isFoldedWord(c.end, lexicon.words.va) { return false }
        }
        guard c.end == i + 1 else { return true }
        if c.end < tokens.count, tokens.kinds[c.end] == .word, tokens.capitalized[c.end] { return false }
        let p = tokens[i - 1].text
        if p == "-" || p == "–" || p == "&" || tokens.isFoldedWord(i - 1, lexicon.words.va)
            || tokens.isFoldedWord(i - 1, lexicon.words.viet) { return false }
        return true
    }

    /// Canonical text of tokens `start..<end`: abbreviations expanded, one space between words.
    func canonical(_ tokens: KeyedTokens, _ start: Int, _ end: Int) -> String {
        var out: [String] = []
        for t in tokens[start..<end] {
            if t.isAllCaps, let e = lexicon.abbreviations[t.folded] { out.append(e) } else { out.append(t.text) }
        }
        return out.joined(separator: " ")
    }
}
