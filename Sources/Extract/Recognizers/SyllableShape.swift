/// The shape of a Vietnamese syllable: an onset, a vowel group, a final consonant
/// (nghiêng, khuya, quyền, oanh). Foreign names and brands mostly have none
/// (Trump, Shinzo, Alibaba): ``ForeignNames`` tells names by it and
/// ``AgencyNamePhrase`` lets only a syllable take a lowercase second one.
enum SyllableShape {
    /// Initial consonants, longest first, and none.
    static let onsets: [String] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                   "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
    static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    /// Vowel groups of Vietnamese syllables, diacritics removed.
    static let nuclei: Set<String> = [
        "a", "ai", "ao", "au", "ay", "e", "eo", "eu", "i", "ia", "ie", "ieu", "iu", "o", "oa", "oai", "oao",
        "oay", "oe", "oeo", "oi", "oo", "u", "ua", "uay", "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya",
        "uye", "uyu", "y", "ye", "yeu",
    ]

    /// Whether a folded, lowercase syllable can be Vietnamese: onset, vowel group, final consonant.
    static func isVietnamese(_ folded: String) -> Bool {
        let s = Substring(folded)
        guard !s.isEmpty, s.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return false }
        for onset in onsets where s.hasPrefix(onset) {
            var rest = s.dropFirst(onset.count)
            // "gi" and "qu" lend their vowel when nothing else follows: gì, gìn.
            if onset == "gi", rest.first.map({ !"aeiouy".contains($0) }) ?? true { rest = "i" + rest }
            let vowels = rest.prefix { "aeiouy".contains($0) }
            let coda = rest.dropFirst(vowels.count)
            if !vowels.isEmpty, nuclei.contains(String(vowels)), codas.contains(String(coda)) { return true }
        }
        return false
    }
}
