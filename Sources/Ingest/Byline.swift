import Foundation
import VietText

/// Bylines and datelines: "Lại Tấn", "Thế Công - 15:10, 08/02/2017",
/// "Bài và ảnh: Minh Anh", "Nhóm PV", "CTV Phú Sỹ/VOV.VN".
struct Byline: Equatable {
    var authors: [String] = []
    var published: String?
    /// An outlet named in the byline ("…/VOV.VN").
    var source: String?

    /// Reads a short line as a byline or a dateline; `nil` when it is neither.
    static func parse(_ line: String, lexicon: IngestLexicon) -> Byline? {
        cannotBeByline(line, lexicon: lexicon) ? nil : read(line, lexicon: lexicon)
    }

    /// ``parse(_:lexicon:)`` without the cheap rejection.
    static func read(_ line: String, lexicon: IngestLexicon) -> Byline? {
        var text = ScalarText.trimmingWhitespaces(line)
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        while let last = text.last, ".,;-–".contains(last) || last == " " { text.removeLast() }
        var creditedOutlet: String?
        // "Hải Anh (Theo hsw.cn)", "Ngọc Anh (tổng hợp)", "D.T (t/h)": a note after the names.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            let note = text[text.index(after: open)..<text.index(before: text.endIndex)]
            if Folding.folded(note).hasPrefix("theo ") {
                creditedOutlet = SourceFinder(lexicon: lexicon).credit(note)
            }
            text = ScalarText.trimmingWhitespaces(text[..<open])
        }
        // "NGUYỄN KHOA- QUỐC HÙNG": bylines set in capitals are written as names.
        if isSetInCapitals(text) {
            text = text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        if text.utf8.contains(0x2D) {   // no '-', nothing to space out
            text = ScalarText.isSimple(text)
                ? ScalarText.replacing(ScalarText.replacing(text, Array("- ".utf8), with: Array(" - ".utf8)), Array(" -".utf8), with: Array(" - ".utf8))
                : text.replacingOccurrences(of: "- ", with: " - ").replacingOccurrences(of: " -", with: " - ")
        }
        let words = ScalarText.isSimple(text) ? ScalarText.words(ofSimple: text) : text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 14 else { return nil }
        let folded = Folding.folded(words.joined(separator: " "))
        var result = Byline()
        result.published = firstDate(in: text)
        result.source = creditedOutlet

        if lexicon.leadingEntry(folded, section: "group-author") != nil, words.count <= 5 {
            result.authors = [text]; return result
        }
        // "Bài và ảnh: Minh Anh", "PV Minh Anh", "Nhóm PV: ..." — the lead names the role.
        var names = text
        if let lead = lexicon.leadingEntry(folded, section: "byline-lead") {
            let leadWords = lead.split(separator: " ").count
            let rest = ScalarText.trimming(words.dropFirst(leadWords).joined(separator: " "), " :-–")
            if !rest.isEmpty { names = rest }
        }
        // The dateline part after " - " or " | ".
        for sep in [" - ", " – ", " | ", ", "] where result.published != nil {
            if let r = names.range(of: sep), firstDate(in: names[r.upperBound...]) != nil || hasTime(names[r.upperBound...]) {
                names = String(names[..<r.lowerBound]); break
            }
        }
        // "Phú Sỹ/VOV.VN": a name and the outlet it writes for.
        // No '/' byte, no '/' character: the grapheme search only runs when there is one.
        if names.utf8.contains(0x2F), let slash = names.firstIndex(of: "/") {
            let right = ScalarText.trimmingWhitespaces(names[names.index(after: slash)...])
            if let outlet = lexicon.outlet(named: right) ?? (isAcronym(right) ? right : nil) {
                result.source = outlet
                names = String(names[..<slash])
            }
        }
        var parts: [String] = [names]
        for sep in [" - ", " – ", ", ", " và ", "; "] { parts = parts.flatMap { split($0, on: sep) } }
        let people = parts.map { ScalarText.trimmingWhitespaces($0) }.filter { !$0.isEmpty }
        if !people.isEmpty, people.allSatisfy({ LineTraits.isPersonName($0, lexicon: lexicon) }) {
            result.authors = people
        } else if result.published == nil || !isDateline(text) {
            return nil
        }
        return result
    }

    /// A line that is only a date and time ("Thứ hai, 08/02/2017 - 15:10 (GMT+7)").
    static func isDateline(_ text: some StringProtocol) -> Bool {
        guard firstDate(in: text) != nil else { return false }
        // Counted up to 11 on simple text: the tests below only compare with 10 and 2.
        let words = ScalarText.isSimple(text) ? ScalarText.whitespaceWordCount(ofSimple: text, upTo: 11)
            : text.split(whereSeparator: { $0.isWhitespace }).count
        guard words <= 10 else { return false }
        let folded = Folding.folded(text)
        return hasTime(text) || folded.hasPrefix("thu ") || folded.hasPrefix("chu nhat")
            || folded.hasPrefix("cap nhat") || folded.hasPrefix("ngay dang") || words <= 2
    }

    /// ISO date of the first d/m/yyyy (also with '-' or '.') in `text`.
    static func firstDate(in text: some StringProtocol) -> String? {
        // A date needs ASCII digits; most lines have none.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if ScalarText.isSimple(text) { return firstDate(simple: Array(text.unicodeScalars)) }
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" }) {
            let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
                  parts[2].count == 4, (1...31).contains(d), (1...12).contains(m), (1900...2100).contains(y)
            else { continue }
            return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        }
        return nil
    }

    /// ``firstDate(in:)`` on the scalars of simple text, each one a character: the same
    /// split and tests without grapheme breaking.
    private static func firstDate(simple scalars: [Unicode.Scalar]) -> String? {
        let separator = { (c: Unicode.Scalar) in
            ScalarText.flags(c) & ScalarText.isWhitespaceFlag != 0 || c == "," || c == "(" || c == ")"
        }
        for word in scalars.split(whereSeparator: separator) {
            let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }),
                  let d = decimal(parts[0]), let m = decimal(parts[1]), let y = decimal(parts[2]),
                  parts[2].count == 4, (1...31).contains(d), (1...12).contains(m), (1900...2100).contains(y)
            else { continue }
            return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        }
        return nil
    }

    /// `Int(String(digits))` for ASCII digits: `nil` on overflow, as `Int(_:)` gives.
    private static func decimal(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for c in digits {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(c.value - 0x30))
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }

    /// Contains a time of day: "15:10", "8h30".
    static func hasTime(_ text: some StringProtocol) -> Bool {
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" || $0 == "g" })
            if parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isNumber } }) { return true }
        }
        return false
    }

    static func isAcronym(_ text: some StringProtocol) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !text.contains(" ")
    }

    /// At least four letters, all capitals ("NGUYỄN KHOA- QUỐC HÙNG"). Scalar flags on simple
    /// text, where they are the `Character` properties.
    static func isSetInCapitals(_ text: String) -> Bool {
        guard ScalarText.isSimple(text) else {
            let letters = text.filter(\.isLetter)
            return letters.count >= 4 && letters.allSatisfy(\.isUppercase)
        }
        var letters = 0
        for s in text.unicodeScalars {
            let f = ScalarText.flags(s)
            guard f & ScalarText.isLetterFlag != 0 else { continue }
            if f & ScalarText.isUppercaseFlag == 0 { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// `text.components(separatedBy: separator)`, without the search when simple text does not
    /// hold the separator's bytes (its only spelling there).
    static func split(_ text: String, on separator: String) -> [String] {
        if ScalarText.isSimple(text), !ScalarText.contains(text, bytes: Array(separator.utf8)) { return [text] }
        return text.components(separatedBy: separator)
    }

    /// A cheap proof that ``parse(_:lexicon:)`` gives `nil`, for headlines and sapos.
    ///
    /// On a simple line, every word with a letter that ends before the line's last '('
    /// survives parse's rewriting as a word of its own (only a note after that '(' is cut,
    /// only punctuation is trimmed, hyphens only split words): more than 14 of them, too
    /// many words. Without ASCII digits (no date, so no dateline), '(' (no note) or '/'
    /// (no outlet after the name), every word with a letter survives: with more than five
    /// the line is no group byline; and a name word needs a capital, so words with letters
    /// but no capital can only be the lead ("bài và ảnh") or the separator "và" (also
    /// "-và", which the hyphen spacing can turn into it). More such words than the
    /// longest lead: no byline.
    static func cannotBeByline(_ line: String, lexicon: IngestLexicon) -> Bool {
        guard ScalarText.isSimple(line) else { return false }
        let bytes = Array(line.utf8)
        // Per word with a letter: where it ends, and whether it counts as a non-name word.
        var letterWords: [(end: Int, lower: Bool)] = []
        var hasLetter = false, hasUpper = false, inWord = false, start = 0, offset = 0
        var lastParen = -1, other = false
        func endWord() {
            defer { hasLetter = false; hasUpper = false; inWord = false }
            guard hasLetter else { return }
            var a = start, b = offset
            while a < b, bytes[a] == 0x2D { a += 1 }
            while b > a, bytes[b - 1] == 0x2D { b -= 1 }
            letterWords.append((offset, !hasUpper && !bytes[a..<b].elementsEqual([0x76, 0xC3, 0xA0])))   // "và"
        }
        for s in line.unicodeScalars {
            let v = s.value
            if v == 0x28 { lastParen = offset }
            if (v >= 0x30 && v <= 0x39) || v == 0x2F { other = true }
            let f = ScalarText.flags(s)
            if f & ScalarText.isWhitespaceFlag != 0 {
                if inWord { endWord() }
            } else {
                if !inWord { inWord = true; start = offset }
                if f & ScalarText.isLetterFlag != 0 { hasLetter = true }
                if f & ScalarText.isUppercaseFlag != 0 { hasUpper = true }
            }
            offset += s.utf8.count
        }
        if inWord { endWord() }
        let kept = lastParen < 0 ? letterWords.count : letterWords.filter { $0.end <= lastParen }.count
        if kept > 14 { return true }
        guard lastParen < 0, !other else { return false }
        return letterWords.count > 5 && letterWords.filter(\.lower).count > lexicon.longestBylineLead
    }
}
