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
        let scalars = Array(text.unicodeScalars)
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
        var out = String.UnicodeScalarView()
        if lo > 0 { out.append(contentsOf: "…".unicodeScalars) }
        var cursor = words[lo].start
        var open = false
        for j in lo..<hi {
            let w = words[j]
            let gap = scalars[cursor..<w.start]
            if open && (hit[j] < 0 || gap.contains(where: { !$0.properties.isWhitespace })) {
                out.append(contentsOf: Highlight.close.unicodeScalars); open = false
            }
            var space = false
            for s in gap {
                if s.properties.isWhitespace { if !space { out.append(" "); space = true } } else { out.append(s); space = false }
            }
            if hit[j] >= 0 && !open { out.append(contentsOf: Highlight.open.unicodeScalars); open = true }
            out.append(contentsOf: scalars[w.start..<w.end])
            cursor = w.end
        }
        if open { out.append(contentsOf: Highlight.close.unicodeScalars) }
        // Closing punctuation right after the last word.
        var tail = cursor
        while tail < scalars.count, tail < cursor + 2, !scalars[tail].properties.isWhitespace, !ParsedQuery.isWordScalar(scalars[tail]) {
            out.append(scalars[tail]); tail += 1
        }
        if hi < words.count { out.append(contentsOf: "…".unicodeScalars) }
        return String(out)
    }

    static func words(_ scalars: [Unicode.Scalar]) -> Words {
        var words = Words()
        words.folded.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            guard ParsedQuery.isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i, foldedStart = words.folded.count
            while i < scalars.count, ParsedQuery.isWordScalar(scalars[i]) {
                if !Folding.isMark(scalars[i]) { words.folded.append(Folding.fold(scalars[i])) }
                i += 1
            }
            words.list.append(Word(start: start, end: i, foldedStart: foldedStart, foldedEnd: words.folded.count))
        }
        return words
    }
}
