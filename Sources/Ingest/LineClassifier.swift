import VietText

/// What a line of a scraped page is, before the article is assembled.
enum LineKind: Equatable {
    case text
    /// Site furniture: buttons, prompts, comment boxes, empty labels, learned repeats.
    case boilerplate
    /// A photo caption (the credit, when any, stays inside it).
    case caption
    /// The header of a block of links to other articles.
    case related
}

/// One prepared line: its text, shape and kind.
struct ClassifiedLine {
    var text: String
    var traits: LineTraits
    var kind: LineKind
}

/// Splits a normalized text into lines and classifies each by patterns over
/// short lines (interface verbs, labels, caption credits) read from the
/// lexicon, plus the corpus model when one is given.
struct LineClassifier {
    let lexicon: IngestLexicon
    let model: BoilerplateModel?

    /// Outlets named by follow prompts ("Theo dõi Pháp luật & Xã hội trên …").
    private(set) var followedOutlets: [String] = []

    init(lexicon: IngestLexicon, model: BoilerplateModel?) {
        self.lexicon = lexicon; self.model = model
    }

    mutating func lines(of text: String) -> [ClassifiedLine] {
        var raw: [String] = []
        // Newline scalars are grapheme boundaries, so a scalar split gives the same lines.
        for trimmed in Self.trimmedLines(of: text) {
            raw.append(contentsOf: splitRunIn(trimmed))
        }
        raw = joinDanglingCredits(raw)
        return raw.map { text in
            let traits = LineTraits(text)
            return ClassifiedLine(text: text, traits: traits, kind: classify(traits))
        }
    }

    /// Trims spaces, no-break spaces and zero-width characters scrapers leave.
    /// Scalar by scalar, as Foundation's `trimmingCharacters` does, without its slow paths.
    static func trim(_ line: some StringProtocol) -> String {
        trim(String(line).unicodeScalars[...])
    }

    /// The non-empty lines of `text`, trimmed as ``trim(_:)`` does: split and trimmed on
    /// the UTF-8 bytes (newline and trimmed scalars are decoded only when not ASCII).
    static func trimmedLines(of text: String) -> [String] {
        let lines = text.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var lines: [String] = []
            var i = 0
            // Byte ranges of the current line's first and last kept scalar.
            var first = -1, last = 0
            func flush() {
                if first >= 0 {   // a copy of valid UTF-8, not decoded again
                    let utf8 = text.utf8
                    lines.append(String(text[utf8.index(utf8.startIndex, offsetBy: first)..<utf8.index(utf8.startIndex, offsetBy: last)]))
                }
                first = -1
            }
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {   // ASCII: newline, trimmed (tab, space) or kept, without decoding
                    if b >= 0x0A && b <= 0x0D {
                        flush()
                    } else if b != 0x20 && b != 0x09 {
                        if first < 0 { first = i }
                        last = i + 1
                    }
                    i += 1
                    continue
                }
                let (s, length) = UTF8Scalar.decode(bytes, at: i)
                if ScalarText.isNewline(s) {
                    flush()
                } else if !ScalarText.isTrimmed(s) {
                    if first < 0 { first = i }
                    last = i + length
                }
                i += length
            }
            flush()
            return lines
        }
        if let lines { return lines }
        return text.unicodeScalars.split(whereSeparator: ScalarText.isNewline).map { trim($0) }.filter { !$0.isEmpty }
    }

    static func trim(_ scalars: Substring.UnicodeScalarView) -> String {
        guard let first = scalars.firstIndex(where: { !ScalarText.isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !ScalarText.isTrimmed($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

    func classify(_ t: LineTraits) -> LineKind {
        if t.folded.isEmpty || !t.hasLetterOrNumber { return .boilerplate }
        // The model's key of a line is its traits' folded form (same split, same fold).
        if let model, !model.lines.isEmpty,
           model.lines.contains(t.wordCount <= BoilerplateModel.maximumWords ? t.folded : "") { return .boilerplate }
        if t.wordCount <= 30, lexicon.containedEntry(t.folded, section: "interface-long", simple: t.isSimple) != nil { return .boilerplate }
        // A button or prompt starts with its verb ("Chia sẻ Zalo", "Bình luận (0)"); a headline
        // that merely mentions Facebook or "chia sẻ" does not.
        if t.wordCount <= 8, !t.endsSentence, lexicon.leadingEntry(t.folded, section: "interface") != nil {
            return .boilerplate
        }
        if t.wordCount <= 2, lexicon.containedEntry(t.folded, section: "interface", simple: t.isSimple) != nil { return .boilerplate }
        if followedOutlet(in: t.text) != nil { return .boilerplate }
        if isEmptyLabel(t) { return .boilerplate }
        if t.wordCount <= 30, let header = lexicon.leadingEntry(t.folded, section: "related") {
            // "Tin liên quan", "Xem thêm: …", ">> …" — not a headline that starts with "Tin mới …".
            let rest = t.folded.dropFirst(header.count).trimmingCharacters(in: .whitespaces)
            if rest.isEmpty || rest.hasPrefix(":") || header.hasPrefix(">") { return .related }
        }
        if isCaption(t) { return .caption }
        return .text
    }

    /// "Email :", "Tags:", "Tổng hợp" — a label with nothing after it.
    func isEmptyLabel(_ t: LineTraits) -> Bool {
        guard t.wordCount <= 3 else { return false }
        var key = t.folded
        while let last = key.last, last == ":" || last == " " || last == "." { key.removeLast() }
        return lexicon.entries("label").contains(key)
    }

    /// A caption: ends with a photo credit ("… Ảnh: Lại Tấn.", "(Ảnh: TTXVN)",
    /// "Ảnh minh họa") or with the " |" some sites put after captions.
    func isCaption(_ t: LineTraits) -> Bool {
        if t.isSimple, let credits = lexicon.asciiSections["caption-credit"] {
            if t.text.utf8.last == 0x7C { return true }
            if let answer = t.folded.utf8.withContiguousStorageIfAvailable({ endsWithCredit(simple: $0, t.folded, credits) }) {
                return answer
            }
        }
        return endsWithCredit(t)
    }

    /// ``isCaption(_:)`` by `Character`: any text, any lexicon.
    func endsWithCredit(_ t: LineTraits) -> Bool {
        if t.text.hasSuffix("|") { return true }
        // A credit stands near the end of the line with at most a few words after it,
        // so only the line's tail is searched: scanning a whole one-paragraph body for
        // every short credit word ("anh" is inside "thanh") was quadratic.
        let whole = t.folded
        let f = whole.count > 160 ? whole.suffix(160) : Substring(whole)
        let truncated = f.startIndex != whole.startIndex
        guard mayEndWithCredit(f) else { return false }
        for credit in lexicon.entries("caption-credit") {
            var searchEnd = f.endIndex
            while let r = f.range(of: credit, options: .backwards, range: f.startIndex..<searchEnd) {
                searchEnd = r.lowerBound
                let last = f[..<r.lowerBound].last(where: { $0 != " " && $0 != "\t" })
                let boundary = last.map { ".(-–;,".contains($0) } ?? !truncated
                guard boundary else { continue }
                let tail = f[r.upperBound...].trimmingCharacters(in: .whitespaces)
                // "Ảnh: X" with a short credit, or a bare "Ảnh minh họa" at the end.
                // A bare credit must be explicit ("Ảnh minh họa"): "(video)" ends headlines too.
                let bare = tail.isEmpty || tail == ")" || tail == ")." || tail == "."
                if tail.hasPrefix(":") || (bare && credit.contains(" ")) {
                    if tail.split(separator: " ").count <= 8 { return true }
                }
            }
        }
        return false
    }

    /// ``isCaption(_:)``'s credit search on the bytes of a simple folded line with ASCII
    /// credits: the same tail of 160 characters, the same backward, non-overlapping search
    /// and the same tests, without Foundation or grapheme breaking.
    func endsWithCredit(simple bytes: UnsafeBufferPointer<UInt8>, _ whole: String, _ credits: [[UInt8]]) -> Bool {
        let start = FoldedMatch.offsetOfLast(160, scalarsIn: bytes)
        let truncated = start != 0
        guard mayEndWithCredit(whole[whole.utf8.index(whole.startIndex, offsetBy: start)...]) else { return false }
        for credit in credits {
            let m = credit.count
            var p = bytes.count - m
            while p >= start {
                guard FoldedMatch.matches(bytes, at: p, credit) else { p -= 1; continue }
                if isCreditBoundary(bytes, before: p, from: start, truncated: truncated),
                   creditTailFits(bytes, after: p + m, bare: credit.contains(0x20)) { return true }
                p -= m   // the next search ends where this match starts
            }
        }
        return false
    }

    /// The last character before the credit, other than spaces and tabs, is one of `.(-–;,`;
    /// at the very start, only when the line was not cut to its tail.
    private func isCreditBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before p: Int, from start: Int, truncated: Bool) -> Bool {
        var q = p
        while q > start, let s = FoldedMatch.scalar(before: q, in: bytes) {
            if s != " " && s != "\t" { return ".(-–;,".unicodeScalars.contains(s) }
            q -= s.utf8.count
        }
        return !truncated
    }

    /// After the credit: ": X" with at most 8 words, or nothing but ')' / '.' for a credit of several words.
    private func creditTailFits(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int, bare multiWord: Bool) -> Bool {
        // The folded line has single spaces between words and none at its ends.
        var from = end
        if from < bytes.count, bytes[from] == 0x20 { from += 1 }
        let tail = UnsafeBufferPointer(rebasing: bytes[from...])
        let isBare = tail.isEmpty || tail.elementsEqual([0x29]) || tail.elementsEqual([0x29, 0x2E]) || tail.elementsEqual([0x2E])
        guard tail.first == 0x3A || (isBare && multiWord) else { return false }
        return tail.split(separator: 0x20).count <= 8
    }

    /// Cheap necessary condition for ``isCaption(_:)``'s credit search: a ':' somewhere,
    /// or the line ends (before spaces, ')' and '.') with a credit of several words.
    /// Most lines fail it, which spares eleven Foundation searches per line.
    func mayEndWithCredit(_ f: Substring) -> Bool {
        guard let bare = lexicon.bareCredits else { return true }
        if f.utf8.contains(0x3A) { return true }
        var end = f.utf8.endIndex
        while end > f.utf8.startIndex {
            let before = f.utf8.index(before: end)
            let b = f.utf8[before]
            if b >= 0x80 { return true }
            guard b == 0x20 || b == 0x09 || b == 0x29 || b == 0x2E else { break }
            end = before
        }
        let head = f.utf8[..<end]
        for credit in bare {
            let tail = head.suffix(credit.count)
            if tail.contains(where: { $0 >= 0x80 }) || tail.elementsEqual(credit) { return true }
        }
        return false
    }

    /// Separates a follow prompt from the caption or text the scraper glued to it:
    /// "Theo dõi Pháp luật & Xã hội trênQuy tắc…" → the prompt, then "Quy tắc…".
    mutating func splitRunIn(_ line: String) -> [String] {
        // Only the head of a simple line can hold the prompt: folding it alone gives the same prefix.
        let cut = lexicon.longestEntry("interface") + 2
        // A simple head of `cut` + 1 scalars is enough: the characters the lookup reads are
        // then single scalars, the same in the head's fold and in the whole line's.
        let folded = line.unicodeScalars.prefix(cut + 1).allSatisfy(ScalarText.isSimple)
            ? Folding.folded(Substring(line.unicodeScalars.prefix(cut))) : Folding.folded(line)
        guard lexicon.leadingEntry(folded, section: "interface") != nil else { return [line] }
        let chars = Array(line)
        var i = 1
        while i < chars.count {
            if chars[i].isUppercase, chars[i - 1].isLetter, chars[i - 1].isLowercase { break }
            i += 1
        }
        let prompt = String(chars[..<min(i, chars.count)])
        if let hint = followedOutlet(in: prompt) { followedOutlets.append(hint) }
        guard i < chars.count, i <= 80 else { return [line] }
        return [prompt, String(chars[i...])]
    }

    /// "Theo dõi X trên" names the site's own outlet X.
    func followedOutlet(in prompt: String) -> String? {
        // Its first word folds to "theo": skip the split of long lines that cannot match.
        guard let first = prompt.unicodeScalars.first(where: { $0 != " " && !Folding.isMark($0) }),
              Folding.fold(first) == "t" else { return nil }
        // At most nine words ("Theo dõi" + six + "trên"): skip splitting long lines.
        if ScalarText.isSimple(prompt), ScalarText.wordCount(ofSimple: prompt, separator: 0x20, upTo: 10) > 9 { return nil }
        let words = prompt.split(separator: " ")
        guard words.count >= 3, Folding.folded(words[0]) == "theo", Folding.folded(words[1]) == "doi" else { return nil }
        var rest = Array(words.dropFirst(2))
        guard let last = rest.last, Folding.folded(last) == "tren" else { return nil }
        rest.removeLast()
        guard !rest.isEmpty, rest.count <= 6 else { return nil }
        let name = rest.joined(separator: " ")
        return lexicon.outlet(named: name) ?? name
    }

    /// "Khói đen bao trùm khách sạn. Ảnh:" + "Phương Uyên." → one caption line.
    func joinDanglingCredits(_ lines: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if i + 1 < lines.count,
               line.unicodeScalars.last(where: { !Folding.isMark($0) }) == ":",
               Folding.folded(line).hasSuffix("anh:"),
               lines[i + 1].split(separator: " ").count <= 6 {
                out.append(line + " " + lines[i + 1]); i += 2; continue
            }
            out.append(line); i += 1
        }
        return out
    }
}

import Foundation
