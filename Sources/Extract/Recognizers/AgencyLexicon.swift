import VietText

/// How an agency head is followed: by a locality, a name phrase, or nothing.
enum AgencyHeadClass: String, Sendable { case locality, named, fixed }

/// One head of agency-types.txt with its canonical spelling and flags.
struct AgencyHead: Sendable {
    var canonical: String
    var kind: AgencyHeadClass
    /// May be written lowercase and still name one body (quận ủy).
    var lowercaseOK = false
    /// Takes the article's province when none is written.
    var province = false
    /// Writes its locality without the level word (Sở Y tế Hà Nội).
    var dropLevel = false
    /// Only with a name from agency-names.txt.
    var knownOnly = false
    /// A sub-unit that needs a parent body or locality.
    var needsParent = false
    /// Its name may be a person's name (schools, companies).
    var personNamed = false
    /// May be named by its locality alone ("Đại học Cần Thơ", "Trường tiểu học xã Quỳnh Thuận").
    var placeNamed = false
    /// With ``knownOnly``: an unlisted name closed by a country still names a body ("Bộ Thương mại Mỹ").
    var foreignNamed = false
    /// Its name is never one plain syllable ("Hội An" is a city).
    var longName = false
    var isAbbreviation: Bool { canonical.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }
}

/// A province or centrally-run city and the level word it takes.
struct Province: Sendable {
    var name: String
    var level: String
}

/// Every lexicon the agency and official recognizers share, built once from
/// the data files into folded-syllable tries.
struct AgencyLexicon: Sendable {
    var heads = FoldedTrie<AgencyHead>()
    /// Known names after a head, including abbreviations (LĐTB&XH).
    var names = FoldedTrie<String>()
    var provinces = FoldedTrie<Province>()
    /// Foreign countries (countries.txt), as written in a body's name.
    var countries = FoldedTrie<String>()
    /// Words that start with a one-syllable country ("Pháp luật", "Mỹ thuật").
    var countryWords = FoldedTrie<Bool>()
    /// Places named with a head word first (head-places.txt): "Hội An" is no association.
    var headPlaces = FoldedTrie<Bool>()
    /// Two-syllable nouns that run on whole in a sentence-case name (name-compounds.txt).
    var nameCompounds = FoldedTrie<Bool>()
    /// Locality level words: folded → canonical lowercase ("tp." → "thành phố").
    var levels = FoldedTrie<String>()
    /// Single-token abbreviations inside generic names: folded → expansion.
    var abbreviations: [String: String] = [:]
    var stopwords: Set<String> = []
    /// Single words tested by folded vocabulary id.
    let words = AgencyWords()
    var surnames: Set<String> = []
    /// Words that make "Hội …"/"Trường …" an event or a common noun, not a body.
    let notBodies: Set<String> = Set(["nghị", "thảo", "thi", "chợ", "diễn", "giảng", "trường", "sở", "viên", "họp",
                                      "phận", "làm", "quán", "hợp", "học", "phí", "chống", "khám", "ngủ", "trọ",
                                      "tuyến", "công", "đàm", "đoàn", "thoại", "chờ", "tiếp", "chung"].map(ToneKey.key))
    /// First words of a school's name after "Trường" (not "Trường Chinh", a person).
    let schoolTypes: Set<String> = Set(["đại", "cao", "trung", "tiểu", "mầm", "phổ", "chính", "sĩ", "quân", "cán",
                                        "nghề", "bồi", "dân", "quốc", "chuyên", "thpt", "thcs", "th", "ptdtnt", "ptth",
                                        "đh", "cđ", "thpt", "năng", "nghiệp", "kinh", "y", "dược", "mẫu", "văn", "an",
                                        "sư", "kỹ", "công", "giáo", "nhà", "quản", "tư", "thiếu", "hữu"].map(ToneKey.key))


    init(lexicons: Lexicons) {
        var pairs: [(String, String)] = []
        for line in lexicons.entries("abbreviations") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            abbreviations[Folding.folded(parts[0])] = parts[1]
            pairs.append((parts[0], parts[1]))
        }
        var headKeys: Set<String> = []
        for line in lexicons.entries("agency-types") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2, let kind = AgencyHeadClass(rawValue: f[1]) else { continue }
            let flags = Set((f.count > 2 ? f[2] : "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if kind == .named && flags.contains("person") { headKeys.insert(Folding.folded(f[0])) }
            var head = AgencyHead(canonical: expand(f[0]), kind: kind)
            head.lowercaseOK = flags.contains("lower"); head.province = flags.contains("province")
            head.dropLevel = flags.contains("drop"); head.knownOnly = flags.contains("known")
            head.needsParent = flags.contains("parent"); head.personNamed = flags.contains("person")
            head.placeNamed = flags.contains("place")
            head.foreignNamed = flags.contains("foreign"); head.longName = flags.contains("long")
            heads.insert(phrase: f[0], head)
            if !flags.contains("short") { heads.insert(phrase: expand(f[0]), head) }
        }
        for line in lexicons.entries("agency-names") {
            let f = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            names.insert(phrase: f[0], f[0])
            if f.count > 1 {
                for v in f[1].split(separator: ";") { names.insert(phrase: v.trimmingCharacters(in: .whitespaces), f[0]) }
            }
        }
        // A body type written short ("Trường ĐH Y") is a head of its own, not a name after another head.
        for (abbr, expansion) in pairs where expansion.first?.isUppercase == true && !headKeys.contains(Folding.folded(abbr)) {
            names.insert(phrase: abbr, expansion)
            // "GD & ĐT", "GD &ĐT": the ampersand written apart makes three tokens of one abbreviation.
            if abbr.contains("&") { names.insert(phrase: abbr.replacingOccurrences(of: "&", with: " & "), expansion) }
        }
        for line in lexicons.entries("provinces") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2 else { continue }
            let p = Province(name: f[0], level: f[1])
            provinces.insert(phrase: f[0], p)
            if f.count > 2 {
                for v in f[2].split(separator: ";") { provinces.insert(phrase: v.trimmingCharacters(in: .whitespaces), p) }
            }
        }
        for (w, c) in [("tỉnh", "tỉnh"), ("thành phố", "thành phố"), ("TP", "thành phố"), ("TP.", "thành phố"),
                       ("quận", "quận"), ("huyện", "huyện"), ("thị xã", "thị xã"), ("TX", "thị xã"), ("TX.", "thị xã"),
                       ("xã", "xã"), ("phường", "phường"), ("thị trấn", "thị trấn")] {
            levels.insert(phrase: w, c)
        }
        for line in lexicons.entries("countries") { countries.insert(phrase: line, line) }
        for line in lexicons.entries("country-words") { countryWords.insert(phrase: line, true) }
        for line in lexicons.entries("head-places") { headPlaces.insert(phrase: line, true) }
        for line in lexicons.entries("name-compounds") { nameCompounds.insert(phrase: line, true) }
        stopwords = Set(lexicons.entries("name-stopwords").map(ToneKey.key))
        surnames = Set(lexicons.entries("surnames").map(ToneKey.key))
    }

    /// Expands every abbreviation word of a phrase ("UBND" → "Ủy ban nhân dân"), written in
    /// capitals: "Bộ Tư lệnh" keeps its "Tư" (no TƯ, Trung ương).
    func expand(_ phrase: String) -> String {
        phrase.split(separator: " ").map {
            $0.contains(where: \.isLowercase) ? String($0) : abbreviations[Folding.folded($0)] ?? String($0)
        }.joined(separator: " ")
    }
}
