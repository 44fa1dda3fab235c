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
    /// The entries word by word (``KeyVocabulary`` ids of their keys), forwards
    /// and backwards: a match walks the tokens' ids (``KeyedTokens/lowerID(_:)``,
    /// ``KeyedTokens/foldedID(_:)``) and stops at the first word no entry continues with.
    private var forward = WordTrie(), backward = WordTrie()
    /// Longest entry, in syllables (tokens).
    public private(set) var maxWords = 0

    public init(_ entries: [String], key: Key = .lower) {
        self.keyKind = key
        for line in entries {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let phrase = parts.first, !phrase.isEmpty else { continue }
            let words = phrase.split(separator: " ").map { key == .lower ? Folding.lowercased($0) : Folding.folded($0) }
            let phraseKey = words.joined(separator: " ")
            let value = parts.count > 1 ? parts[1] : phrase
            if values[phraseKey] == nil { values[phraseKey] = value }
            // Token forms are built from NFC text, so the words are numbered in NFC
            // (the String keys above compared them up to canonical equivalence).
            let ids = words.map { KeyVocabulary.shared.word($0) }
            forward.insert(ids, value)
            backward.insert(ids.reversed(), value)
            maxWords = max(maxWords, words.count)
        }
    }

    /// Entry lookup by key (lowercase or folded, as the lexicon is keyed).
    public func contains(_ key: String) -> Bool { values[key] != nil }
    public func value(_ key: String) -> String? { values[key] }

    /// Tokens an entry word can match: a punctuation mark ends every entry.
    @inline(__always) private static func isWordlike(_ kind: Token.Kind) -> Bool { kind != .punctuation }

    /// Longest entry starting at token `i`: the number of tokens and the entry's value.
    func match(_ tokens: KeyedTokens, at i: Int, limit: Int? = nil) -> (count: Int, value: String)? {
        let end = Swift.min(tokens.count, i + maxWords, limit ?? tokens.count)
        guard i < end else { return nil }
        let folded = keyKind == .folded
        var node: Int32 = 0
        var best: (Int, String)?
        for k in i..<end {
            guard Self.isWordlike(tokens.kinds[k]) else { break }
            let id = folded ? tokens.foldedID(k) : tokens.lowerID(k)
            guard id >= 0, let next = forward.child(node, id) else { break }
            node = next
            if let v = forward.values[Int(node)] { best = (k - i + 1, v) }
        }
        return best
    }

    /// Longest entry ending right before token `i`: its first token index and value.
    func match(_ tokens: KeyedTokens, endingBefore i: Int, floor: Int = 0) -> (start: Int, value: String)? {
        guard i - 1 >= Swift.max(floor, 0), i - 1 < tokens.count, maxWords > 0 else { return nil }
        let folded = keyKind == .folded
        var node: Int32 = 0
        var best: (Int, String)?
        var k = i - 1
        while k >= Swift.max(floor, 0) && i - k <= maxWords {
            guard Self.isWordlike(tokens.kinds[k]) else { break }
            let id = folded ? tokens.foldedID(k) : tokens.lowerID(k)
            guard id >= 0, let next = backward.child(node, id) else { break }
            node = next
            if let v = backward.values[Int(node)] { best = (k, v) }
            k -= 1
        }
        return best
    }
}
