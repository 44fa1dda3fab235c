import VietText

/// Named organisations (EXTRACTION.md, "agencies"): an agency-type head with
/// its name phrase, parent body and locality, abbreviations expanded and the
/// locality completed from the article (aliases resolved in ``AgencyAliases``).
public struct AgencyRecognizer: Recognizer {
    let parser: AgencyParser
    let titles: TitleLexicon

    public init() { self.init(lexicons: .shared) }

    public init(lexicons: Lexicons) {
        parser = AgencyParser(lexicon: AgencyLexicon(lexicons: lexicons))
        titles = TitleLexicon(lexicons: lexicons)
    }

    public func recognize(_ input: RecognizerInput, into facts: inout Facts) {
        let tokens = input.keyed.isCurrent ? input.keyed : KeyedTokens(input.tokenized)
        let context = titles.titleContext(tokens)
        var parsed: [ParsedAgency] = []
        var i = 0
        while i < tokens.count {
            if tokens.kinds[i] == .word, parser.lexicon.heads.mayStart(tokens, at: i),
               let a = parser.parse(tokens, at: i, titleContext: context[i]) {
                parsed.append(a)
                i = a.end
            } else {
                i += 1
            }
        }
        guard !parsed.isEmpty else { return }
        let aliases = AgencyAliases(tokens: tokens, parsed: parsed, lexicon: parser.lexicon)
        let scalars = input.tokenized.scalars
        let outlet = input.article.source.map { Folding.folded($0) }
        let named = parsed.compactMap { a in aliases.canonical(a).map { (a, $0) } }
        let national = Self.nationalNames(named.map(\.1))
        for (a, written) in named {
            let canonical = national[written] ?? written
            let from = tokens[a.start].start, to = tokens[a.end - 1].end
            if let outlet, Folding.folded(canonical) == outlet { continue }
            let text = UTF8Buffer.string(scalars[from..<min(to, scalars.count)])
            facts.agencies.append(AgencyMention(text: text, canonical: Self.tidy(canonical), span: [from, to]))
        }
    }

    /// A national body written once in full and elsewhere without "Việt Nam"
    /// ("Tổng cục Đường bộ Việt Nam" … "Tổng cục Đường bộ") is one body: the
    /// short name maps to the full one.
    static func nationalNames(_ names: [String]) -> [String: String] {
        let suffix = " Việt Nam"
        guard names.contains(where: { $0.hasSuffix(suffix) }) else { return [:] }
        let all = Set(names)
        var map: [String: String] = [:]
        for n in all where !n.hasSuffix(suffix) && all.contains(n + suffix) { map[n] = n + suffix }
        return map
    }

    /// Canonical names start with a capital ("phòng …" written after "Trưởng" → "Phòng …").
    static func tidy(_ s: String) -> String {
        guard let first = s.first, first.isLowercase else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
