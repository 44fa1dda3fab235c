import VietText

/// The locality that closes an agency name: "tỉnh Nghệ An", "TP Hà Nội",
/// "Hà Nội", "quận Bắc Từ Liêm", or a bare "Thành phố" that means the
/// article's own city.
struct AgencyLocality: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// A province or centrally-run city.
        case province
        /// A district, commune or town below the province.
        case place
        /// "Thành phố"/"Tỉnh" with no name: the article's province.
        case provinceReference
        /// "UBND quận" with no name: the article's district of that level.
        case placeReference
        /// Trung ương.
        case central
        /// A foreign country after a national body ("Bộ Ngoại giao Mỹ").
        case country
    }
    var kind: Kind
    /// Level word as written, canonical lowercase ("thành phố", "quận"), if any.
    var level: String?
    var name: String
    var end: Int

    /// Canonical text for a head that writes its level (`dropLevel` false) or not.
    func rendered(dropLevel: Bool, defaultLevel: String?) -> String {
        if kind == .central || kind == .country || dropLevel { return name }
        if let level = level ?? defaultLevel { return level + " " + name }
        return name
    }
}

/// Reads localities at a token position (a class: calls do not copy its lexicon).
final class LocalityParser: Sendable {
    let lexicon: AgencyLexicon
    let names: PersonNames

    init(lexicon: AgencyLexicon, names: PersonNames) {
        self.lexicon = lexicon; self.names = names
    }

    /// The locality starting at `i`, if one does.
    func parse(_ tokens: KeyedTokens, at i: Int) -> AgencyLocality? {
        guard i < tokens.count, tokens.kinds[i] == .word, !tokens.lineStart[i] else { return nil }
        if let lv = lexicon.levels.longest(in: tokens, from: i) {
            let k = lv.end
            if let p = lexicon.provinces.longest(in: tokens, from: k), tokens.capitalized[k] || tokens.allCaps[k],
               !tokens.lineStart[k] {
                let level = (lv.value == "tỉnh" || lv.value == "thành phố") ? lv.value : p.value.level
                return AgencyLocality(kind: .province, level: level, name: p.value.name, end: p.end)
            }
            if let number = Self.numberedPlace(tokens, level: lv.value, at: k) {
                return AgencyLocality(kind: .place, level: lv.value, name: number, end: k + 1)
            }
            // The whole run, so that a place running on into a full name splits where
            // the name starts ("TP Nha Trang Cao Đình Trung": Nha Trang, Cao Đình Trung).
            let run = k < tokens.count && tokens.lineStart[k] ? k : PersonNames.capitalRunEnd(tokens, from: k, limit: 7)
            var end = min(run, k + 4)
            if run - k >= 4, let cut = names.trailingNameStart(tokens, k, run), cut - k <= 4 { end = cut }
            if lv.value == "tỉnh" || end - k >= 3 && names.surnames.contains(tokens.key(k)) { end = k }
            if end > k {
                let name = tokens[k..<end].map(\.text).joined(separator: " ")
                return AgencyLocality(kind: .place, level: lv.value, name: name, end: end)
            }
            if lv.value == "thành phố" || lv.value == "tỉnh" {
                // "UBND tỉnh chỉ đạo": the article's own province; not "tỉnh, thành phố" (a plural).
                if k < tokens.count, tokens[k].text == ",", k + 1 < tokens.count,
                   lexicon.levels.longest(in: tokens, from: k + 1) != nil { return nil }
                return AgencyLocality(kind: .provinceReference, level: lv.value, name: "", end: k)
            }
            if ["quận", "huyện", "thị xã"].contains(lv.value) {
                return AgencyLocality(kind: .placeReference, level: lv.value, name: "", end: k)
            }
            return nil
        }
        if tokens.capitalized[i] || tokens.allCaps[i], let p = lexicon.provinces.longest(in: tokens, from: i) {
            return AgencyLocality(kind: .province, level: nil, name: p.value.name, end: p.end)
        }
        let w = lexicon.words, f = tokens.foldedWord(i)
        if f == w.tw || f == w.tDotU || f == w.tu && tokens.allCaps[i] {
            return AgencyLocality(kind: .central, level: nil, name: "Trung ương", end: i + 1)
        }
        if f == w.trung, i + 1 < tokens.count, tokens.isFoldedWord(i + 1, w.uong), tokens.capitalized[i] {
            return AgencyLocality(kind: .central, level: nil, name: "Trung ương", end: i + 2)
        }
        return nil
    }

    /// The country written right after a national body ("Quốc hội Úc", "Bộ
    /// Ngoại giao Trung Quốc"). Read only there, and not after bodies named by
    /// people: Anh, Đức, Nga, Mỹ are also given names ("Công ty Đức Anh").
    func country(_ tokens: KeyedTokens, at k: Int) -> AgencyLocality? {
        guard k < tokens.count, tokens.kinds[k] == .word, tokens.capitalized[k] || tokens.allCaps[k], !tokens.lineStart[k],
              lexicon.provinces.longest(in: tokens, from: k) == nil,
              let c = lexicon.countries.longest(in: tokens, from: k),
              lexicon.countryWords.longest(in: tokens, from: k).map({ $0.end > c.end }) != true else { return nil }
        return AgencyLocality(kind: .country, level: nil, name: c.value, end: c.end)
    }

    /// "quận 1", "phường 7": urban districts and wards that are numbered rather
    /// than named (Ho Chi Minh City's quận 1–12, wards of many cities). Without
    /// this the number was left out and the body read as "the article's district",
    /// naming whichever district the article mentions most.
    static func numberedPlace(_ tokens: KeyedTokens, level: String, at k: Int) -> String? {
        guard level == "quận" || level == "phường", k < tokens.count, tokens.kinds[k] == .number else { return nil }
        let digits = tokens[k].text
        guard digits.utf8.count <= 2, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let n = Int(digits), n >= 1, n <= 30 else { return nil }
        return String(n)
    }
}
