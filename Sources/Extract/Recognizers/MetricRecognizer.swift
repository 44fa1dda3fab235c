import VietText

/// Finds figures written with digits: counts, money, percentages, ratios,
/// ranges, areas, durations. Reads the Vietnamese notation and scale words
/// (`1,2 tỷ đồng` = 1 200 000 000 đồng), the qualifier before the number
/// (`hơn`, `gần`, `tối đa`…) and the counted unit after it.
///
/// Runs last: tokens inside dates, documents and agency names are not figures,
/// and neither are ordinals, levels, addresses, list numbers, times of day or
/// phone numbers (see ``isNotAFigure(_:_:)``).
public struct MetricRecognizer: Recognizer {
    let lex: ExtractLexicons
    let units: UnitPhrase
    /// ``ExtractLexicons/words``.
    let w: CueWords

    public init(lexicons: ExtractLexicons = .shared) {
        self.lex = lexicons
        self.units = UnitPhrase(lex: lexicons)
        self.w = lexicons.words
    }

    public func recognize(_ input: RecognizerInput, into facts: inout Facts) {
        let tokens = input.keyed.isCurrent ? input.keyed : KeyedTokens(input.tokenized)
        let claimed = SpanSet(facts.dates.map(\.span) + facts.documents.map(\.span) + facts.agencies.map(\.span))
        var i = 0
        while i < tokens.count {
            // The kinds array, not the token: copying a Token per token showed in profiles.
            let kind = tokens.kinds[i]
            guard kind == .number || kind == .code, !claimed.overlaps(tokens[i].start, tokens[i].end),
                  !isNotAFigure(tokens, i), let m = figure(tokens, at: i, claimed: claimed) else { i += 1; continue }
            facts.metrics.append(m.mention)
            i = m.end
        }
    }

    struct Found { var mention: MetricMention; var end: Int }

    func figure(_ tokens: KeyedTokens, at i: Int, claimed: SpanSet) -> Found? {
        let t = tokens[i]
        var value: Double, total: Double?, upper: Double?
        var start = i, end = i + 1
        var unitRange: Range<Int>?
        var unitText: String?
        if t.kind == .code {
            // "500.000đ", "5ha", "10km": digits with a unit written on.
            guard let (number, suffix) = splitCode(t.text), let v = NumberReading.value(number),
                  lex.units.contains(Folding.lowercased(suffix)), !["h", "g", "l"].contains(suffix.lowercased()) else { return nil }
            value = v; unitText = String(suffix)
        } else if let v = NumberReading.value(t.text) {
            value = v
        } else if let (a, b, sep) = pair(t.text) {
            if sep == "/" { guard b > 0, a <= b else { return nil }; value = a; total = b }
            else { guard b > a else { return nil }; value = a; upper = b }
        } else {
            return nil
        }
        // "3 - 5 ngày", "từ 3 đến 5 ngày".
        if unitText == nil, total == nil, upper == nil, end + 1 < tokens.count {
            let joint = tokens[end]
            let fromTo = (tokens.isLower(end, w.den) || tokens.isLower(end, w.toi)) && i > 0 && tokens.isLower(i - 1, w.tu)
            if TokenText.isDash(joint) || fromTo, tokens[end + 1].kind == .number,
               let b = NumberReading.value(tokens[end + 1].text), b > value, !claimed.overlaps(tokens[end + 1].start, tokens[end + 1].end) {
                upper = b; end += 2
                if fromTo { start = i - 1 }
            }
        }
        // Scale words: "30 nghìn", "1,2 tỷ", "1 tỷ 200 triệu", "2 nghìn tỷ".
        var scaled = false
        if unitText == nil {
            while end < tokens.count, let s = lex.scaleWords.match(tokens, at: end), let f = Double(s.value) {
                value *= f; upper = upper.map { $0 * f }; end += s.count; scaled = true
                if end + 1 < tokens.count, tokens[end].kind == .number, let part = NumberReading.value(tokens[end].text),
                   let s2 = lex.scaleWords.match(tokens, at: end + 1), let f2 = Double(s2.value), f2 < f, upper == nil {
                    value += part * f2; end += 1 + s2.count
                }
            }
        }
        if unitText == nil, end < tokens.count {
            if tokens[end].text == "%" || tokens[end].text == "‰" {
                unitText = "%"; end += 1
            } else if end + 1 < tokens.count, tokens.isLower(end, w.phan), tokens.isLower(end + 1, w.tram) {
                unitText = "%"; end += 2
            } else if let r = units.read(tokens, from: end, claimed: claimed) {
                unitRange = r; end = r.upperBound
            }
        }
        if let r = unitRange {
            if isTimeOfDay(tokens, i, unit: r) { return nil }
            unitText = TokenText.join(tokens, r)
        }
        guard unitText != nil || total != nil || scaled else { return nil }
        if scaled { value = Self.tidy(value); upper = upper.map(Self.tidy) }
        var qualifier: MetricMention.Qualifier?
        if let q = lex.qualifiers.match(tokens, endingBefore: start), let kind = MetricMention.Qualifier(rawValue: q.value) {
            qualifier = kind; start = q.start
        }
        // "Luật An ninh mạng 2018 quy định": a bare year-like number counts only with a
        // qualifier or a measure unit (counts that large are written "2.018").
        if t.kind == .number, DateReading.year(t.text) != nil, qualifier == nil, !scaled, upper == nil,
           unitText != "%", unitRange.map({ lex.units.match(tokens, at: $0.lowerBound) == nil }) ?? true {
            return nil
        }
        let mention = MetricMention(text: TokenText.join(tokens, start..<end), value: value, total: total, max: upper,
                                    unit: unitText, qualifier: qualifier, span: TokenText.span(tokens, start..<end))
        return Found(mention: mention, end: end)
    }

    /// `1,2 × 10⁹` read in binary floating point is a hair off 1 200 000 000.
    static func tidy(_ v: Double) -> Double {
        let r = v.rounded()
        return abs(v - r) <= 1e-9 * max(1, abs(v)) ? r : v
    }

    /// `13/13` → (13, 13, "/"), `3-5` → (3, 5, "-").
    func pair(_ text: String) -> (Double, Double, Character)? {
        for sep: Character in ["/", "-"] {
            let parts = text.split(separator: sep, omittingEmptySubsequences: false)
            if parts.count == 2, let a = NumberReading.value(parts[0]), let b = NumberReading.value(parts[1]) { return (a, b, sep) }
        }
        return nil
    }

    func splitCode(_ text: String) -> (Substring, Substring)? {
        guard let idx = text.firstIndex(where: { $0.isLetter }), idx > text.startIndex else { return nil }
        let suffix = text[idx...]
        guard suffix.allSatisfy({ $0.isLetter || $0.isNumber }), !suffix.contains(where: { $0.isNumber && $0 != "2" && $0 != "3" })
        else { return nil }
        return (text[..<idx], suffix)
    }

    /// Ordinals, levels, names, addresses, list numbers, times and phone numbers.
    func isNotAFigure(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        let t = tokens[i]
        if NumberReading.looksLikePhone(t.text) { return true }
        if lex.numberExpressions.match(tokens, at: i) != nil { return true }
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            if next.text == ":" && !next.spaceBefore { return true }                       // 14:30
            if next.text == "/" && i + 2 < tokens.count && tokens[i + 2].isAllCaps { return true }   // 04 / KH-UBND
            if t.lineStart && (next.text == "." || next.text == ")") { return true }       // list numbering
            // "125 phố Lò Đúc", "163 đường D2", "3/61 đường Dương Văn An": a house number.
            // (Not "2,2km đường Trường Chinh", a length, nor "1 đường CHC", a runway.)
            if t.kind == .number, i + 2 < tokens.count, w.streets.contains(tokens.lowerID(i + 1)),
               tokens.capitalized[i + 2] && !tokens.allCaps[i + 2] || tokens.kinds[i + 2] == .number { return true }
        }
        guard i > 0 else { return false }
        let prev = tokens[i - 1]
        if prev.text == ":" && !t.spaceBefore { return true }
        if tokens.isLower(i - 1, w.gio) || tokens.isLower(i - 1, w.h) { return true }                        // 14 giờ 30
        if lex.numberPrefixes.match(tokens, endingBefore: i) != nil { return true }
        if prev.kind == .word && (prev.isCapitalized || prev.isAllCaps), !opensSentence(tokens, i - 1),
           lex.unitStopwords.match(tokens, at: i - 1) == nil, lex.qualifiers.match(tokens, endingBefore: i) == nil,
           lex.dateCues.match(tokens, endingBefore: i) == nil {
            return true   // "Quận 1", "THCS 2", "Euro 2024": part of a name
        }
        // "F-35", "F -35 B", "Su-35", "MiG-29": a model's number after its letters and a hyphen.
        if (prev.text == "-" || prev.text == "–") && !t.spaceBefore && i >= 2 && tokens.kinds[i - 2] == .word,
           tokens[i - 2].isAllCaps || tokens[i - 2].isCapitalized && tokens[i - 2].text.unicodeScalars.count <= 3 {
            return true
        }
        // Further numbers of a run ("0243 123 456", "1, 2, 3").
        if prev.kind == .number && t.spaceBefore { return true }
        return false
    }

    func opensSentence(_ tokens: KeyedTokens, _ k: Int) -> Bool {
        k == 0 || tokens[k].lineStart || tokens[k - 1].sentence != tokens[k].sentence
            || ["–", "-", "—", ":", "\"", "“", "("].contains(tokens[k - 1].text)
    }

    /// "lúc 14 giờ", "14 giờ 30", "8 giờ sáng": a time, not a duration.
    func isTimeOfDay(_ tokens: KeyedTokens, _ i: Int, unit r: Range<Int>) -> Bool {
        guard tokens.isLower(r.lowerBound, w.gio) || tokens.isLower(r.lowerBound, w.h) else { return false }
        if i > 0, w.timeBefore.contains(tokens.lowerID(i - 1)) { return true }
        guard r.upperBound < tokens.count else { return false }
        return tokens.kinds[r.upperBound] == .number || w.timeAfter.contains(tokens.lowerID(r.upperBound))
    }
}
