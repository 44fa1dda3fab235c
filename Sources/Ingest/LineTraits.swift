import VietText

/// Shape of one line of a scraped article, computed once: what the rules
/// look at (length in words, sentence ending, capitalisation) without regexes.
struct LineTraits {
    let text: String
    /// Lowercase, no marks, đ→d, spaces collapsed: the key rules and the corpus model compare.
    let folded: String
    let words: [Substring]

    init(_ text: String) {
        self.text = text
        // Scalar split when every scalar is its own grapheme: same words, no grapheme breaking.
        self.words = ScalarText.isSimple(text) ? ScalarText.words(ofSimple: text)
            : text.split(whereSeparator: { $0.isWhitespace })
        self.folded = Folding.folded(words.joined(separator: " "))
    }

    var wordCount: Int { words.count }

    /// Ends like a sentence ('.', '!', '?', '…', possibly inside closing quotes or brackets).
    var endsSentence: Bool { Self.endsSentence(text) }

    static func endsSentence(_ text: some StringProtocol) -> Bool {
        for ch in text.reversed() {
            if ch.isWhitespace || "\"”’')]»".contains(ch) { continue }
            return ".!?…".contains(ch)
        }
        return false
    }

    /// A person's name as a byline writes it: 2–4 capitalised syllables
    /// ("Thanh Hằng", "Nguyễn Thị Minh Anh"), or an initial run in ("T.Hiếu", "D. Ngân").
    static func isPersonName(_ text: some StringProtocol, lexicon: IngestLexicon) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 4 else { return false }
        var syllables = 0
        for word in words {
            let parts = word.split(separator: ".", omittingEmptySubsequences: true)
            guard !parts.isEmpty else { return false }
            for part in parts {
                guard let first = part.first, first.isUppercase else { return false }
                guard part.allSatisfy({ $0.isLetter }) else { return false }
                // "LĐTB" and "UBND" are abbreviations, not name syllables.
                if part.count > 1, part.dropFirst().contains(where: { $0.isUppercase }) { return false }
                syllables += 1
            }
        }
        guard syllables >= 2, syllables <= 5 else { return false }
        let folded = Folding.folded(words.joined(separator: " "))
        if lexicon.entries("not-author").contains(folded) { return false }
        // "Theo Sputnik", "Nguồn Dân Trí", "Ảnh Minh Anh" are credits, not names.
        // Compared with marks kept: "Ảnh" is a credit, "Anh" a name.
        let firstWord = Folding.lowercased(words[0])
        if ["theo", "nguồn", "ảnh", "photo", "video", "clip"].contains(firstWord) { return false }
        // "Tỉnh Hà Giang", "Môn Tiếng Anh": words no personal name is made of. Compared
        // with marks kept, since folded "quan", "nam", "thu" are also names (Quân, Nam, Thu).
        let nameWords = lexicon.markedEntries("not-name-word")
        if words.contains(where: { nameWords.contains(Folding.lowercased($0)) }) { return false }
        if lexicon.outlet(named: text) != nil { return false }
        return true
    }
}
