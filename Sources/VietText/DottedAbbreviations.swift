/// The abbreviations whose final dot belongs to the word (`TP.`, `PGS.`,
/// `v.v.`), asked of every word a `.` follows, so of most sentence ends.
///
/// The straightforward test builds the word's lowercase String and looks it
/// up in a `Set<String>` (an array, a String and a normalizing hash per
/// sentence end). Here an ASCII word is compared packed in one integer, and
/// any other word first needs its fold signature to be one of the entries'
/// before the String lookup decides: most sentence-final words never build it.
struct DottedAbbreviations: Sendable {
    /// Lowercase entries, as the straightforward test looks them up.
    let entries: Set<String>
    /// Scalars in the longest entry: longer words are no entry.
    let maxLength: Int
    /// The ASCII entries (at most 8 bytes), packed byte `k` at bits `8k`.
    private let asciiEntries: Set<UInt64>
    /// ``signature(_:)`` of every entry.
    private let signatures: Set<UInt64>

    init(_ entries: Set<String>) {
        self.entries = entries
        maxLength = entries.map(\.unicodeScalars.count).max() ?? 0
        var ascii = Set<UInt64>(), signatures = Set<UInt64>()
        for e in entries {
            let scalars = Array(e.unicodeScalars)
            if scalars.count <= 8, scalars.allSatisfy({ $0.value < 0x80 }) {
                ascii.insert(Self.pack(scalars[...]))
            }
            if let sig = scalars.withUnsafeBufferPointer({ Self.signature($0[...]) }) { signatures.insert(sig) }
        }
        asciiEntries = ascii
        self.signatures = signatures
    }

    /// Whether `s[from..<to]` lowercased is an entry, exactly as
    /// `entries.contains(lowercased String)` answers.
    func contains(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> Bool {
        guard to - from <= maxLength else { return false }
        let word = s[from..<to]
        // An ASCII String equals (up to canonical equivalence) only the same
        // ASCII String: no NFC entry decomposes to ASCII alone.
        if to - from <= 8, word.allSatisfy({ $0.value < 0x80 }) {
            return asciiEntries.contains(Self.pack(word))
        }
        if let sig = Self.signature(word), !signatures.contains(sig) { return false }
        return entries.contains(UTF8Buffer.string(word.map(Folding.lower)))
    }

    /// Lowercase ASCII bytes packed, byte `k` at bits `8k`.
    private static func pack(_ word: some Collection<Unicode.Scalar>) -> UInt64 {
        var packed: UInt64 = 0, k: UInt64 = 0
        for c in word { packed |= UInt64(Folding.lower(c).value) << (8 * k); k += 1 }
        return packed
    }

    /// A hash of the word's folded letters (lowercase, base letter, combining
    /// marks left out), equal for canonically equivalent words: composed and
    /// decomposed spellings fold to the same letters. Nil when a scalar lies
    /// outside Latin and its combining marks, where that is not certain.
    static func signature(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> UInt64? {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in word {
            let v = c.value
            if Folding.isMark(c) { continue }
            guard v < 0x250 || (v >= 0x1E00 && v <= 0x1EFF) else { return nil }
            h = (h ^ UInt64(Folding.fold(Folding.lower(c)).value)) &* 0x100_0000_01B3
        }
        return h
    }
}
