import VietText

/// Mention text and spans rebuilt from tokens, with single spaces where the
/// text had whitespace, so recognizers never slice the article string.
enum TokenText {
    static func join(_ tokens: [Token], _ range: Range<Int>) -> String {
        var out = ""
        for k in range {
            if k > range.lowerBound && tokens[k].spaceBefore { out += " " }
            out += tokens[k].text
        }
        return out
    }

    static func span(_ tokens: [Token], _ range: Range<Int>) -> [Int] {
        [tokens[range.lowerBound].start, tokens[range.upperBound - 1].end]
    }

    static func join(_ tokens: KeyedTokens, _ range: Range<Int>) -> String { join(tokens.tokens, range) }
    static func span(_ tokens: KeyedTokens, _ range: Range<Int>) -> [Int] { span(tokens.tokens, range) }

    /// A punctuation token is one scalar, and no other scalar is canonically
    /// equivalent to a dash: comparing the scalar answers as comparing the
    /// Strings did, without the normalizing compare of non-ASCII Strings.
    @inline(__always) static func isDash(_ t: Token) -> Bool {
        guard t.kind == .punctuation, let c = t.text.unicodeScalars.first else { return false }
        switch c {
        case "-", "–", "—", "‐", "−": return t.text.unicodeScalars.count == 1
        default: return false
        }
    }
}

/// Sorted, merged scalar spans already claimed by an earlier recognizer.
struct SpanSet {
    private var spans: [(Int, Int)]

    init(_ spans: [[Int]]) {
        let sorted = spans.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }.sorted { $0.0 < $1.0 }
        var merged: [(Int, Int)] = []
        for s in sorted {
            if let last = merged.last, s.0 <= last.1 { merged[merged.count - 1].1 = max(last.1, s.1) } else { merged.append(s) }
        }
        self.spans = merged
    }

    /// True when the scalar range `[start, end)` overlaps a claimed span.
    func overlaps(_ start: Int, _ end: Int) -> Bool {
        var lo = 0, hi = spans.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if spans[mid].1 <= start { lo = mid + 1 } else if spans[mid].0 >= end { hi = mid - 1 } else { return true }
        }
        return false
    }
}
