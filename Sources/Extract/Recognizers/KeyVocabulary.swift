import Foundation
import VietText

/// Every syllable key a lexicon trie holds, numbered once: a trie step then
/// hashes an integer, and an article's tokens are looked up here once each
/// (``KeyedTokens``) instead of once per trie probe.
final class KeyVocabulary: @unchecked Sendable {
    static let shared = KeyVocabulary()
    /// The id of a key no lexicon holds: it matches no trie edge.
    static let unknown: Int32 = -1
    private let lock = NSLock()
    /// Key bytes → id (see ``ByteKeyTable`` for why not `[String: Int32]`); it
    /// grows with the lexicons (a few thousand keys), and small stays in cache.
    private var table = ByteKeyTable(capacity: 256)

    /// The id of `key`, numbering it if new (lexicon loading only).
    func intern(_ key: String) -> Int32 {
        lock.lock(); defer { lock.unlock() }
        if let id = table.value(key) { return id }
        let id = Int32(table.count)
        table.insert(key, id)
        return id
    }

    /// The id of a word as tokens' lowercase or folded forms spell it (NFC),
    /// numbering it if new (lexicon loading only).
    func word(_ word: String) -> Int32 { intern(ICU.nfc(word)) }

    /// The table as it is now and its size, for lock-free lookups of one
    /// article's keys: a later ``intern(_:)`` copies the storage, not this value.
    func snapshot() -> (ByteKeyTable, Int) {
        lock.lock(); defer { lock.unlock() }
        return (table, table.count)
    }

    /// Keys numbered so far; ids never change, so keyed tokens stay valid while this does.
    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return table.count
    }
}
