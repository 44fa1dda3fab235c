import VietText

/// Finds calendar references: full dates, day/month with the year taken from
/// context, month/year, years after "năm", quarters, and ranges of these.
///
/// A day/month such as `12/10` is only a date with a cue ("Sáng 12/10",
/// "từ 1/10", "12/10 vừa qua", "(12/10)"); without one, `13/13 phường` or
/// `24/7` is a ratio or an expression. Document numbers are never read as dates.
public struct DateRecognizer: Recognizer {
    let lex: ExtractLexicons

    /// ``ExtractLexicons/words``, read without going through the class each time.
    let w: CueWords

    public init(lexicons: ExtractLexicons = .shared) { self.lex = lexicons; self.w = lexicons.words }

    /// One reference: tokens `[start, end)`, a value and, for ranges, its end.
    struct Match {
        var start: Int, end: Int
        var value: CalendarValue
        var upper: CalendarValue?
        /// Index of the token that carries the date, for year inference.
        var anchor: Int
    }

    public func recognize(_ input: RecognizerInput, into facts: inout Facts) {
        let tokens = input.keyed.isCurrent ? input.keyed : KeyedTokens(input.tokenized)
        var matches: [Match] = []
        var i = 0
        while i < tokens.count {
            guard Self.mayStart(tokens, i), let first = single(tokens, at: i) else { i += 1; continue }
            var m = first
            if let r = rangeEnd(tokens, after: first) { m = r }
            matches.append(m)
            i = m.end
            // "các năm 2023 và 2024", "năm 2019, 2020": further years of a list.
            if m.upper == nil, m.value.month == nil, m.value.quarter == nil, m.value.year != nil {
                while i + 1 < tokens.count, isListJoint(tokens, i), tokens[i + 1].kind == .number,
                      let y = DateReading.year(tokens[i + 1].text), !followedByCountedNoun(tokens, i + 2) {
                    matches.append(Match(start: i + 1, end: i + 2, value: CalendarValue(year: y), anchor: i + 1))
                    i += 2
                }
            }
        }
        var context = YearContext(tokenized: input.tokenized, published: input.article.published)
        for m in matches where m.upper == nil {
            if let y = m.value.year { context.add(year: y, at: m.anchor) }
        }
        for var m in matches {
            if var upper = m.upper {
                // "từ 20/12 đến 5/1/2020": the first date takes the second's year (or the one before).
                if m.value.year == nil, let uy = upper.year {
                    let wraps = (m.value.month ?? 0) > (upper.month ?? 13)
                    m.value.year = wraps ? uy - 1 : uy
                }
                if m.value.year == nil { m.value.year = context.year(forTokenAt: m.anchor) }
                if upper.year == nil { upper.year = m.value.year }
                m.upper = upper
            } else if m.value.year == nil {
                m.value.year = context.year(forTokenAt: m.anchor)
            }
            let value = m.upper.map { "\(m.value.iso)/\($0.iso)" } ?? m.value.iso
            facts.dates.append(DateMention(text: TokenText.join(tokens, m.start..<m.end), value: value,
                                           span: TokenText.span(tokens, m.start..<m.end)))
        }
    }

    // MARK: - Single references

    /// Only numbers and words starting with "q" (quý) or "t" (tháng) can start
    /// a reference: a cheap test that spares ``single(_:at:)`` most tokens.
    @inline(__always) static func mayStart(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        let kind = tokens.kinds[i]
        if kind == .number { return true }
        guard kind == .word else { return false }
        // A text starting with q, Q, t or T folds to an initial q or t: the
        // byte array rules out most words without reading the token's String.
        let initial = tokens.foldedInitials[i]
        guard initial == UInt8(ascii: "q") || initial == UInt8(ascii: "t") else { return false }
        // The lowercase form starts with q or t exactly when the text does with
        // q, Q, t or T: no other scalar lowercases to those letters.
        let first = (tokens.tokens[i].text.utf8.first ?? 0) | 0x20
        return first == UInt8(ascii: "q") || first == UInt8(ascii: "t")
    }

    func single(_ tokens: KeyedTokens, at i: Int) -> Match? {
        // Kind and byte checks first, without copying the token: this runs on
        // every token of every article.
        let kind = tokens.kinds[i]
        if kind == .word {
            guard Self.mayStart(tokens, i) else { return nil }
            // The byte count (O(1)) rules out most words before a scalar compare
            // ("quý" and "tháng" lowercase byte for byte).
            let count = tokens.tokens[i].text.utf8.count
            if count == 4, tokens.lowerEquals(i, "quý") { return quarter(tokens, at: i) }
            if count == 6, tokens.lowerEquals(i, "tháng") { return month(tokens, at: i) }
            return nil
        }
        guard kind == .number, !isNumberedThing(tokens, i) else { return nil }
        let t = tokens[i]
        // Full dates, year ranges, month/years, day/months and day ranges all
        // need a separator: plain digits (most numbers) skip their five parses.
        if t.text.utf8.contains(where: { $0 == 0x2F || $0 == 0x2D || $0 == 0x2E }),
           let decided = separated(tokens, at: i, t) { return decided }
        if let y = DateReading.year(t.text) {
            if i > 0, tokens.isLower(i - 1, w.nam) { return Match(start: yearCueStart(tokens, i - 1), end: i + 1, value: CalendarValue(year: y), anchor: i) }
            // "2017 - 2024", "từ 2017 đến 2020" after a cue such as "giai đoạn".
            if let cue = lex.yearCues.match(tokens, endingBefore: i) ?? (isParenthesized(tokens, i, i + 3) ? (start: i, value: "") : nil),
               i + 2 < tokens.count, isRangeJoint(tokens, i + 1), let y2 = DateReading.year(tokens[i + 2].text), y2 > y,
               !followedByCountedNoun(tokens, i + 3) {
                return Match(start: cue.start, end: i + 3, value: CalendarValue(year: y), upper: CalendarValue(year: y2), anchor: i)
            }
            return nil
        }
        if let d = Int(t.text), (1...31).contains(d), i > 0, tokens.isLower(i - 1, w.ngay),
           i + 2 < tokens.count, tokens.isLower(i + 1, w.thang), let m = Int(tokens[i + 2].text),
           DateReading.isValid(day: d, month: m) {
            var v = CalendarValue(month: m, day: d), end = i + 3
            if end + 1 < tokens.count, tokens.isLower(end, w.nam), let y = DateReading.year(tokens[end + 1].text) {
                v.year = y; end += 2
            }
            return Match(start: cueStart(tokens, i), end: end, value: v, anchor: i)
        }
        if let d = Int(t.text), i > 0, tokens.isLower(i - 1, w.ngay), let r = dayToDate(tokens, day: d, at: i) { return r }
        return nil
    }

    /// The references written with a separator at number token `i`: a match,
    /// `.some(nil)` for a number that is no date, or nil to read it as a year.
    func separated(_ tokens: KeyedTokens, at i: Int, _ t: Token) -> Match?? {
        if let v = DateReading.fullDate(t.text) {
            return Match(start: cueStart(tokens, i), end: i + 1, value: v, anchor: i)
        }
        if let (a, b) = DateReading.yearRange(t.text) {
            let cue = lex.yearCues.match(tokens, endingBefore: i)
            guard cue != nil || isParenthesized(tokens, i, i + 1) || !followedByCountedNoun(tokens, i + 1) else { return .some(nil) }
            return Match(start: cue?.start ?? i, end: i + 1, value: CalendarValue(year: a), upper: CalendarValue(year: b), anchor: i)
        }
        if let v = DateReading.monthYear(t.text), t.text.utf8.contains(UInt8(ascii: "/")) || hasDateCue(tokens, i) {
            return Match(start: cueStart(tokens, i), end: i + 1, value: v, anchor: i)
        }
        if let v = DateReading.dayMonth(t.text), isDayMonthDate(tokens, i) {
            return Match(start: cueStart(tokens, i), end: i + 1, value: v, anchor: i)
        }
        // "sáng 22.6", "ngày 3.7": day.month as some outlets write it, only after a cue that is no weak one.
        if let v = DateReading.dottedDayMonth(t.text), let cue = lex.dateCues.match(tokens, endingBefore: i), cue.value != "weak" {
            return Match(start: cueStart(tokens, i), end: i + 1, value: v, anchor: i)
        }
        if let v = dayRange(t.text), hasDateCue(tokens, i) {
            return Match(start: cueStart(tokens, i), end: i + 1, value: v.0, upper: v.1, anchor: i)
        }
        return nil
    }

    /// "từ ngày 9 đến 25/2", "ngày 6 - 8/12/2019": a bare day whose month (and year) the range's end gives.
    func dayToDate(_ tokens: KeyedTokens, day d: Int, at i: Int) -> Match? {
        guard i + 2 < tokens.count, isRangeJoint(tokens, i + 1), tokens[i + 1].sentence == tokens[i].sentence else { return nil }
        var k = i + 2
        if tokens.isLower(k, w.ngay), k + 1 < tokens.count { k += 1 }
        guard tokens.kinds[k] == .number,
              let end = DateReading.fullDate(tokens[k].text) ?? DateReading.dayMonth(tokens[k].text),
              let m = end.month, let last = end.day, d < last, DateReading.isValid(day: d, month: m) else { return nil }
        return Match(start: cueStart(tokens, i), end: k + 1, value: CalendarValue(year: end.year, month: m, day: d),
                     upper: end, anchor: i)
    }

    /// `quý I/2019`, `quý 1/2019`, `quý II năm 2020`, `quý IV`.
    func quarter(_ tokens: KeyedTokens, at i: Int) -> Match? {
        guard i + 1 < tokens.count else { return nil }
        let q = tokens[i + 1]
        if q.kind == .number, let v = DateReading.monthYear(q.text), let m = v.month, m <= 4 {
            return Match(start: i, end: i + 2, value: CalendarValue(year: v.year, quarter: m), anchor: i + 1)
        }
        var parts = q.text.split(separator: "-").map(String.init)
        guard let first = parts.first else { return nil }
        let n = q.kind == .word ? NumberReading.roman(first) : (q.kind == .number && parts.count == 1 ? Int(first) : nil)
        guard let n, (1...4).contains(n) else { return nil }
        var v = CalendarValue(quarter: n), end = i + 2
        parts.removeFirst()
        if let p = parts.first, let y = DateReading.year(p) { v.year = y }
        else if end + 1 < tokens.count, tokens[end].text == "/" || tokens.isLower(end, w.nam) || TokenText.isDash(tokens[end]),
                let y = DateReading.year(tokens[end + 1].text) { v.year = y; end += 2 }
        return Match(start: i, end: end, value: v, anchor: i + 1)
    }

    /// `tháng 10/2018`, `tháng 10 năm 2018`, `tháng 10-2018`; a month alone is left out.
    func month(_ tokens: KeyedTokens, at i: Int) -> Match? {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .number else { return nil }
        let t = tokens[i + 1]
        if let v = DateReading.monthYear(t.text) {
            return Match(start: i, end: i + 2, value: v, anchor: i + 1)
        }
        if let m = Int(t.text), (1...12).contains(m), i + 3 < tokens.count, tokens.isLower(i + 2, w.nam),
           let y = DateReading.year(tokens[i + 3].text) {
            return Match(start: i, end: i + 4, value: CalendarValue(year: y, month: m), anchor: i + 1)
        }
        return nil
    }

    /// `1-2/10`, `1-2/10/2019`: consecutive days of one month.
    func dayRange(_ text: String) -> (CalendarValue, CalendarValue)? {
        guard let (n, seps) = DateReading.parts(text), n.count >= 3, seps[0] == "-", seps[1] == "/" else { return nil }
        var year: Int?
        if n.count == 4 { guard seps[2] == "/", DateReading.isYear(n[3]) else { return nil }; year = n[3] }
        guard n.count <= 4, n[0] < n[1], DateReading.isValid(day: n[0], month: n[2]),
              DateReading.isValid(day: n[1], month: n[2]) else { return nil }
        return (CalendarValue(year: year, month: n[2], day: n[0]), CalendarValue(year: year, month: n[2], day: n[1]))
    }

    // MARK: - Ranges

    /// Extends a reference with `– 10/10/2024`, `đến 15/10/2019`, `đến năm 2020`.
    func rangeEnd(_ tokens: KeyedTokens, after first: Match) -> Match? {
        guard first.upper == nil, first.end < tokens.count else { return nil }
        let joint = tokens[first.end]
        guard isRangeJoint(tokens, first.end), !joint.lineStart, joint.sentence == tokens[first.anchor].sentence else { return nil }
        var k = first.end + 1
        if k < tokens.count, tokens.kinds[k] == .word,
           tokens.isLower(k, w.ngay) || tokens.isLower(k, w.nam) || tokens.isLower(k, w.thang),
           first.value.day == nil || tokens.isLower(k, w.ngay) {
            if tokens.isLower(k, w.nam), k + 1 < tokens.count, let y = DateReading.year(tokens[k + 1].text),
               first.value.month == nil, first.value.quarter == nil {
                return Match(start: first.start, end: k + 2, value: first.value, upper: CalendarValue(year: y), anchor: first.anchor)
            }
            if tokens.isLower(k, w.ngay) { k += 1 }
        }
        guard k < tokens.count, tokens[k].kind == .number else { return nil }
        let t = tokens[k]
        var second: CalendarValue?
        if first.value.day != nil {
            second = DateReading.fullDate(t.text) ?? DateReading.dayMonth(t.text)
        } else if first.value.month != nil && first.value.quarter == nil {
            second = DateReading.monthYear(t.text)
        } else if first.value.quarter == nil, let y = DateReading.year(t.text), let y1 = first.value.year, y > y1 {
            second = CalendarValue(year: y)
        }
        guard let second else { return nil }
        return Match(start: first.start, end: k + 1, value: first.value, upper: second, anchor: first.anchor)
    }

    // MARK: - Cues

    func isDayMonthDate(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        let dashed = tokens[i].text.utf8.contains(UInt8(ascii: "-"))
        if let cue = lex.dateCues.match(tokens, endingBefore: i) {
            // "từ 3-5 ngày", "đến 2/3 số hộ": a weak cue before a counted thing is no date.
            if cue.value == "weak" && (dashed || followedByCountedNoun(tokens, i + 1)) { return false }
            return true
        }
        if dashed { return false }
        if hasDateCue(tokens, i) { return true }
        if i + 1 < tokens.count, lex.dateFollowCues.match(tokens, at: i + 1) != nil { return true }
        if isParenthesized(tokens, i, i + 1) { return true }
        // "12/10, UBND tỉnh…" opening a sentence, or the first part of "1/10 - 15/10".
        let opens = i == 0 || tokens[i].lineStart || tokens[i - 1].sentence != tokens[i].sentence
        if opens, i + 1 < tokens.count, tokens[i + 1].text == "," { return true }
        if i + 2 < tokens.count, TokenText.isDash(tokens[i + 1]), DateReading.fullDate(tokens[i + 2].text) != nil { return true }
        return false
    }

    func hasDateCue(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        if lex.dateCues.match(tokens, endingBefore: i) != nil { return true }
        // "8h30, 12/10" or "15:10, 08/02": a time of day right before.
        if i >= 2, tokens[i - 1].text == ",", tokens[i - 2].kind == .code,
           tokens[i - 2].text.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "h") }) { return true }
        return false
    }

    /// First token of the mention, stepping back over date cues ("Chiều ngày").
    func cueStart(_ tokens: KeyedTokens, _ i: Int) -> Int {
        var start = i
        while let cue = lex.dateCues.match(tokens, endingBefore: start, floor: start - 4), cue.start < start,
              tokens[cue.start].sentence == tokens[i].sentence {
            start = cue.start
        }
        return start
    }

    func yearCueStart(_ tokens: KeyedTokens, _ namIndex: Int) -> Int {
        if let cue = lex.yearCues.match(tokens, endingBefore: namIndex + 1), cue.start < namIndex { return cue.start }
        return namIndex
    }

    /// A number written as part of a document number or a name ("số 12/2019", "Quyết định 12/10").
    func isNumberedThing(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if tokens.isLower(i - 1, w.so) { return true }
        if lex.documentKinds.match(tokens, endingBefore: i) != nil { return true }
        if i + 2 < tokens.count, tokens[i + 1].text == "/", tokens[i + 2].isAllCaps, !tokens[i + 1].spaceBefore || tokens[i + 2].kind == .word {
            return true
        }
        return false
    }

    func isParenthesized(_ tokens: KeyedTokens, _ start: Int, _ end: Int) -> Bool {
        start > 0 && end < tokens.count && tokens[start - 1].text == "(" && tokens[end].text == ")"
    }

    func isRangeJoint(_ tokens: KeyedTokens, _ k: Int) -> Bool {
        TokenText.isDash(tokens[k]) || tokens.isLower(k, w.den) || tokens.isLower(k, w.toi)
    }

    func isListJoint(_ tokens: KeyedTokens, _ k: Int) -> Bool {
        tokens[k].text == "," || tokens.isLower(k, w.va) || tokens.isLower(k, w.hoac)
    }

    /// A lowercase noun that is not a function word follows: `2000-3000 người` counts people.
    func followedByCountedNoun(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word, !tokens[i].isCapitalized else { return false }
        return lex.unitStopwords.match(tokens, at: i) == nil && lex.dateFollowCues.match(tokens, at: i) == nil
    }
}
