import VietText

/// A lexicon of short phrases matched against the token stream by folded
/// syllables (lowercase, no diacritics), so "Kế hoạch", "kế hoạch" and
/// "Kế hoach" written with another tone placement all match. Entries may carry
/// a value after `|` ("hơn | over"); without one the entry itself is the value.
public struct PhraseLexicon: Sendable {
    private var values: [String: String] = [:]
    /// Longest entry, in syllables (tokens).
    public private(set) var maxWords = 0

    public init(_ entries: [String]) {
        for line in entries {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let phrase = parts.first, !phrase.isEmpty else { continue }
            let words = phrase.split(separator: " ").map { Folding.folded($0) }
            let key = words.joined(separator: " ")
            if values[key] == nil { values[key] = parts.count > 1 ? parts[1] : phrase }
            maxWords = max(maxWords, words.count)
        }
    }

    public func contains(_ folded: String) -> Bool { values[folded] != nil }
    public func value(_ folded: String) -> String? { values[folded] }

    /// Longest entry starting at token `i`: the number of tokens and the entry's value.
    public func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (count: Int, value: String)? {
        let end = Swift.min(tokens.count, i + maxWords, limit ?? tokens.count)
        guard i < end else { return nil }
        var key = ""
        var best: (Int, String)?
        for k in i..<end {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .symbol || t.kind == .number || t.kind == .code else { break }
            if k > i { key += " " }
            key += t.folded
            if let v = values[key] { best = (k - i + 1, v) }
        }
        return best
    }

    /// Longest entry ending right before token `i`: its first token index and value.
    public func match(_ tokens: [Token], endingBefore i: Int, floor: Int = 0) -> (start: Int, value: String)? {
        var key = ""
        var best: (Int, String)?
        var k = i - 1
        while k >= Swift.max(floor, 0) && i - k <= maxWords {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .symbol || t.kind == .number || t.kind == .code else { break }
            key = k == i - 1 ? t.folded : t.folded + " " + key
            if let v = values[key] { best = (k, v) }
            k -= 1
        }
        return best
    }
}
