import Foundation
import VietText

/// The data that tells page furniture, bylines and credits from the article,
/// loaded once from `Resources/boilerplate.txt` and `Resources/outlets.txt`.
/// Every entry is kept folded (lowercase, no marks, đ→d) because scraped text
/// mixes tone placements and cases; rules compare folded lines.
public struct IngestLexicon: Sendable {
    /// Folded entries per `[section]` of `boilerplate.txt`.
    public let sections: [String: [String]]
    /// Lowercased entries with their marks kept, per section, for words whose folded
    /// forms collide with names ("quận"/"Quân").
    let marked: [String: Set<String>]
    /// Outlet display names keyed by their match key (see ``IngestLexicon/outletKey(_:)``).
    public let outlets: [String: String]
    /// First words of the outlet keys, to reject most texts with one lookup.
    let outletFirstWords: Set<String>
    /// Longest outlet key in words, to bound lookups.
    let longestOutlet: Int
    /// Longest entry (in characters) per section, to fold only a line's head.
    let longestEntries: [String: Int]
    /// UTF-8 of the caption credits of several words (a bare one ends a caption);
    /// `nil` when one ends with ' ', ')' or '.', which the caption prefilter cannot handle.
    let bareCredits: [[UInt8]]?
    /// No caption credit holds ':', ')', '.' or two spaces in a row, or ends with a space: the
    /// condition under which ``LineClassifier/endsWithCredit(simple:_:)`` only tries credits
    /// ending before a ':' or at the end of the line.
    var creditsAnchorable: Bool { Self.anchorable(asciiSections["caption-credit"] ?? []) }
    /// UTF-8 of the entries of the sections whose entries are all non-empty ASCII, in the
    /// order of ``sections``, for ``FoldedMatch``; other sections use the `String` code.
    let asciiSections: [String: [[UInt8]]]
    /// First bytes of the "interface" entries, when that section is in ``asciiSections``:
    /// ``leadingEntry(_:section:)`` finds none for a fold whose ASCII first byte is not here.
    let interfaceFirstBytes: [Bool]?
    /// Most words a byline lead ("bài và ảnh") spans, for ``Byline/cannotBeByline(_:lexicon:)``.
    let longestBylineLead: Int
    /// The "source-mention" leads as ``SourceFinder/bodyMention(in:simple:)`` reads them: split
    /// into words, as UTF-8 (when the section is ASCII) and their first bytes. Built once: per
    /// paragraph they cost more than the scan.
    let mentionLeads: (words: [[String]], ascii: [[UInt8]]?, heads: [(bytes: UInt32, count: Int)])

    public static let shared = IngestLexicon(
        boilerplate: Lexicon.lines(named: "boilerplate", in: .module),
        outlets: Lexicon.lines(named: "outlets", in: .module))

    /// Builds a lexicon from entries as `Lexicon.lines` returns them (tests pass their own).
    public init(boilerplate: [String], outlets: [String]) {
        var sections: [String: [String]] = [:]
        var marked: [String: Set<String>] = [:]
        var current = ""
        for entry in boilerplate {
            if entry.hasPrefix("["), entry.hasSuffix("]") {
                current = String(entry.dropFirst().dropLast()); continue
            }
            sections[current, default: []].append(Folding.folded(entry))
            marked[current, default: []].insert(Folding.lowercased(entry))
        }
        self.marked = marked
        // Longest first so that "bài và ảnh" wins over "bài".
        self.sections = sections.mapValues { $0.sorted { $0.count > $1.count } }
        self.asciiSections = self.sections.filter { $0.value.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } } }
            .mapValues { $0.map { Array($0.utf8) } }
        self.interfaceFirstBytes = self.asciiSections["interface"].map { entries in
            var firsts = [Bool](repeating: false, count: 128)
            for entry in entries { firsts[Int(entry[0])] = true }
            return firsts
        }
        self.longestBylineLead = (self.sections["byline-lead"] ?? []).map { $0.split(separator: " ").count }.max() ?? 0
        let mentionWords = (self.sections["source-mention"] ?? []).map { $0.split(separator: " ").map(String.init) }
        let mentionASCII = self.asciiSections["source-mention"].map { _ in mentionWords.map { Array($0.joined(separator: " ").utf8) } }
        self.mentionLeads = (mentionWords, mentionASCII, SourceFinder.heads(of: mentionASCII ?? []))
        self.longestEntries = sections.mapValues { $0.map(\.count).max() ?? 0 }
        let bare = (sections["caption-credit"] ?? []).filter { $0.contains(" ") }.map { Array($0.utf8) }
        self.bareCredits = bare.contains { [0x20, 0x09, 0x29, 0x2E].contains($0.last ?? 0x20) } ? nil : bare
        var map: [String: String] = [:]
        for name in outlets where map[Self.outletKey(name)] == nil { map[Self.outletKey(name)] = name }
        self.outlets = map
        self.outletFirstWords = Set(map.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        self.longestOutlet = map.keys.map { $0.split(separator: " ").count }.max() ?? 0
    }

    /// See ``creditsAnchorable``.
    static func anchorable(_ credits: [[UInt8]]) -> Bool {
        credits.allSatisfy { credit in
            !credit.contains { $0 == 0x3A || $0 == 0x29 || $0 == 0x2E } && credit.last != 0x20
                && !zip(credit, credit.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
        }
    }

    public func entries(_ section: String) -> [String] { sections[section] ?? [] }

    func longestEntry(_ section: String) -> Int { longestEntries[section] ?? 0 }

    func markedEntries(_ section: String) -> Set<String> { marked[section] ?? [] }

    /// Match key of an outlet name: folded, "&" read as "và", punctuation other than '.' and '+' dropped.
    public static func outletKey(_ name: some StringProtocol) -> String {
        if let key = simpleOutletKey(name) { return key }
        let folded = Folding.folded(name).replacingOccurrences(of: "&", with: " va ")
        var out = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber || ch == "." || ch == "+" { out.append(ch) } else { out.append(" ") }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    /// ``outletKey(_:)`` in one pass over the bytes when every scalar of `name` and of its
    /// fold is simple (then each character is one scalar and the table flags are exact);
    /// `nil` otherwise.
    static func simpleOutletKey(_ name: some StringProtocol) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var simple = true, pendingSpace = false
        Folding.forEachScalar(of: name) { s in
            guard simple else { return }
            let f = Folding.fold(s)
            guard ScalarText.isSimple(s), ScalarText.isSimple(f) else { simple = false; return }
            if f == "&" {
                // Read as the word "va" between separators.
                if !out.isEmpty { out.append(0x20) }
                out.append(0x76); out.append(0x61)
                pendingSpace = true
            } else if FoldedMatch.isAlnum(f) || f == "." || f == "+" {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                UTF8Buffer.append(f, to: &out)
            } else {
                pendingSpace = true
            }
        }
        return simple ? UTF8Buffer.string(validUTF8: out) : nil
    }

    /// The outlet's display name when `text` is exactly a known outlet
    /// (prefix words such as "báo", "tạp chí" allowed).
    public func outlet(named text: some StringProtocol) -> String? {
        let key = Self.outletKey(text)
        if let name = outlets[key] { return name }
        let stripped = stripPrefix(key, section: "outlet-prefix")
        return stripped == key ? nil : outlets[stripped]
    }

    /// The longest known outlet at the start of `text` (folded key), with the number of words it spans.
    func outletPrefix(of text: some StringProtocol) -> (name: String, words: Int)? {
        // Every key starts with one of few words: most texts fail on their first word, whose
        // key the shortest head already gives (its key is a word prefix of the text's key).
        guard let first = Self.keyWords(Self.outletKey(Self.head(of: text, keyWords: 1))).first,
              outletFirstWords.contains(String(first)) else { return nil }
        let key = Self.outletKey(Self.head(of: text, keyWords: longestOutlet))
        let words = Self.keyWords(key)
        var n = min(words.count, longestOutlet)
        // A key's words are separated by single spaces: its first n words are a prefix of it.
        let simple = ScalarText.isSimple(key)
        while n > 0 {
            let prefix = simple ? String(key[words[0].startIndex..<words[n - 1].endIndex]) : words[0..<n].joined(separator: " ")
            if let name = outlets[prefix] { return (name, n) }
            n -= 1
        }
        return nil
    }

    /// `key.split(separator: " ")` for an outlet key; on simple keys by scalars (a key holds
    /// letters, digits, '.', '+' and single spaces, so its whitespace words are its ' ' words).
    static func keyWords(_ key: String) -> [Substring] {
        ScalarText.isSimple(key) ? ScalarText.words(ofSimple: key) : key.split(separator: " ")
    }

    /// The shortest head of `text`, cut before a space, whose outlet key has at least
    /// `keyWords` words (or all of `text`). Cutting at a space of simple text splits the
    /// key between words, so the key's first words are the same: long bodies are not keyed whole.
    static func head<S: StringProtocol>(of text: S, keyWords: Int) -> S.SubSequence {
        var spaces = 2 * keyWords + 2
        while true {
            var seen = 0
            var cut: String.Index?
            let scalars = text.unicodeScalars
            var i = scalars.startIndex
            while i < scalars.endIndex {
                let s = scalars[i]
                guard ScalarText.isSimple(s) else { return text[...] }
                if s == " " { seen += 1; if seen == spaces { cut = i; break } }
                i = scalars.index(after: i)
            }
            guard let cut else { return text[...] }
            let head = text[..<cut]
            if Self.keyWords(outletKey(head)).count >= keyWords { return head }
            spaces *= 2
        }
    }

    /// The folded `text` without the longest entry of `section` it starts with
    /// (entries match whole words only).
    func stripPrefix(_ folded: String, section: String) -> String {
        for entry in entries(section) where Self.startsWithWords(folded, entry) {
            return ScalarText.trimmingWhitespaces(String(folded.dropFirst(entry.count)))
        }
        return folded
    }

    /// The entry of `section` the folded text starts with, as whole words.
    func leadingEntry(_ folded: String, section: String) -> String? {
        if let found = folded.utf8.withContiguousStorageIfAvailable({ leadingEntry(utf8: $0, section: section) }), let found {
            return found
        }
        return entries(section).first { Self.startsWithWords(folded, $0) }
    }

    /// ``leadingEntry(_:section:)`` on the UTF-8 of a folded text, for sections of ASCII
    /// entries; `nil` when bytes cannot decide (then the `String` code must run).
    func leadingEntry(utf8 bytes: UnsafeBufferPointer<UInt8>, section: String) -> String?? {
        guard let ascii = asciiSections[section] else { return nil }
        // An ASCII first byte that differs from the entry's: no match, whatever follows.
        let first: UInt8? = bytes.first.flatMap { $0 < 0x80 ? $0 : nil }
        for (k, entry) in ascii.enumerated() {
            if let first, first != entry[0] { continue }
            let endsWithLetter = entry.last.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? false
            switch FoldedMatch.startsWithWords(bytes, entry, entryEndsWithLetter: endsWithLetter) {
            case true?: return .some(entries(section)[k])
            case false?: continue
            case nil: return nil
            }
        }
        return .some(nil)
    }

    /// First entry of `section` found anywhere in `folded`, on word boundaries.
    /// `simple`: every scalar of `folded` is simple (see ``LineTraits/isSimple``).
    func containedEntry(_ folded: String, section: String, simple: Bool = false) -> String? {
        if simple, let ascii = asciiSections[section] {
            let found = folded.utf8.withContiguousStorageIfAvailable { FoldedMatch.firstContained(simple: $0, ascii) }
            if let found { return found < ascii.count ? entries(section)[found] : nil }
        }
        return entries(section).first { Self.containsWords(folded, $0) }
    }

    static func startsWithWords(_ text: String, _ entry: String) -> Bool {
        guard text.hasPrefix(entry) else { return false }
        guard let next = text.dropFirst(entry.count).first else { return true }
        return !(next.isLetter || next.isNumber) || !(entry.last?.isLetter ?? false)
    }

    static func containsWords(_ text: String, _ entry: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: entry, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let okBefore = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let okAfter = after.map { !($0.isLetter || $0.isNumber) } ?? true
            if okBefore && okAfter { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }
}
