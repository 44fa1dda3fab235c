import VietText

/// A trie over syllable keys (``ToneKey``), so a lexicon entry matches however the text
/// places its tone marks or capitalises ("Thành uỷ", "thành ủy", "THÀNH ỦY")
/// and a match costs one dictionary step per token.
struct FoldedTrie<Value: Sendable>: Sendable {
    private var children: [[Int32: Int32]] = [[:]]
    private var values: [Value?] = [nil]
    /// The root's children by key id (0 for none): every token probes the
    /// root, and most match nothing, so that step is an array read, not a hash.
    private var rootChildren: [Int32] = []

    /// The keys a phrase is matched by (see ``KeyedTokens``).
    static func keys(of phrase: String) -> [String] {
        Tokenizer.shared.tokenize(phrase).tokens.compactMap(KeyedTokens.key(of:))
    }

    mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            let id = KeyVocabulary.shared.intern(key)
            if let next = children[node][id] { node = Int(next); continue }
            children.append([:]); values.append(nil)
            children[node][id] = Int32(children.count - 1)
            if node == 0 {
                if rootChildren.count <= Int(id) { rootChildren += [Int32](repeating: 0, count: Int(id) + 1 - rootChildren.count) }
                rootChildren[Int(id)] = Int32(children.count - 1)
            }
            node = children.count - 1
        }
        if values[node] == nil { values[node] = value }
    }

    mutating func insert(phrase: String, _ value: Value) { insert(Self.keys(of: phrase), value) }

    /// Longest entry starting at token `start`: the index one past its last
    /// token and its value. Separators are stepped over inside an entry only.
    @inline(__always)
    func longest(in tokens: KeyedTokens, from start: Int, limit: Int? = nil) -> (end: Int, value: Value)? {
        // Most probes fail at the first token: decide those without a call.
        guard start < Swift.min(limit ?? tokens.count, tokens.count), mayStart(tokens, at: start) else { return nil }
        return walk(tokens, from: start, limit: limit)
    }

    /// Whether an entry can start at token `i`: the root has an edge for its key.
    @inline(__always)
    func mayStart(_ tokens: KeyedTokens, at i: Int) -> Bool {
        let id = Int(tokens.ids[i])
        return id >= 0 && id < rootChildren.count && rootChildren[id] != 0
    }

    private func walk(_ tokens: KeyedTokens, from start: Int, limit: Int?) -> (end: Int, value: Value)? {
        let end = Swift.min(limit ?? tokens.count, tokens.count)
        var node = 0, i = start, best: (Int, Value)?
        while i < end {
            let id = tokens.ids[i]
            guard id != KeyedTokens.separator else {
                if i == start || tokens.lineStart[i] { break }
                i += 1; continue
            }
            if i > start && tokens.lineStart[i] { break }
            guard id >= 0 else { break }
            if node == 0 {
                guard Int(id) < rootChildren.count, rootChildren[Int(id)] != 0 else { break }
                node = Int(rootChildren[Int(id)])
            } else {
                guard let next = children[node][id] else { break }
                node = Int(next)
            }
            i += 1
            if let v = values[node] { best = (i, v) }
        }
        return best
    }
}

/// Separators that do not change a name: "Lao động - Thương binh", "Văn hóa, Thể thao".
enum TrieSeparators {
    static let skippable: Set<String> = ["-", "–", "—", ","]

    /// One of ``skippable``, decided without hashing: asked of every punctuation token.
    @inline(__always) static func isSkippable(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "–" || c == "—" || c == ","
    }
}
