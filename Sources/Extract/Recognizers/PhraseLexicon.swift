import VietText

/// A lexicon of short phrases matched against the token stream, syllable by
/// syllable, on lowercase text (`.lower`: "vì" and "vị", "rồi" and "rơi" stay
/// apart) or on folded text (`.folded`: no diacritics, so "Kế hoạch" and "KẾ HOẠCH"
/// or a misspelt "Kế hoach" all match; for long phrases only). Entries may carry
/// a value after `|` ("hơn | over"); without one the entry itself is the value.
public struct PhraseLexicon: Sendable {
    public enum Key: Sendable { case lower, folded }
    public let keyKind: Key
    private var values: [String: String] = [:]
    /// Every leading and every trailing run of words of an entry (entries
    /// included): a match stops growing as soon as its key is in neither.
    private var heads: Set<String> = [], tails: Set<String> = []
    /// Longest entry, in syllables (tokens).
    public private(set) var maxWords = 0
    /// First byte of the folded first (`firstBytes`) and last (`lastBytes`)
    /// word of every entry, 256 for an empty fold. Folding is the same for every
    /// spelling a key comparison accepts, so a token whose folded text starts
    /// with another byte cannot begin (or end) an entry: most probes stop there,
    /// before any key string is built and hashed.
    private var firstBytes = [Bool](repeating: false, count: 257)
    private var lastBytes = [Bool](repeating: false, count: 257)

    @inline(__always) private static func foldedFirst(_ s: String) -> Int { s.utf8.first.map(Int.init) ?? 256 }

    public init(_ entries: [String], key: Key = .lower) {
        self.keyKind = key
        for line in entries {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let phrase = parts.first, !phrase.isEmpty else { continue }
            let words = phrase.split(separator: " ").map { key == .lower ? Folding.lowercased($0) : Folding.folded($0) }
            let phraseKey = words.joined(separator: " ")
            if values[phraseKey] == nil { values[phraseKey] = parts.count > 1 ? parts[1] : phrase }
            for n in 1...max(1, words.count) where !words.isEmpty {
                heads.insert(words.prefix(n).joined(separator: " "))
                tails.insert(words.suffix(n).joined(separator: " "))
            }
            maxWords = max(maxWords, words.count)
            if let first = words.first, let last = words.last {
                firstBytes[Self.foldedFirst(Folding.folded(first))] = true
                lastBytes[Self.foldedFirst(Folding.folded(last))] = true
            }
        }
    }

    /// Entry lookup by key (lowercase or folded, as the lexicon is keyed).
    public func contains(_ key: String) -> Bool { values[key] != nil }
    public func value(_ key: String) -> String? { values[key] }

    @inline(__always) func key(_ t: Token) -> String { keyKind == .lower ? t.lower : t.folded }

    /// Longest entry starting at token `i`: the number of tokens and the entry's value.
    public func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (count: Int, value: String)? {
        let end = Swift.min(tokens.count, i + maxWords, limit ?? tokens.count)
        guard i < end, firstBytes[Self.foldedFirst(tokens[i].folded)] else { return nil }
        var key = ""
        var best: (Int, String)?
        for k in i..<end {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .symbol || t.kind == .number || t.kind == .code else { break }
            if k > i { key += " " }
            key += self.key(t)
            guard heads.contains(key) else { break }
            if let v = values[key] { best = (k - i + 1, v) }
        }
        return best
    }

    /// Longest entry ending right before token `i`: its first token index and value.
    public func match(_ tokens: [Token], endingBefore i: Int, floor: Int = 0) -> (start: Int, value: String)? {
        guard i - 1 >= Swift.max(floor, 0), i - 1 < tokens.count, maxWords > 0,
              lastBytes[Self.foldedFirst(tokens[i - 1].folded)] else { return nil }
        var key = ""
        var best: (Int, String)?
        var k = i - 1
        while k >= Swift.max(floor, 0) && i - k <= maxWords {
            let t = tokens[k]
            guard t.kind == .word || t.kind == .symbol || t.kind == .number || t.kind == .code else { break }
            key = k == i - 1 ? self.key(t) : self.key(t) + " " + key
            guard tails.contains(key) else { break }
            if let v = values[key] { best = (k, v) }
            k -= 1
        }
        return best
    }
}
