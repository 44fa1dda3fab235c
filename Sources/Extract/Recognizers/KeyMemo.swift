import Foundation
import VietText

/// What keying a token found (``KeyedTokens``), remembered by its spelling.
///
/// Press text repeats a few thousand syllables: keying every token walked its
/// scalars through three tables (tone key, fold, case) and probed the
/// vocabulary, about a tenth of extraction, while nearly every spelling had
/// been keyed a few hundred tokens earlier. A hit here costs one hash of the
/// token's packed UTF-8 (``TokenizedText/packedUTF8``) and one slot read.
///
/// Two-way set-associative, a set being one 64-byte cache line: no probing
/// beyond the line, no growth, 256 KB. A spelling not held enters its set's
/// first way and moves the older one to the second (dropping what was there):
/// over the bench, 96 % of tokens hit, against 92.5 % direct-mapped at the
/// same size (simulated). Each entry also has a word for the ids of the
/// spelling's lowercase and folded forms (``TokenForms``), filled the first
/// time a recognizer asks for them. Kept across articles in
/// a small pool, one memo per extracting thread at a time, and emptied when a
/// lexicon loaded later changed the vocabulary the ids come from.
final class KeyMemo: @unchecked Sendable {
    /// Sets as a power of two, two entries each.
    static let setBits = 12
    /// Per entry: packed UTF-8 (two words), ``Entry/meta``, ``Entry/foldedWord``;
    /// all 0 when empty. Entries `2s` and `2s + 1` are set `s`, 64-byte aligned.
    private let slots: UnsafeMutablePointer<UInt64>
    /// Per entry (same index as its slot's `4i`): the ``TokenForms`` ids of its
    /// spelling, lowercase in the high half, folded in the low; ``noForms`` until known.
    private let forms: UnsafeMutablePointer<UInt64>
    static let noForms = UInt64.max
    /// The vocabulary size the remembered ids were read at.
    private(set) var vocabularySize: Int

    /// One token's keying, in two words.
    struct Entry: Equatable {
        /// Bits 0–31 the vocabulary id, 32–39 the folded initial, 40–47 the
        /// kind, 48 capitalised, 49 all capitals, 50 name syllable, 63 set.
        var meta: UInt64
        /// ``KeyedTokens/foldedWord(_:)``.
        var foldedWord: UInt64

        init(id: Int32, kind: Token.Kind, foldedInitial: UInt8, foldedWord: UInt64,
             capitalized: Bool, allCaps: Bool, nameSyllable: Bool) {
            meta = UInt64(UInt32(bitPattern: id)) | UInt64(foldedInitial) << 32 | UInt64(kind.rawValue) << 40
                | (capitalized ? 1 << 48 : 0) | (allCaps ? 1 << 49 : 0) | (nameSyllable ? 1 << 50 : 0) | 1 << 63
            self.foldedWord = foldedWord
        }

        init(meta: UInt64, foldedWord: UInt64) { self.meta = meta; self.foldedWord = foldedWord }

        var id: Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: meta)) }
        var foldedInitial: UInt8 { UInt8(truncatingIfNeeded: meta >> 32) }
        var kindBits: UInt64 { (meta >> 40) & 0xFF }
        var capitalized: Bool { meta & (1 << 48) != 0 }
        var allCaps: Bool { meta & (1 << 49) != 0 }
        var nameSyllable: Bool { meta & (1 << 50) != 0 }
    }

    private init(vocabularySize: Int) {
        slots = UnsafeMutableRawPointer.allocate(byteCount: 8 * Self.words, alignment: 64)
            .bindMemory(to: UInt64.self, capacity: Self.words)
        slots.initialize(repeating: 0, count: Self.words)
        forms = .allocate(capacity: Self.words / 4)
        forms.initialize(repeating: Self.noForms, count: Self.words / 4)
        self.vocabularySize = vocabularySize
    }

    deinit { UnsafeMutableRawPointer(slots).deallocate(); forms.deallocate() }

    private static let words = 8 << setBits

    /// The set a spelling belongs to.
    @inline(__always) static func setIndex(_ lo: UInt64, _ hi: UInt64) -> Int {
        let h = lo &* 0x9E37_79B9_7F4A_7C15 ^ hi &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: h >> UInt64(64 - setBits))
    }

    /// The first word of the set of a spelling.
    @inline(__always) private func set(_ lo: UInt64, _ hi: UInt64) -> UnsafeMutablePointer<UInt64> {
        slots + 8 * Self.setIndex(lo, hi)
    }

    /// The entry of a token of `kind` spelt (`lo`, `hi`) (never (0, 0)), if remembered.
    @inline(__always) func find(_ lo: UInt64, _ hi: UInt64, _ kind: Token.Kind) -> Entry? {
        var p = set(lo, hi)
        for _ in 0..<2 {
            if p[0] == lo, p[1] == hi, (p[2] >> 40) & 0xFF == UInt64(kind.rawValue), p[2] >> 63 != 0 {
                return Entry(meta: p[2], foldedWord: p[3])
            }
            p += 4
        }
        return nil
    }

    /// Reads the slot of every packed spelling once, in a loop that does
    /// nothing else. Most slots are out of the nearer caches when an article
    /// starts (reading and parsing it ran in between), and in the keying loop
    /// each such read stalled the work after it; here a few dozen reads are
    /// in flight at once, and the keying loop then finds the slots cached.
    func warm(_ packed: UnsafeBufferPointer<UInt64>) {
        var sum: UInt64 = 0
        var k = 0
        while k + 1 < packed.count {
            sum &+= set(packed[k], packed[k + 1])[0]
            k += 2
        }
        warmed = sum
    }

    /// Sink for ``warm(_:)``'s reads, so that they are not optimized away.
    private var warmed: UInt64 = 0

    @inline(__always) func store(_ lo: UInt64, _ hi: UInt64, _ entry: Entry) {
        let p = set(lo, hi)
        p[4] = p[0]; p[5] = p[1]; p[6] = p[2]; p[7] = p[3]
        p[0] = lo; p[1] = hi; p[2] = entry.meta; p[3] = entry.foldedWord
        let f = forms + (p - slots) / 4
        f[1] = f[0]; f[0] = Self.noForms
    }

    /// The forms word of an entry spelt (`lo`, `hi`) (of any kind: the forms
    /// depend on the spelling alone), nil when no entry has that spelling.
    @inline(__always) func forms(_ lo: UInt64, _ hi: UInt64) -> UnsafeMutablePointer<UInt64>? {
        let p = set(lo, hi)
        if p[0] == lo && p[1] == hi && p[2] >> 63 != 0 { return forms + (p - slots) / 4 }
        if p[4] == lo && p[5] == hi && p[6] >> 63 != 0 { return forms + (p - slots) / 4 + 1 }
        return nil
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [KeyMemo] = []
    nonisolated(unsafe) private static var created = 0
    /// At most this many memos exist: an article holds its memo as long as its
    /// ``RecognizerInput`` lives, and callers keeping many inputs alive get
    /// keying without a memo rather than 320 KB each.
    static let limit = 64

    /// A memo no other thread uses, valid for a vocabulary of `vocabularySize`
    /// keys; nil when ``limit`` memos are in use.
    static func take(vocabularySize: Int) -> KeyMemo? {
        lock.lock()
        var memo = idle.popLast()
        if memo == nil && created < limit { created += 1; memo = KeyMemo(vocabularySize: vocabularySize) }
        lock.unlock()
        guard let memo else { return nil }
        if memo.vocabularySize != vocabularySize {
            memo.slots.update(repeating: 0, count: words)
            memo.forms.update(repeating: noForms, count: words / 4)
            memo.vocabularySize = vocabularySize
        }
        return memo
    }

    /// Hands a memo back for the next article.
    static func give(_ memo: KeyMemo) {
        lock.lock(); defer { lock.unlock() }
        idle.append(memo)
    }
}
