import VietText

/// One agency read from the tokens, before the article's context resolves
/// its locality: head + name, an optional parent body, an optional locality.
struct ParsedAgency: Sendable {
    var start: Int
    var end: Int
    var head: AgencyHead
    /// Head and name, canonical ("Sở Lao động - Thương binh và Xã hội").
    var base: String
    var parent: [ParsedAgency] = []
    var locality: AgencyLocality?
}

/// Reads one agency at a token position (recursively for parent bodies).
/// A class, so that a call does not copy its lexicons (it runs at every word).
final class AgencyParser: Sendable {
    let lexicon: AgencyLexicon
    let names: PersonNames
    let localities: LocalityParser
    let phrase: AgencyNamePhrase
    /// Bodies that exist only for an event or a task unless a parent is named.
    let adHoc: Set<String> = ["to chuc", "chi dao", "giam khao", "dieu hanh", "bien tap", "soan thao", "kiem tra",
                              "cong tac", "giam sat", "dai dien", "lien nganh"]
    /// Legal-form words that do not name a company by themselves.
    let legalForms: Set<String> = ["tnhh", "cp", "mtv", "co", "phan", "jsc", "&", "-"]
    /// Listed names that are only a firm's legal form (folded).
    static let legalFormNames: Set<String> = ["trach nhiem huu han", "co phan", "mot thanh vien",
                                              "trach nhiem huu han mot thanh vien", "thuong mai co phan"]
    /// Words before a head that make it generic ("các sở", "mỗi phòng").
    static let pluralMarkers: Set<String> = ["cac", "nhung", "moi", "nhieu", "tung", "cap", "mot", "hai", "ba"]

    init(lexicon: AgencyLexicon) {
        self.lexicon = lexicon
        names = PersonNames(surnames: lexicon.surnames)
        localities = LocalityParser(lexicon: lexicon, names: names)
        phrase = AgencyNamePhrase(lexicon: lexicon, names: names, localities: localities)
    }

    func parse(_ tokens: KeyedTokens, at i: Int, titleContext: Bool, depth: Int = 0) -> ParsedAgency? {
        guard depth < 3, i < tokens.count, tokens.kinds[i] == .word,
              let m = lexicon.heads.longest(in: tokens, from: i) else { return nil }
        let first = tokens[i]
        let head = m.value
        if !tokens.capitalized[i] && !head.lowercaseOK && !titleContext { return nil }
        if !tokens.allCaps[i] && m.end == i + 1 && lexicon.abbreviations[first.folded] != nil { return nil }
        if i > 0 && !tokens.capitalized[i - 1] && lexicon.words.pluralMarkers.contains(tokens.foldedWord(i - 1)) { return nil }
        // "ông Đặng Trường An": a head word inside a person's name (after its family name) is none.
        // ("Phó Ban Tổ chức", "Đoàn Công ty…": a title or a body before the head is no family name.)
        if i > 0, tokens.capitalized[i - 1], tokens.capitalized[i], names.isSurname(tokens, i - 1),
           i < 2 || !tokens.capitalized[i - 2] || tokens.lineStart[i - 1]
               || names.honorificWords.contains(tokens.foldedWord(i - 2)),
           tokens.foldedWord(i - 1) != lexicon.words.pho, lexicon.heads.longest(in: tokens, from: i - 1) == nil,
           m.end < tokens.count, tokens.capitalized[m.end] { return nil }
        // "Hội An", "Trường Sa": a place whose name starts with a head word is none.
        if tokens.capitalized[i], let p = lexicon.headPlaces.longest(in: tokens, from: i),
           (i..<p.end).allSatisfy({ tokens.capitalized[$0] }) { return nil }
        // "Tây Ban Nha": a head word inside a country's name is none.
        if i > 0, tokens.capitalized[i - 1], let c = lexicon.countries.longest(in: tokens, from: i - 1), c.end > i { return nil }
        // "83 bệnh viện KCB BHYT": a lowercase head after a figure is what it counts.
        if i > 0 && tokens.kinds[i - 1] == .number && !tokens.capitalized[i] && !tokens.allCaps[i] { return nil }
        var a = ParsedAgency(start: i, end: m.end, head: head, base: head.canonical)
        switch head.kind {
        case .fixed:
            if let c = localities.country(tokens, at: m.end) { a.locality = c; a.end = c.end }
            return a
        case .locality:
            if let loc = localities.parse(tokens, at: Self.afterAbbreviation(tokens, m.end)) {
                a.locality = loc; a.end = loc.end
                return a
            }
            // "Huyện ủy Ba Vì": a party committee takes its place's name without a level word.
            if head.dropLevel, m.end < tokens.count, tokens.capitalized[m.end], !tokens.lineStart[m.end],
               lexicon.heads.longest(in: tokens, from: m.end) == nil {
                let run = PersonNames.capitalRunEnd(tokens, from: m.end, limit: 4)
                var end = run
                if end - m.end >= 3, let cut = names.trailingNameStart(tokens, m.end, end) { end = cut }
                // A run opening with a family name is a person's, not a place: three syllables
                // whole ("Bí thư Thành ủy Đinh La Thăng", not a place "Đinh" and "La Thăng"),
                // or three or more left before a trailing name.
                if (run - m.end == 3 || end - m.end >= 3) && names.surnames.contains(tokens.key(m.end)) { end = m.end }
                if end > m.end {
                    let name = tokens[m.end..<end].map(\.text).joined(separator: " ")
                    a.locality = AgencyLocality(kind: .place, level: nil, name: name, end: end); a.end = end
                    return a
                }
            }
            // A party committee named alone ("Thành ủy", "quận ủy") is the article's own.
            return head.dropLevel || (head.province && tokens.capitalized[i] && !tokens.allCaps[i] && m.end - i == 1
                                      && head.canonical.hasSuffix("ủy")) ? a : nil
        case .named:
            var k = m.end
            var nameKey = ""
            var known = k < tokens.count && (tokens.capitalized[k] || tokens.allCaps[k]) && !tokens.lineStart[k]
                ? lexicon.names.longest(in: tokens, from: k) : nil
            // An abbreviation is one only in capitals: "Bộ Tư lệnh" is no "Bộ TƯ" (Trung ương).
            if let kn = known, kn.end == k + 1, !tokens.allCaps[k], lexicon.abbreviations[tokens[k].folded] != nil { known = nil }
            if known == nil && head.knownOnly { return head.foreignNamed ? foreignMinistry(tokens, a, from: k) : nil }
            if head.personNamed, head.canonical == "Trường", k < tokens.count, !lexicon.schoolTypes.contains(tokens.key(k)) {
                return nil
            }
            let e = head.knownOnly ? k : phrase.end(tokens, from: k, personNamed: head.personNamed, titleContext: titleContext)
            // "công ty Trung Quốc", "ngân hàng Việt Nam": after a lowercase head a nationality names no body.
            if !tokens.capitalized[i], !titleContext, e > k,
               lexicon.countries.longest(in: tokens, from: k)?.end == e
                || e == k + 2 && tokens.isFoldedWord(k, lexicon.words.viet) && tokens.isFoldedWord(k + 1, lexicon.words.nam) {
                return nil
            }
            // "Công ty TNHH một thành viên …", "Ngân hàng TMCP": a legal form alone names no firm.
            if let known, known.end >= e, Self.legalFormNames.contains(Folding.folded(known.value)) { return nil }
            if let known, known.end >= e {
                // A listed name ("Lao động Thương Binh và Xã hội") in its canonical spelling.
                a.base += " " + known.value
                nameKey = Folding.folded(known.value)
                k = known.end
            } else if e > k {
                // "Hội An", "Hội Lim": an association's name is never one plain syllable; a place's or festival's is.
                if head.longName, e == k + 1, !tokens.allCaps[k] { return nil }
                // "Công ty TNHH" alone names no company.
                if tokens[k..<e].allSatisfy({ legalForms.contains($0.folded) }) { return nil }
                a.base += " " + phrase.canonical(tokens, k, e)
                nameKey = tokens[k..<e].map(\.folded).joined(separator: " ")
                k = e
            }
            let named = k > m.end
            if head.needsParent || !named, k < tokens.count, tokens.capitalized[k] || tokens.allCaps[k], !tokens.lineStart[k],
               let parent = parse(tokens, at: k, titleContext: false, depth: depth + 1) {
                a.parent = [parent]; a.end = parent.end
                return a
            }
            if named, !head.personNamed, let c = localities.country(tokens, at: k) {
                a.locality = c; a.end = c.end
                return a
            }
            if let loc = localities.parse(tokens, at: Self.afterAbbreviation(tokens, k)) {
                a.locality = loc; a.end = loc.end
                return named || head.province || head.placeNamed && (loc.kind == .province || loc.kind == .place)
                    || ["Đảng ủy", "Đảng bộ", "Thanh tra"].contains(head.canonical) ? a : nil
            }
            a.end = k
            guard named else { return nil }
            if head.needsParent && (!titleContext || adHoc.contains(nameKey)) { return nil }
            return a
        }
    }

    /// "Bộ Thương mại Mỹ", "Bộ An ninh Nội địa Mỹ": a ministry Vietnam does not have
    /// (so not in agency-names.txt) is still one when a country closes its name:
    /// a capitalised first word and at most four words before the country.
    func foreignMinistry(_ tokens: KeyedTokens, _ agency: ParsedAgency, from k: Int) -> ParsedAgency? {
        guard k < tokens.count, tokens.kinds[k] == .word, tokens.capitalized[k], !tokens.lineStart[k] else { return nil }
        var j = k + 1
        while j < tokens.count, j <= k + 4, tokens.kinds[j] == .word, !tokens.lineStart[j] {
            if let c = localities.country(tokens, at: j) {
                var a = agency
                a.base += " " + phrase.canonical(tokens, k, j)
                a.locality = c; a.end = c.end
                return a
            }
            j += 1
        }
        return nil
    }

    /// "Ủy ban nhân dân (UBND) tỉnh Bắc Ninh", "Bệnh viện Đa khoa (BVĐK) tỉnh Hòa Bình":
    /// the abbreviation a body's full name introduces in brackets, stepped over so the
    /// locality after it is still the body's. `k` itself when there is none.
    static func afterAbbreviation(_ tokens: KeyedTokens, _ k: Int) -> Int {
        guard k + 2 < tokens.count, tokens[k].text == "(", tokens.kinds[k + 1] == .word, tokens.allCaps[k + 1] else { return k }
        var j = k + 1
        // "(GD & ĐT)", "(LĐ-TB&XH)": up to four capitals and joiners.
        while j < tokens.count, j - k <= 5,
              tokens.kinds[j] == .word && tokens.allCaps[j] || ["&", "-"].contains(tokens[j].text) { j += 1 }
        return j < tokens.count && tokens[j].text == ")" ? j + 1 : k
    }
}
