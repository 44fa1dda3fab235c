import VietText

/// What the article says about where it is: its dominant province and, per
/// level, its dominant district, plus the localities written with each body
/// elsewhere in the article. One body written with and without its locality,
/// abbreviated or expanded, resolves to one canonical name.
struct AgencyAliases: Sendable {
    var province: Province?
    /// Dominant province per level word, for "UBND tỉnh" / "UBND thành phố".
    var provinceByLevel: [String: Province] = [:]
    /// Dominant place per level word ("quận" → "Bắc Từ Liêm").
    var places: [String: String] = [:]
    /// Folded head+name → the locality written with it somewhere in the article.
    var written: [String: AgencyLocality] = [:]

    init(tokens: KeyedTokens, parsed: [ParsedAgency], lexicon: AgencyLexicon) {
        var provinceCounts: [String: (Int, Int, Province)] = [:]
        var placeCounts: [String: [String: (Int, Int)]] = [:]
        // Read once: copying the struct (and retaining its arrays) per word showed in profiles.
        let w = lexicon.words
        var i = 0
        while i < tokens.count {
            guard tokens.kinds[i] == .word else { i += 1; continue }
            if (tokens.capitalized[i] || tokens.allCaps[i]), let p = lexicon.provinces.longest(in: tokens, from: i) {
                let c = provinceCounts[p.value.name] ?? (0, i, p.value)
                provinceCounts[p.value.name] = (c.0 + 1, c.1, c.2)
                i = p.end; continue
            }
            // Level words fold to a first letter t, q or h: other words skip packing their fold.
            let initial = tokens.foldedInitials[i]
            guard initial == UInt8(ascii: "t") || initial == UInt8(ascii: "q") || initial == UInt8(ascii: "h") else {
                i += 1; continue
            }
            let f = tokens.foldedWord(i)
            let twoWord = i + 1 < tokens.count && (f == w.thi && tokens.isFoldedWord(i + 1, w.xa)
                                                   || f == w.thanh && tokens.isFoldedWord(i + 1, w.pho))
            if twoWord || f == w.quan || f == w.huyen || f == w.tp || f == w.tpDot {
                let t = tokens[i]
                let k = twoWord ? i + 2 : i + 1
                let end = PersonNames.capitalRunEnd(tokens, from: k, limit: 3)
                if end > k, lexicon.provinces.longest(in: tokens, from: k) == nil {
                    let level = f == w.thi ? "thị xã" : f == w.quan || f == w.huyen ? t.lower : "thành phố"
                    let name = tokens[k..<end].map(\.text).joined(separator: " ")
                    let c = placeCounts[level, default: [:]][name] ?? (0, i)
                    placeCounts[level, default: [:]][name] = (c.0 + 1, c.1)
                    i = end; continue
                }
            }
            i += 1
        }
        let byCount: ((Int, Int, Province), (Int, Int, Province)) -> Bool = { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        province = provinceCounts.values.max(by: byCount)?.2
        for level in ["tỉnh", "thành phố"] {
            provinceByLevel[level] = provinceCounts.values.filter { $0.2.level == level }.max(by: byCount)?.2
        }
        for (level, counts) in placeCounts {
            if let best = counts.max(by: { $0.value.0 != $1.value.0 ? $0.value.0 < $1.value.0 : $0.value.1 > $1.value.1 }) {
                places[level] = best.key
            }
        }
        for a in parsed { collect(a) }
    }

    private mutating func collect(_ a: ParsedAgency) {
        if let loc = a.locality, loc.kind == .province || loc.kind == .place {
            let key = Folding.folded(a.base)
            if written[key] == nil { written[key] = loc }
        }
        for p in a.parent { collect(p) }
    }

    /// The canonical name, or nil when the body cannot be told (a bare
    /// "UBND quận" in an article about no district).
    func canonical(_ a: ParsedAgency) -> String? {
        if let p = a.parent.first {
            guard let parent = canonical(p) else { return nil }
            return a.base + " " + parent
        }
        var loc = a.locality
        switch loc?.kind {
        case nil:
            if let w = written[Folding.folded(a.base)] {
                loc = w
            } else if Folding.folded(a.head.canonical) == "thanh uy", province?.level != "thành phố", let city = places["thành phố"] {
                loc = AgencyLocality(kind: .place, level: "thành phố", name: city, end: a.end)
            } else if a.head.province, let p = province {
                loc = AgencyLocality(kind: .province, level: nil, name: p.name, end: a.end)
            } else if a.head.dropLevel, a.head.kind == .locality {
                let level = Folding.folded(a.head.canonical).hasPrefix("huyen") ? "huyện"
                    : Folding.folded(a.head.canonical).hasPrefix("quan") ? "quận" : "thị xã"
                guard let name = places[level] else { return a.head.lowercaseOK && !a.head.province ? nil : a.base }
                loc = AgencyLocality(kind: .place, level: level, name: name, end: a.end)
            }
        case .provinceReference?:
            if loc?.level == "thành phố", province?.level != "thành phố", let city = places["thành phố"] {
                loc = AgencyLocality(kind: .place, level: "thành phố", name: city, end: a.end)
            } else if let level = loc?.level, let p = provinceByLevel[level] {
                loc = AgencyLocality(kind: .province, level: level, name: p.name, end: a.end)
            } else if province != nil {
                return nil   // "UBND tỉnh" in an article about a city: cannot tell which
            } else {
                return a.base + " " + (loc?.level ?? "")
            }
        case .placeReference?:
            guard let level = loc?.level, let name = places[level] else { return nil }
            loc = AgencyLocality(kind: .place, level: level, name: name, end: a.end)
        default:
            break
        }
        guard let l = loc else { return a.base }
        let defaultLevel: String? = a.head.kind == .locality && l.kind == .province ? province(named: l.name)?.level : nil
        return a.base + " " + l.rendered(dropLevel: a.head.dropLevel, defaultLevel: defaultLevel)
    }

    private func province(named name: String) -> Province? {
        if let p = province, p.name == name { return p }
        return Province(name: name, level: ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"].contains(name) ? "thành phố" : "tỉnh")
    }
}
