import VietText

/// People named with a position (EXTRACTION.md, "officials"), in both orders:
/// "Phó Giám đốc Sở X Nguyễn Văn A" and "ông Nguyễn Văn A – Phó Giám đốc Sở X".
/// Runs after ``AgencyRecognizer`` and ties each title to the agency written
/// with it. One official per name: the first stated title wins, later ones go
/// to `titles`.
public struct OfficialRecognizer: Recognizer {
    let titles: TitleLexicon
    let names: PersonNames
    let foreign: ForeignNames
    let provinces: FoldedTrie<Province>
    let departments: FoldedTrie<String>
    let parser: AgencyParser
    /// Single words by folded vocabulary id.
    let words: AgencyWords
    static let separators: Set<String> = ["–", "-", "—", ",", "("]
    static let former: Set<String> = ["nguyen", "cuu"]
    /// Words before a title that make it the title of several people.
    static let plural: Set<String> = ["cac", "hai", "ba", "bon", "nhung"]

    public init() { self.init(lexicons: .shared) }

    public init(lexicons: Lexicons) {
        titles = TitleLexicon(lexicons: lexicons)
        let lexicon = AgencyLexicon(lexicons: lexicons)
        names = PersonNames(surnames: lexicon.surnames)
        foreign = ForeignNames(lexicons: lexicons)
        provinces = lexicon.provinces
        departments = lexicon.names
        parser = AgencyParser(lexicon: lexicon)
        words = lexicon.words
    }

    /// The agencies of the article by first token.
    struct AgencySpans {
        var byStart: [Int: (end: Int, canonical: String)] = [:]
        var covered: [Bool]
        init(_ facts: Facts, _ tokens: KeyedTokens) {
            covered = [Bool](repeating: false, count: tokens.count + 1)
            // Token offsets increase, so a span's tokens are found by binary search.
            let list = tokens.tokens
            func index(_ offset: Int, _ at: (Token) -> Int) -> Int? {
                var lo = 0, hi = list.count - 1
                while lo <= hi {
                    let mid = (lo + hi) / 2, v = at(list[mid])
                    if v == offset { return mid }
                    if v < offset { lo = mid + 1 } else { hi = mid - 1 }
                }
                return nil
            }
            for a in facts.agencies {
                guard a.span.count == 2, let s = index(a.span[0], { $0.start }),
                      let e = index(a.span[1], { $0.end }).map({ $0 + 1 }) else { continue }
                byStart[s] = (e, a.canonical)
                for k in s..<e { covered[k] = true }
            }
        }
    }

    public func recognize(_ input: RecognizerInput, into facts: inout Facts) {
        let tokens = input.keyed.isCurrent ? input.keyed : KeyedTokens(input.tokenized)
        guard tokens.count > 0 else { return }
        let agencies = AgencySpans(facts, tokens)
        let scalars = input.tokenized.scalars
        var found: [OfficialMention] = []
        var byName: [String: Int] = [:]

        func add(name: Range<Int>, title: String, more: [String], agency: String?, from: Int, to: Int) {
            // As written when an initial's dot or a hyphen is inside ("George W. Bush").
            let nameText = name.allSatisfy { tokens.kinds[$0] == .word }
                ? tokens[name].map(\.text).joined(separator: " ")
                : UTF8Buffer.string(scalars[tokens[name.lowerBound].start..<tokens[name.upperBound - 1].end])
            let key = Folding.folded(nameText)
            if let k = byName[key] {
                for t in [title] + more where t != found[k].title && !found[k].titles.contains(t) { found[k].titles.append(t) }
                if found[k].agency == nil { found[k].agency = agency }
                return
            }
            let a = tokens[from].start, b = tokens[to - 1].end
            let text = UTF8Buffer.string(scalars[a..<min(b, scalars.count)])
            byName[key] = found.count
            found.append(OfficialMention(text: text, name: nameText, title: title,
                                         titles: more.filter { $0 != title }, agency: agency, span: [a, b]))
        }

        var i = 0
        while i < tokens.count {
            // Title first: "Phó Giám đốc Sở X Nguyễn Văn A".
            if !agencies.covered[i], let first = titles.title(in: tokens, at: i) {
                // "trợ lý Bộ trưởng X", "Người phát ngôn Tổng thống X": X holds neither this title nor a shorter one in it.
                if namesAnotherPerson(i, first, tokens) { i = first.end; continue }
                var t = first
                var (j, agency) = agencyAfter(t.end, titleStart: i, agencies, tokens)
                var chained: [String] = []
                // "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng": the first title is the main one.
                while j + 1 < tokens.count, tokens[j].text == "," || tokens.isFoldedWord(j, words.kiem),
                      let next = titles.title(in: tokens, at: j + 1) {
                    chained.append(next.title)
                    t = next
                    let (j2, a2) = agencyAfter(next.end, titleStart: j + 1, agencies, tokens)
                    j = j2
                    if agency == nil { agency = a2 }
                }
                j = titles.skipRanks(in: tokens, from: j)
                if j < tokens.count, tokens[j].text == ",", j + 1 < tokens.count, titles.ranks.longest(in: tokens, from: j + 1) != nil {
                    j = titles.skipRanks(in: tokens, from: j + 1)
                }
                var nameStart = j
                // "Tổng thống Mỹ Donald Trump", "Thủ tướng Nhật Bản Shinzo Abe".
                var foreign: (start: Int, end: Int)?
                if nameAt(j, tokens, agencies) == nil {
                    foreign = foreignName(after: j, tokens, agencies)
                    if foreign == nil, agency == nil {
                        (nameStart, agency) = bodyBeforeName(j, before: i, tokens, found: facts.agencies)
                        nameStart = titles.skipRanks(in: tokens, from: nameStart)
                        // No body runs on across another title: "Tổng thống Cộng hòa Séc Milos Zeman
                        // và Phó Thủ tướng Vương Đình Huệ" names two people.
                        if (j..<min(nameStart + 1, tokens.count)).contains(where: { titles.title(in: tokens, at: $0) != nil }) { nameStart = j }
                    }
                }
                // A firm named in foreign words before a Vietnamese name ("Chủ tịch Galaxy Studio bà Đinh Thị Hoa").
                if let f = foreign, titles.skipRanks(in: tokens, from: f.end) > f.end || nameAt(f.end, tokens, agencies) != nil {
                    foreign = nil
                    nameStart = titles.skipRanks(in: tokens, from: f.end)
                }
                if let holder = foreign.map({ $0.start..<$0.end }) ?? nameAt(nameStart, tokens, agencies).map({ nameStart..<$0 }) {
                    let (more, end) = furtherTitles(after: holder.upperBound, tokens, agencies)
                    let start = i > 0 && words.former.contains(tokens.foldedWord(i - 1)) ? i - 1 : i
                    add(name: holder, title: first.title, more: chained + more, agency: agency, from: start, to: end)
                    // "Các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam": one title before a list of names.
                    var k = holder.upperBound
                    if i > 0, Self.plural.contains(tokens[i - 1].folded) {
                        while k + 1 < tokens.count, tokens[k].text == "," || tokens[k].folded == "va",
                              let e2 = nameAt(k + 1, tokens, agencies) {
                            add(name: (k + 1)..<e2, title: first.title, more: [], agency: agency, from: k + 1, to: e2)
                            k = e2
                        }
                    }
                    i = k
                    continue
                }
            }
            // Name first: "ông Nguyễn Văn A – Phó Giám đốc Sở X", "X là Giám đốc …". A name starts
            // with a family name: checked first, it spares the other tests most tokens.
            if tokens.nameSyllable[i], let e = nameBeforeTitle(at: i, tokens, agencies), e < tokens.count,
               Self.separators.contains(tokens[e].text) || tokens.lowerEquals(e, "là") {
                var p = e + 1
                if p < tokens.count, words.former.contains(tokens.foldedWord(p)) { p += 1 }
                if let t = titles.title(in: tokens, at: p) {
                    let (j, agency) = agencyAfter(t.end, titleStart: p, agencies, tokens)
                    let (more, end) = furtherTitles(after: j, tokens, agencies)
                    var start = i
                    while start > 0, titles.ranks.longest(in: tokens, from: start - 1).map({ $0.end == start }) == true { start -= 1 }
                    add(name: i..<e, title: t.title, more: more, agency: agency, from: start, to: end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        facts.officials.append(contentsOf: found)
    }

    /// The end of a name at `i` that may precede its title: a Vietnamese name, or a
    /// foreign one after "ông"/"bà" ("ông Juan Guaido, chủ tịch Quốc hội Venezuela").
    func nameBeforeTitle(at i: Int, _ tokens: KeyedTokens, _ agencies: AgencySpans) -> Int? {
        if names.isSurname(tokens, i), !agencies.covered[i], i == 0 || !tokens.nameSyllable[i - 1] || tokens.lineStart[i]
            || names.honorificWords.contains(tokens.foldedWord(i - 1)),
           provinces.longest(in: tokens, from: i) == nil, titles.ranks.longest(in: tokens, from: i) == nil,
           let e = names.name(in: tokens, at: i) {
            return e
        }
        guard i > 0, tokens.nameSyllable[i], !agencies.covered[i], !tokens.lineStart[i] else { return nil }
        let before = tokens.foldedWord(i - 1)
        guard before == words.ong || before == words.ba else { return nil }
        return foreign.name(in: tokens, at: i, afterCountry: false)
    }

    /// The agency a title at `titleStart..<end` belongs to: one starting inside
    /// the title ("Phó trưởng Ban Tuyên giáo …") or right after it.
    func agencyAfter(_ end: Int, titleStart: Int, _ agencies: AgencySpans, _ tokens: KeyedTokens) -> (Int, String?) {
        for s in (titleStart + 1)..<max(end, titleStart + 1) {
            if let a = agencies.byStart[s] { return (max(a.end, end), a.canonical) }
        }
        if let a = agencies.byStart[end] { return (a.end, a.canonical) }
        // "Bộ trưởng Thông tin và Truyền thông": a ministry named without "Bộ".
        if end < tokens.count, tokens.capitalized[end] || tokens.allCaps[end], let n = departments.longest(in: tokens, from: end) {
            let minister = (titleStart..<end).contains { tokens.isFoldedWord($0, words.bo) }
            // "Bộ trưởng Quốc phòng Mỹ": another country's ministry.
            if minister, let c = parser.localities.country(tokens, at: n.end) { return (c.end, "Bộ " + n.value + " " + c.name) }
            return (n.end, minister ? "Bộ " + n.value : nil)
        }
        return (end, nil)
    }

    /// Where a name starts after a title when the body is not a recognised
    /// agency: a bare head referring back ("Giám đốc Sở Nguyễn Văn A") or an
    /// unlisted body ("Giám đốc Đài Phát thanh và Truyền hình tỉnh Nguyễn Văn A").
    func bodyBeforeName(_ j: Int, before i: Int, _ tokens: KeyedTokens, found: [AgencyMention]) -> (Int, String?) {
        guard j < tokens.count, tokens.capitalized[j] || tokens.allCaps[j] else { return (j, nil) }
        if let head = parser.lexicon.heads.longest(in: tokens, from: j) {
            let prefix = head.value.canonical + " "
            let before = tokens[i].start
            let latest = found.last { $0.span.first.map { $0 < before } == true && $0.canonical.hasPrefix(prefix) }
            return (head.end, latest?.canonical)
        }
        var e = parser.phrase.end(tokens, from: j, personNamed: false, titleContext: true)
        if let loc = parser.localities.parse(tokens, at: e) { e = loc.end }
        return (e, nil)
    }

    /// The title at `i` is that of the person the words before it name ("trợ
    /// lý Bộ trưởng", "phu nhân Tổng thống", "Người phát ngôn Tổng thống"), not of
    /// the name after it.
    func namesAnotherPerson(_ i: Int, _ title: (end: Int, title: String), _ tokens: KeyedTokens) -> Bool {
        guard i > 0, !tokens.lineStart[i] else { return false }
        for phrase in Self.dependants where phrase.count <= i {
            if phrase.indices.allSatisfy({ tokens[i - phrase.count + $0].folded == phrase[$0] }) { return true }
        }
        // A title right after another (a repeated one is a slip: "Bộ trưởng Bộ trưởng Bộ Y tế").
        return (max(0, i - 4)..<i).contains { s in
            titles.title(in: tokens, at: s).map { $0.end == i && $0.title != title.title } == true
        }
    }

    /// Folded words before a title that name its holder's aide ("phu nhân Thủ tướng X"
    /// names the Prime Minister, so wives and children are not among them).
    static let dependants: [[String]] = [["tro", "ly"], ["co", "van"]]

    /// A foreign name after a title, past the country it is written with (and a
    /// title it is the holder of: "Người phát ngôn Tổng thống Philippines Harry Roque"): its bounds.
    func foreignName(after j: Int, _ tokens: KeyedTokens, _ agencies: AgencySpans) -> (Int, Int)? {
        var k = j, country = false
        if let t = titles.title(in: tokens, at: k) { k = t.end }
        if let c = parser.localities.country(tokens, at: k) { k = c.end; country = true }
        k = titles.skipRanks(in: tokens, from: k)
        guard k < tokens.count, !agencies.covered[k],
              let e = foreign.name(in: tokens, at: k, afterCountry: country) else { return nil }
        return (k, e)
    }

    /// A personal name at `j`, also when an unrecognised body name runs into it.
    func nameAt(_ j: Int, _ tokens: KeyedTokens, _ agencies: AgencySpans) -> Int? {
        guard j < tokens.count, !agencies.covered[j] else { return nil }
        if let e = names.name(in: tokens, at: j) { return e }
        return nil
    }

    /// Further positions after a name or an agency: "– Trưởng đoàn kiểm tra",
    /// ", Sở Văn hóa và Thể thao Hà Nội –", "kiêm Chủ tịch …". Stops before the
    /// next person of a list.
    func furtherTitles(after start: Int, _ tokens: KeyedTokens, _ agencies: AgencySpans) -> ([String], Int) {
        var more: [String] = [], p = start, end = start
        while p < tokens.count, Self.separators.contains(tokens[p].text) || tokens.isFoldedWord(p, words.kiem) {
            var q = p + 1
            if q < tokens.count, words.former.contains(tokens.foldedWord(q)) { q += 1 }
            if let t = titles.title(in: tokens, at: q) {
                let (r, _) = agencyAfter(t.end, titleStart: q, agencies, tokens)
                if names.name(in: tokens, at: titles.skipRanks(in: tokens, from: r)) != nil { break }
                // Another person's organisation or name follows ("Tổng giám đốc VOV Nguyễn Thế Kỷ").
                if r < tokens.count, tokens.kinds[r] == .word, tokens.capitalized[r] || tokens.allCaps[r] { break }
                more.append(t.title); p = r; end = r
            } else if let a = agencies.byStart[q] {
                p = a.end; end = a.end
            } else {
                break
            }
        }
        return (more, end)
    }
}
