import VietText

/// Finds legal and administrative documents cited by number and symbol:
/// "Kế hoạch số 04/KH-HĐTĐKT ngày 19/6/2019", "Nghị định 100/2019/NĐ-CP",
/// "Chương trình 06-CTr/TU của Thành ủy". The kind comes from the word before
/// the number or, when none is written, from the symbol ("TT" → Thông tư);
/// the issuer is an agency already found (agencies run first) that the
/// sentence names with "của …" after the number or as the subject of "ban hành".
public struct DocumentRecognizer: Recognizer {
    let lex: ExtractLexicons
    let dates: DateRecognizer
    /// ``ExtractLexicons/words``.
    let w: CueWords

    public init(lexicons: ExtractLexicons = .shared) {
        self.lex = lexicons
        self.dates = DateRecognizer(lexicons: lexicons)
        self.w = lexicons.words
    }

    public func recognize(_ input: RecognizerInput, into facts: inout Facts) {
        let tokens = input.keyed.isCurrent ? input.keyed : KeyedTokens(input.tokenized)
        var i = 0
        while i < tokens.count {
            let kind = tokens[i].kind
            guard kind == .code || kind == .number,
                  let (number, numberEnd) = symbol(tokens, at: i) ?? yearNumber(tokens, at: i) else { i += 1; continue }
            var start = i
            if i > 0, tokens.isLower(i - 1, w.so) || tokens[i - 1].text == ":" {
                start = i - 1
                if start > 0, tokens.isLower(start - 1, w.so), tokens[start].text == ":" { start -= 1 }
            }
            let kindWord = lex.documentKinds.match(tokens, endingBefore: start, floor: start - 6)
            guard let kind = kindWord.map({ $0.value }) ?? kindFromSymbol(number) else { i = numberEnd; continue }
            if let k = kindWord { start = k.start }
            var end = numberEnd
            var date: String?
            if let (d, dEnd) = signingDate(tokens, after: end) { date = d; end = dEnd }
            var issuer: String?
            if let (agency, aEnd) = agencyAfter(tokens, end, facts.agencies) { issuer = agency; end = aEnd }
            else { issuer = subjectIssuer(tokens, before: start, facts.agencies) }
            facts.documents.append(DocumentMention(text: TokenText.join(tokens, start..<end), number: number, kind: kind,
                                                   date: date, issuer: issuer, span: TokenText.span(tokens, start..<end)))
            i = end
        }
    }

    /// The number-and-symbol starting at `i`, spaces removed, and the index after it.
    /// It starts with digits, has a `/` or `-`, and its letters are mostly capitals.
    func symbol(_ tokens: KeyedTokens, at i: Int) -> (String, Int)? {
        var text = tokens[i].text
        var end = i + 1
        // "04 / KH-UBND", "123/ QĐ-UBND": parts split by spaces around "/".
        while end + 1 < tokens.count, tokens[end].text == "/" || (tokens[end].text == "-" && !tokens[end].spaceBefore),
              tokens[end + 1].kind != .punctuation, tokens[end + 1].kind != .symbol,
              tokens[end + 1].kind != .word || tokens[end + 1].isAllCaps || isSymbolWord(tokens[end + 1].text) {
            if tokens[end].text == "-" && tokens[end + 1].spaceBefore { break }
            text += tokens[end].text + tokens[end + 1].text
            end += 2
        }
        guard text.utf8.contains(UInt8(ascii: "/")) || text.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let (upper, lower) = Self.letterCases(text)
        guard upper >= 2, lower <= upper / 2 else { return nil }
        if text.last == "-" || text.last == "/" { return nil }
        return (text, end)
    }

    /// "Nghị định 161/2018", "Thông tư số 15/2016": a number and year cited without the
    /// symbol, as news prose shortens them. Only with a kind word before it (the caller
    /// requires one, since no symbol names the kind), so "13/2018" alone stays what it is.
    func yearNumber(_ tokens: KeyedTokens, at i: Int) -> (String, Int)? {
        guard tokens.kinds[i] == .number else { return nil }
        let text = tokens[i].text
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...4).contains(parts[0].count), parts[1].count == 4,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
              let year = Int(parts[1]), (1945...2050).contains(year), Int(parts[0]) ?? 0 > 0 else { return nil }
        return (text, i + 1)
    }

    /// Uppercase and other alphabetic scalars of a symbol, ASCII counted without
    /// the Unicode property lookups (only A–Z and a–z are alphabetic there).
    static func letterCases(_ text: String) -> (upper: Int, lower: Int) {
        var upper = 0, lower = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { upper += 1 } else if v >= 0x61 && v <= 0x7A { lower += 1 }
                continue
            }
            guard s.properties.isAlphabetic else { continue }
            if s.properties.isUppercase { upper += 1 } else { lower += 1 }
        }
        return (upper, lower)
    }

    /// "CTr", "TTr", "QH13": symbol parts that are not all capitals.
    func isSymbolWord(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, f.properties.isUppercase else { return false }
        return text.split(whereSeparator: { $0 == "-" || $0 == "/" }).allSatisfy { part in
            part.unicodeScalars.filter { $0.properties.isUppercase }.count * 2 >= part.count
        }
    }

    /// Kind named by a code inside the symbol: "12/2019/TT-BTC" → Thông tư.
    func kindFromSymbol(_ number: String) -> String? {
        let parts = number.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        for part in parts.dropFirst() {
            if let kind = lex.documentSymbols[part] { return kind }
            let letters = String(part.prefix(while: { $0.isLetter }))   // QH13 → QH
            if letters != part, let kind = lex.documentSymbols[letters] { return kind }
        }
        return nil
    }

    /// "ngày 19/6/2019", ", ban hành ngày 19 tháng 6 năm 2019" right after the number.
    func signingDate(_ tokens: KeyedTokens, after k: Int) -> (String, Int)? {
        var j = k
        if j < tokens.count, tokens[j].text == "," { j += 1 }
        if j < tokens.count, tokens.isLower(j, w.ky) || tokens.isLower(j, w.ban) {
            j += tokens.isLower(j, w.ban) && j + 1 < tokens.count && tokens.isLower(j + 1, w.hanh) ? 2 : 1
        }
        guard j + 1 < tokens.count, tokens.isLower(j, w.ngay) else { return nil }
        if let v = DateReading.fullDate(tokens[j + 1].text) { return (v.iso, j + 2) }
        if let m = dates.single(tokens, at: j + 1), m.upper == nil, m.value.year != nil, m.value.day != nil {
            return (m.value.iso, m.end)
        }
        return nil
    }

    /// "… của Thành ủy", "… do UBND tỉnh (ban hành)": an agency named right after "của" or "do".
    func agencyAfter(_ tokens: KeyedTokens, _ k: Int, _ agencies: [AgencyMention]) -> (String, Int)? {
        guard k + 1 < tokens.count, tokens.isLower(k, w.cua) || tokens.isLower(k, w.doBy) else { return nil }
        let from = tokens[k + 1].start
        guard let a = agencies.first(where: { $0.span.count == 2 && $0.span[0] == from }) else { return nil }
        var end = k + 1
        while end < tokens.count && tokens[end].end <= a.span[1] { end += 1 }
        return (a.canonical, end)
    }

    /// The agency that is the subject of "ban hành" earlier in the sentence:
    /// "Sở Y tế đã ban hành Kế hoạch …".
    func subjectIssuer(_ tokens: KeyedTokens, before k: Int, _ agencies: [AgencyMention]) -> String? {
        guard k > 0 else { return nil }
        let sentence = tokens[k - 1].sentence
        var j = k - 1
        var verb: Int?
        while j > 0 && tokens[j].sentence == sentence && k - j <= 8 {
            if tokens.isLower(j, w.hanh) && tokens.isLower(j - 1, w.ban) { verb = j - 1; break }
            j -= 1
        }
        guard let verb else { return nil }
        var first = verb
        while first > 0 && tokens[first - 1].sentence == sentence { first -= 1 }
        let sentenceStart = tokens[first].start, verbStart = tokens[verb].start
        var best: AgencyMention?
        for a in agencies where a.span.count == 2 && a.span[0] >= sentenceStart && a.span[1] <= verbStart {
            if best == nil || a.span[1] > best!.span[1] { best = a }
        }
        return best?.canonical
    }
}
