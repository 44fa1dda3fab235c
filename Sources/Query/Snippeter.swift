import VietText

/// Cuts a short passage around the best cluster of matches from the stored
/// (accented) text and wraps the matching words in ``Highlight`` markers.
///
/// Matching is done on folded words computed scalar by scalar, so offsets are
/// offsets in the original text and the snippet shows the text as written.
public struct Snippeter: Sendable {
    /// Words in a snippet.
    public var window: Int

    public init(window: Int = 28) { self.window = window }

    /// A word of the text: its scalar range, and its folded form as a range of ``Words/folded``.
    struct Word { var start: Int; var end: Int; var foldedStart: Int; var foldedEnd: Int }

    /// The words of a text with their folded scalars in one buffer: no string per word.
    struct Words {
        var list: [Word] = []
        var folded: [Unicode.Scalar] = []

        /// Whether word `i` folds to `query` (or starts with it, for a prefix).
        func matches(_ i: Int, _ query: [Unicode.Scalar], prefix: Bool) -> Bool {
            let w = list[i]
            let length = w.foldedEnd - w.foldedStart
            guard prefix ? length >= query.count : length == query.count else { return false }
            var k = 0
            while k < query.count {
                if folded[w.foldedStart + k] != query[k] { return false }
                k += 1
            }
            return true
        }
    }

    public func snippet(text: String, clauses: [(words: [String], prefix: Bool)]) -> String {
        // One decoding pass (`Array(text.unicodeScalars)` walks the text twice: count, then copy).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { scalars.append(s) }
        let all = Self.words(scalars)
        let words = all.list
        guard !words.isEmpty else { return "" }
        // Which clause (if any) each word belongs to.
        var hit = [Int](repeating: -1, count: words.count)
        for (c, clause) in clauses.enumerated() where !clause.words.isEmpty {
            let n = clause.words.count
            guard words.count >= n else { continue }
            let query = clause.words.map { Array($0.unicodeScalars) }
            for i in 0...(words.count - n) {
                var ok = true
                for k in 0..<n where !all.matches(i + k, query[k], prefix: clause.prefix && k == n - 1) {
                    ok = false; break
                }
                if ok { for k in 0..<n { hit[i + k] = c } }
            }
        }
        // Best window: most distinct clauses, then most matching words.
        // Best window: most distinct clauses, then query words side by side in
        // query order (as typed), then most matching words; the first match sits
        // near the start so a narrow column still shows it.
        var best = (score: -1, start: 0)
        for i in words.indices where hit[i] >= 0 && (i == 0 || hit[i - 1] < 0) {
            let start = max(0, min(i - window / 6, words.count - window))
            let end = min(words.count, start + window)
            var seen = Set<Int>(), count = 0, adjacent = 0
            for j in start..<end where hit[j] >= 0 {
                seen.insert(hit[j]); count += 1
                if j > start, hit[j - 1] >= 0, hit[j - 1] + 1 == hit[j] { adjacent += 1 }
            }
            var anchor = 0, k = i
            while k + 1 < words.count, hit[k + 1] >= 0, hit[k + 1] == hit[k] + 1 { anchor += 1; k += 1 }
            let score = seen.count * 100_000 + anchor * 10_000 + adjacent * 100 + count
            if score > best.score { best = (score, start) }
        }
        let lo = best.start
        var hi = min(words.count, lo + window)
        // A phrase match the window would cut in two is shown whole.
        while hi < words.count, hi > lo, hit[hi] >= 0, hit[hi] == hit[hi - 1] { hi += 1 }
        // Built as UTF-8 bytes: appending scalar slices to a String.UnicodeScalarView was
        // a good part of a search's Swift time.
        var out: [UInt8] = []
        out.reserveCapacity(256)
        func append(_ literal: String) { out.append(contentsOf: literal.utf8) }
        if lo > 0 { append("…") }
        var cursor = words[lo].start
        var open = false
        for j in lo..<hi {
            let w = words[j]
            let gap = scalars[cursor..<w.start]
            if open && (hit[j] < 0 || gap.contains(where: { !Self.isSpace($0) })) {
                append(Highlight.close); open = false
            }
            var space = false
            for s in gap {
                if Self.isSpace(s) {
                    if !space { out.append(0x20); space = true }
                } else {
                    UTF8Buffer.append(s, to: &out); space = false
                }
            }
            if hit[j] >= 0 && !open { append(Highlight.open); open = true }
            for k in w.start..<w.end { UTF8Buffer.append(scalars[k], to: &out) }
            cursor = w.end
        }
        if open { append(Highlight.close) }
        // Closing punctuation right after the last word.
        var tail = cursor
        while tail < scalars.count, tail < cursor + 2, !Self.isSpace(scalars[tail]), !SearchAnalyzer.isWordScalar(scalars[tail]) {
            UTF8Buffer.append(scalars[tail], to: &out); tail += 1
        }
        if hi < words.count { append("…") }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D)) : s.properties.isWhitespace
    }

    static func words(_ scalars: [Unicode.Scalar]) -> Words {
        var words = Words()
        words.folded.reserveCapacity(scalars.count)
        let table = Folding.foldTable, tableSize = Folding.foldTableSize
        var i = 0
        while i < scalars.count {
            guard SearchAnalyzer.isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i, foldedStart = words.folded.count
            while i < scalars.count, SearchAnalyzer.isWordScalar(scalars[i]) {
                let c = scalars[i], v = Int(c.value)
                if v < 0x80 {
                    words.folded.append((v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(UInt8(v + 32)) : c)
                } else if !Folding.isMark(c) {
                    words.folded.append(v < tableSize ? table[v] : Folding.fold(c))
                }
                i += 1
            }
            words.list.append(Word(start: start, end: i, foldedStart: foldedStart, foldedEnd: words.folded.count))
        }
        return words
    }
}
