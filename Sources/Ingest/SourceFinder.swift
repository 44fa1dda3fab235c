import Foundation
import VietText

/// Finds the outlet an article credits. Each rule reads one kind of evidence;
/// ``ArticleParser`` keeps the strongest found.
struct SourceFinder {
    let lexicon: IngestLexicon

    /// How strong a piece of evidence is (lower wins).
    enum Evidence: Int, Comparable {
        case leadIn = 0, creditLine, bareOutlet, byline, trailing, followPrompt, bodyMention
        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    /// "Theo MaskOnline", "Nguồn: TTXVN", "(Nguồn: TTXVN)", "Theo báo Đầu tư Chứng khoán":
    /// a short line that is only a credit.
    func credit(_ line: some StringProtocol) -> String? {
        mayBeCredit(line) ? readCredit(line) : nil
    }

    /// ``credit(_:)`` without the cheap rejection.
    func readCredit(_ line: some StringProtocol) -> String? {
        var text = ScalarText.trimmingWhitespaces(String(line))
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        while let last = text.last, ".,;".contains(last) { text.removeLast() }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 2, words.count <= 9 else { return nil }
        let folded = Folding.folded(words.joined(separator: " "))
        guard let lead = lexicon.leadingEntry(folded, section: "source-lead") else { return nil }
        let rest = ScalarText.trimming(words.dropFirst(lead.split(separator: " ").count).joined(separator: " "), " :-–")
        return outletName(rest)
    }

    /// Cheap necessary condition for ``credit(_:)`` on simple text: its first word, once
    /// trimmed of '(', folds to something that starts like a credit lead ("theo", "nguồn").
    /// Also false for simple lines of more than 12 words: ``credit(_:)``'s trimming drops
    /// at most three of them (a lone '(', ')' and a run of '.', ',' or ';'), leaving more
    /// than the nine a credit may have; its `Character` split is not run on long lines then.
    func mayBeCredit(_ line: some StringProtocol) -> Bool {
        guard let leads = lexicon.asciiSections["source-lead"], !leads.contains(where: { $0.first == 0x28 }),
              ScalarText.isSimple(line) else { return true }
        if ScalarText.whitespaceWordCount(ofSimple: line, upTo: 13) > 12 { return false }
        guard let first = line.unicodeScalars.first(where: { ScalarText.flags($0) & ScalarText.isWhitespaceFlag == 0 && $0 != "(" })
        else { return true }
        var folded: [UInt8] = []
        Folding.appendFolded(first, to: &folded)
        return leads.contains { $0.first == folded.first }
    }

    /// The outlet's name from a credited phrase: known outlets as listed, others
    /// as written without "báo"/"tạp chí", when they look like a name.
    func outletName(_ phrase: String) -> String? {
        var phrase = phrase
        // "Tiểu Phùng (Tienphong.vn)": the writer, then the outlet in brackets.
        if let open = phrase.firstIndex(of: "("), open > phrase.startIndex {
            let inner = ScalarText.trimming(phrase[phrase.index(after: open)...], " ).")
            if !inner.isEmpty { phrase = inner }
        }
        // "Vũ Hoàng/VnExpress": the writer, then the outlet after the slash.
        if let slash = phrase.lastIndex(of: "/") {
            let right = ScalarText.trimmingWhitespaces(phrase[phrase.index(after: slash)...])
            if right.first?.isUppercase == true { phrase = right }
        }
        let text = ScalarText.trimming(phrase, " .,:;()\"“”")
        guard !text.isEmpty else { return nil }
        if let known = lexicon.outlet(named: text) { return known }
        var words = text.split(separator: " ").map(String.init)
        // Drop "báo", "tạp chí điện tử"… written before the name.
        while let first = words.first, first.first?.isLowercase == true,
              lexicon.entries("outlet-prefix").contains(Folding.folded(first))
                || lexicon.entries("outlet-prefix").contains(Folding.folded(words.prefix(2).joined(separator: " "))) {
            words.removeFirst()
        }
        guard let first = words.first?.first, first.isUppercase || first.isNumber, words.count <= 6 else { return nil }
        let name = words.joined(separator: " ")
        return lexicon.outlet(named: name) ?? name
    }

    /// A lead-in before the first paragraph: "Kinhtedothi – Với…", "(Dân trí) - …",
    /// "TTO-…", "Dân trí Từ trên cao…". Returns the outlet and the paragraph without it.
    func leadIn(_ paragraph: String) -> (source: String, rest: String)? {
        // Only the first six words decide (a count capped at six gives the same tests);
        // the rest is joined only when a lead-in is found.
        let words = ScalarText.isSimple(paragraph) ? ScalarText.firstWords(ofSimple: paragraph, upTo: 6)
            : paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func rest(from start: Int) -> String {
            paragraph.split(separator: " ", omittingEmptySubsequences: true)[start...].joined(separator: " ")
        }
        guard words.count >= 4 else { return nil }
        for k in 0..<min(5, words.count - 1) {
            var word = words[k]
            let dashAttached = k == 0 && (word.hasSuffix("-") || word.hasSuffix("–")) && word.count > 1
            let isDash = word == "-" || word == "–" || word == "—"
            guard isDash || dashAttached else { continue }
            if dashAttached { word.removeLast() }
            var prefixWords = Array(words[0..<k])
            if dashAttached { prefixWords = [word] }
            var prefix = prefixWords.joined(separator: " ")
            if prefix.hasPrefix("("), prefix.hasSuffix(")") { prefix = String(prefix.dropFirst().dropLast()) }
            guard !prefix.isEmpty else { return nil }
            let restStart = dashAttached ? 1 : k + 1
            let rest = rest(from: restStart)
            if let known = lexicon.outlet(named: prefix) { return (known, rest) }
            // An unknown single word without Vietnamese marks ("Kinhtedothi", "VOV.VN"), not a place.
            if prefixWords.count == 1, Folding.folded(prefix) == Folding.lowercased(prefix),
               prefix.first?.isUppercase == true,
               !lexicon.entries("not-author").contains(Folding.folded(prefix)) {
                return (prefix, rest)
            }
            return nil
        }
        // "Dân trí Từ trên cao…": a known outlet run into the first sentence.
        if let (name, n) = lexicon.outletPrefix(of: paragraph), n < words.count,
           words[n].first?.isUppercase == true, n <= 3 {
            let matched = words[0..<n].joined(separator: " ")
            // Written exactly as the outlet writes itself, so "Nhân dân Thủ đô…" is not "Nhân Dân".
            if matched == name {
                return (name, rest(from: n))
            }
        }
        return nil
    }

    /// The article naming its own outlet: "phóng viên Dân trí", "Theo báo Đầu tư Chứng khoán".
    /// `simple`: which paragraphs are simple, when the caller knows.
    func bodyMention(in paragraphs: [String], simple: [Bool]? = nil) -> String? {
        // Lead words split once; each position compares in place instead of copying a slice.
        let (leads, asciiLeads, heads) = lexicon.mentionLeads
        for (n, paragraph) in paragraphs.enumerated() {
            if let asciiLeads, let found = simpleBodyMention(in: paragraph, leads: asciiLeads, heads: heads, simple: simple?[n]) {
                if let name = found { return name }
                continue
            }
            let words = paragraph.split(separator: " ")
            let folded = words.map { Folding.folded($0) }
            for leadWords in leads {
                var i = 0
                while i + leadWords.count < words.count {
                    if folded[i..<(i + leadWords.count)].elementsEqual(leadWords),
                       let (name, _) = lexicon.outletPrefix(of: words[(i + leadWords.count)...].joined(separator: " ")) {
                        return name
                    }
                    i += 1
                }
            }
        }
        return nil
    }

    /// ``bodyMention(in:)`` for one simple paragraph (`nil` when it is not simple). In simple
    /// text the words are the runs between ' ' scalars and fold scalar by scalar, so a lead
    /// can be matched from a word start by folding only what it compares. Only word starts
    /// whose first scalar folds to the first letter of a lead are tried, leads in lexicon
    /// order as before. The outlet is looked up in the paragraph from the word after the lead:
    /// its outlet key has the same first words as that of the words joined by single spaces.
    /// `heads`: ``heads(of:)`` of `leads`.
    func simpleBodyMention(in paragraph: String, leads: [[UInt8]], heads: [(bytes: UInt32, count: Int)], simple: Bool? = nil) -> String?? {
        guard simple ?? ScalarText.isSimple(paragraph) else { return nil }
        let found = paragraph.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // One pass over the word starts collects every (lead, word after it) match; the
            // outlet lookups then run in the nested loops' order (lead first, then position).
            let foldTable = Folding.foldTable
            var matches: [(lead: Int, next: Int)] = []
            var firsts = (UInt64(0), UInt64(0))   // bit f: some lead starts with byte f
            for lead in leads { if let f = lead.first, f < 0x80 { if f < 64 { firsts.0 |= 1 << f } else { firsts.1 |= 1 << (f - 64) } } }
            func tryLeads(at i: Int) {   // a word starts at i
                if let f = Self.foldedASCII(bytes, at: i, foldTable).0, (f < 64 ? firsts.0 >> f : firsts.1 >> (f - 64)) & 1 != 0,
                   Self.mayStartLead(bytes, at: i, heads, foldTable) {
                    for (k, lead) in leads.enumerated() where lead.first == f {
                        if let next = Self.match(lead, in: bytes, at: i, foldTable) { matches.append((k, next)) }
                    }
                }
            }
            var letters: [UInt8] = []   // the leads' distinct first bytes (a handful of leads)
            for lead in leads { if let f = lead.first, !letters.contains(f) { letters.append(f) } }
            if letters.count <= 4, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                // Only word starts whose byte lowercases to a lead's first letter, or that begin a
                // non-ASCII scalar (whose fold might), can start a lead: found eight bytes at a time.
                SimpleBytes.forEachWordStart(bytes, letters: letters, tryLeads)
            } else {
                var i = 0
                while i < bytes.count {
                    if bytes[i] == 0x20 { i += 1; continue }
                    tryLeads(at: i)
                    i = SimpleBytes.nextSpace(bytes, from: i + 1)
                }
            }
            matches.sort { ($0.lead, $0.next) < ($1.lead, $1.next) }
            for m in matches {
                let index = paragraph.utf8.index(paragraph.utf8.startIndex, offsetBy: m.next)
                if let (name, _) = lexicon.outletPrefix(of: paragraph[index...]) { return name }
            }
            return nil
        }
        return found
    }

    /// The first bytes of each lead, up to three and up to its first space included (a lead's
    /// space matches a run of spaces: what follows it may sit further on), packed in the low
    /// bytes of a `UInt32`, with their number.
    static func heads(of leads: [[UInt8]]) -> [(bytes: UInt32, count: Int)] {
        leads.map { lead in
            let head = (lead + [0x20]).prefix(3).split(separator: 0x20, maxSplits: 1, omittingEmptySubsequences: false)
            let bytes = Array(head[0]) + (head.count > 1 ? [0x20] : [])
            return (bytes.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * $1.offset) }, bytes.count)
        }
    }

    /// Cheap necessary condition for a ``match(_:in:at:_:)`` of some lead at word start `i`:
    /// the fold of the next three scalars, as ``match(_:in:at:_:)`` folds them, starts with
    /// one of the `heads`. Most words starting like a lead ("th", "nh") fail on their third
    /// scalar, which in Vietnamese is often a marked vowel ("thành", "những"): folded here
    /// rather than left to the match. A scalar whose fold is not one ASCII byte, or fewer
    /// than three scalars left: let the match decide.
    static func mayStartLead(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ heads: [(bytes: UInt32, count: Int)]) -> Bool {
        mayStartLead(bytes, at: i, heads, Folding.foldTable)
    }

    @inline(__always)
    static func mayStartLead(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ heads: [(bytes: UInt32, count: Int)],
                             _ table: [Unicode.Scalar]) -> Bool {
        var window: UInt32 = 0
        var j = i
        for k in 0..<3 {
            guard j < bytes.count else { return true }
            let (f, length) = foldedASCII(bytes, at: j, table)
            guard let f else { return true }
            window |= UInt32(f) << (8 * k)
            j += length
        }
        for head in heads where window & (UInt32.max >> (32 - 8 * head.count)) == head.bytes { return true }
        return false
    }

    /// The fold of the scalar at byte `i` when it is one ASCII byte (`nil` otherwise: a lead,
    /// being ASCII, cannot match it), with the scalar's length.
    @inline(__always)
    /// `table` is ``Folding/foldTable``, read once by the caller.
    static func foldedASCII(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ table: [Unicode.Scalar]) -> (UInt8?, Int) {
        let b = bytes[i]
        if b < 0x80 { return (b >= 0x41 && b <= 0x5A ? b + 32 : b, 1) }
        let (s, length) = UTF8Scalar.decode(bytes, at: i)
        let f = Int(s.value) < table.count ? table[Int(s.value)] : Folding.fold(s)
        return (f.value < 0x80 && !Folding.isMark(s) ? UInt8(f.value) : nil, length)
    }

    /// Folds the words from byte `start` (a word start) and compares them with the ASCII
    /// `lead`, a run of ' ' counting as one space; on a match followed by another word,
    /// that word's start.
    static func match(_ lead: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ table: [Unicode.Scalar]) -> Int? {
        var j = start, k = 0
        while k < lead.count {
            guard j < bytes.count else { return nil }
            if bytes[j] == 0x20 {
                guard lead[k] == 0x20 else { return nil }
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                k += 1
                continue
            }
            let (f, length) = foldedASCII(bytes, at: j, table)
            guard let f, f == lead[k] else { return nil }
            k += 1
            j += length
        }
        guard j < bytes.count, bytes[j] == 0x20 else { return nil }
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        return j < bytes.count ? j : nil
    }

    /// Where word `n` (from 0) of `text` split on ' ' starts.
    static func start(ofWord n: Int, in text: String) -> String.Index {
        let utf8 = text.utf8
        var seen = -1, previous: UInt8 = 0x20
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            if b != 0x20, previous == 0x20 { seen += 1; if seen == n { return i } }
            previous = b
            i = utf8.index(after: i)
        }
        return utf8.endIndex
    }
}
