/// The shape of a Vietnamese syllable: an onset, a vowel group, a final consonant
/// (nghiêng, khuya, quyền, oanh). Foreign names and brands mostly have none
/// (Trump, Shinzo, Alibaba): ``ForeignNames`` tells names by it and
/// ``AgencyNamePhrase`` lets only a syllable take a lowercase second one.
///
/// Tested on the folded word packed in one integer (``KeyedTokens/foldedWord(_:)``,
/// byte `k` at bits `8k`): it runs on capitalised words inside agency names, and
/// a Vietnamese syllable is at most seven letters.
enum SyllableShape {
    /// Initial consonants, longest first, then none.
    static let onsets: [(word: UInt64, length: Int)] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"].map { (AgencyWords.pack($0), $0.utf8.count) } + [(0, 0)]
    static let gi = AgencyWords.pack("gi")
    static let codas: Set<UInt64> = Set(["c", "ch", "m", "n", "ng", "nh", "p", "t"].map(AgencyWords.pack) + [0])
    /// Vowel groups of Vietnamese syllables, diacritics removed.
    static let nuclei: Set<UInt64> = Set([
        "a", "ai", "ao", "au", "ay", "e", "eo", "eu", "i", "ia", "ie", "ieu", "iu", "o", "oa", "oai", "oao",
        "oay", "oe", "oeo", "oi", "oo", "u", "ua", "uay", "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya",
        "uye", "uyu", "y", "ye", "yeu",
    ].map(AgencyWords.pack))

    /// Whether a folded, lowercase word can be a Vietnamese syllable.
    static func isVietnamese(_ folded: String) -> Bool {
        guard (1...8).contains(folded.utf8.count), folded.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) else { return false }
        return isVietnamese(packed: AgencyWords.pack(folded))
    }

    /// ``isVietnamese(_:)`` of a word packed byte `k` at bits `8k` (0: no word).
    static func isVietnamese(packed w: UInt64) -> Bool {
        var n = 0
        while n < 8, (w >> (8 * UInt64(n))) & 0xFF != 0 { n += 1 }
        guard n > 0 else { return false }
        func byte(_ k: Int) -> UInt64 { (w >> (8 * UInt64(k))) & 0xFF }
        func slice(_ from: Int, _ to: Int) -> UInt64 {
            from >= to ? 0 : (w >> (8 * UInt64(from))) & (to - from >= 8 ? ~0 : (1 << (8 * UInt64(to - from))) - 1)
        }
        for k in 0..<n where !(0x61...0x7A).contains(byte(k)) { return false }
        for onset in onsets where slice(0, onset.length) == onset.word {
            var v = onset.length
            while v < n, isVowel(byte(v)) { v += 1 }
            var nucleus = slice(onset.length, v)
            // "gi" lends its vowel when no other follows: gì, gìn.
            if onset.word == gi, nucleus == 0 { nucleus = 0x69 }
            if nucleus != 0, nuclei.contains(nucleus), codas.contains(slice(v, n)) { return true }
        }
        return false
    }

    @inline(__always) static func isVowel(_ b: UInt64) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79
    }
}
