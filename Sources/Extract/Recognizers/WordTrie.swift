/// A trie over ``KeyVocabulary`` ids of whole words, for ``PhraseLexicon``.
///
/// Its edges live in one flat open-addressing table keyed by (node, word id):
/// a step is a multiply and usually one probe, where joining the words into a
/// String and hashing it (SipHash over normalized Unicode) cost far more, and
/// did so for every probe at every number of every article.
struct WordTrie: Sendable {
    /// Edge keys, `node << 32 | id`, and their child nodes (0: empty slot; the
    /// root is never a child). The count is a power of two, at most half full.
    private var keys = [UInt64](repeating: 0, count: 16)
    private var children = [Int32](repeating: 0, count: 16)
    /// The value of each node (nil: no entry ends there); node 0 is the root.
    private(set) var values: [String?] = [nil]
    private var edges = 0

    @inline(__always) private static func key(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along word `id`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32? {
        let key = Self.key(node, id)
        return keys.withUnsafeBufferPointer { keys in
            children.withUnsafeBufferPointer { children in
                let mask = keys.count - 1
                var i = Self.slot(key, mask)
                while true {
                    let c = children[i]
                    if c == 0 { return nil }
                    if keys[i] == key { return c }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// Adds the entry `ids` with `value`, keeping a value already stored for it.
    mutating func insert(_ ids: [Int32], _ value: String) {
        guard !ids.isEmpty else { return }
        var node: Int32 = 0
        for id in ids {
            if let next = child(node, id) { node = next; continue }
            values.append(nil)
            let next = Int32(values.count - 1)
            place(Self.key(node, id), next)
            node = next
        }
        if values[Int(node)] == nil { values[Int(node)] = value }
    }

    private mutating func place(_ key: UInt64, _ child: Int32) {
        if (edges + 1) * 2 > keys.count {
            let oldKeys = keys, oldChildren = children
            keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
            children = [Int32](repeating: 0, count: oldKeys.count * 2)
            edges = 0
            for (k, c) in zip(oldKeys, oldChildren) where c != 0 { place(k, c) }
        }
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while children[i] != 0 { i = (i + 1) & mask }
        keys[i] = key; children[i] = child
        edges += 1
    }
}
