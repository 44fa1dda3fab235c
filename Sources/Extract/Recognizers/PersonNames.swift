import VietText

/// Vietnamese personal names: a family name from surnames.txt and one to
/// three more capitalised syllables ("Nguyễn Văn A", "Phạm Thị Nguyên Hạnh").
struct PersonNames: Sendable {
    let surnames: Set<String>
    /// ``surnames`` by ``KeyVocabulary`` id, checked against ``KeyedTokens/ids``:
    /// a flag per id, since every token of an article is checked.
    let surnameIDs: [Bool]
    /// ``honorifics`` packed as ``KeyedTokens/foldedWord(_:)``.
    let honorificWords: [UInt64]

    /// Words that stand before a name, capitalised at a sentence start ("Ông Nguyễn Văn A").
    static let honorifics: Set<String> = ["ong", "ba", "anh", "chi", "co", "chu", "bac", "em", "cu", "dong"]

    init(surnames: Set<String>) {
        self.surnames = surnames
        let ids = surnames.map { Int(KeyVocabulary.shared.intern($0)) }
        var flags = [Bool](repeating: false, count: (ids.max() ?? -1) + 1)
        for id in ids { flags[id] = true }
        surnameIDs = flags
        honorificWords = Self.honorifics.map(AgencyWords.pack)
    }

    /// Token `i` is keyed as a family name.
    @inline(__always) func isSurname(_ tokens: KeyedTokens, _ i: Int) -> Bool {
        let id = Int(tokens.ids[i])
        return id >= 0 && id < surnameIDs.count && surnameIDs[id]
    }

    /// A capitalised syllable that can be part of a name (not an abbreviation).
    static func isNameSyllable(_ t: Token) -> Bool {
        // Byte checks: with Foundation loaded, String.contains(String) goes through NSString.
        t.kind == .word && t.isCapitalized
            && !t.text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "/") }
            && (t.text.unicodeScalars.count == 1 || !t.isAllCaps)
    }

    /// End of the run of capitalised syllables starting at `start` (same line, no punctuation between).
    static func capitalRunEnd(_ tokens: KeyedTokens, from start: Int, limit: Int = 8) -> Int {
        var j = start
        while j < tokens.count, j - start < limit, tokens.nameSyllable[j],
              j == start || !tokens.lineStart[j] {
            j += 1
        }
        return j
    }

    /// A full name starting exactly at `start`: its end, when the capitalised
    /// run there is 2–4 syllables and begins with a family name.
    func name(in tokens: KeyedTokens, at start: Int) -> Int? {
        guard start < tokens.count, isSurname(tokens, start),
              !honorificWords.contains(tokens.foldedWord(start)) else { return nil }
        let end = Self.capitalRunEnd(tokens, from: start)
        let n = end - start
        return n >= 2 && n <= 4 ? end : nil
    }

    /// Where a trailing personal name begins inside the capitalised run
    /// `start..<end` (a place or body name run on into a name: "Quỳnh Lưu
    /// Nguyễn Văn A"), or nil. Three syllables are preferred, then four, then two;
    /// at least `keep` syllables stay before the name.
    func trailingNameStart(_ tokens: KeyedTokens, _ start: Int, _ end: Int, keep: Int = 1, minLength: Int = 2) -> Int? {
        for length in [3, 4, 2] where length >= minLength {
            let s = end - length
            if s - start >= keep, isSurname(tokens, s) { return s }
        }
        return nil
    }
}
