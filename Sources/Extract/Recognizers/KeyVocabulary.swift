import Foundation

/// Every syllable key a lexicon trie holds, numbered once: a trie step then
/// hashes an integer, and an article's tokens are looked up here once each
/// (``KeyedTokens``) instead of once per trie probe.
final class KeyVocabulary: @unchecked Sendable {
    static let shared = KeyVocabulary()
    /// The id of a key no lexicon holds: it matches no trie edge.
    static let unknown: Int32 = -1
    private let lock = NSLock()
    private var ids: [String: Int32] = [:]

    /// The id of `key`, numbering it if new (lexicon loading only).
    func intern(_ key: String) -> Int32 {
        lock.lock(); defer { lock.unlock() }
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    /// The ids of an article's keys (``unknown`` for keys no lexicon holds)
    /// and the vocabulary size they were read at.
    func ids(of keys: [String?]) -> ([Int32], Int) {
        lock.lock(); defer { lock.unlock() }
        return (keys.map { key in key.flatMap { ids[$0] } ?? Self.unknown }, ids.count)
    }

    /// Keys numbered so far; ids never change, so keyed tokens stay valid while this does.
    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return ids.count
    }
}
