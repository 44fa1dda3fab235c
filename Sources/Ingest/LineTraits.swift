import VietText

/// Shape of one line of a scraped article, computed once: what the rules
/// look at (length in words, sentence ending, capitalisation) without regexes.
struct LineTraits {
    let text: String
    /// Lowercase, no marks, đ→d, spaces collapsed: the key rules and the corpus model compare.
    let folded: String
    /// Words split on whitespace (as `Character.isWhitespace` splits them).
    let wordCount: Int
    /// Every scalar of `text` and of `folded` is a grapheme of its own (``ScalarText/isSimple(_:)``):
    /// byte and scalar rules then give exactly the `Character` answers.
    let isSimple: Bool
    /// Some character is a letter or a digit.
    let hasLetterOrNumber: Bool
    /// Byte patterns the body repairs look for (all of them when the line is not simple).
    let hints: RepairHints

    init(_ text: String) {
        self.text = text
        if let fast = Self.scan(text) {
            (folded, wordCount, hasLetterOrNumber, hints) = fast
            isSimple = true
        } else {
            let words = text.split(whereSeparator: { $0.isWhitespace })
            folded = Folding.folded(words.joined(separator: " "))
            wordCount = words.count
            hasLetterOrNumber = text.contains { $0.isLetter || $0.isNumber }
            isSimple = false
            hints = .all
        }
    }

    /// One pass over simple text: the fold of its words joined by single spaces (what
    /// `Folding.folded(words.joined(separator: " "))` gives), built as UTF-8, and the word
    /// count, with the ``RepairHints`` of its bytes. `nil` when a scalar of the text or of
    /// its fold is not simple.
    private static func scan(_ text: String) -> (String, Int, Bool, RepairHints)? {
        var result = (words: 0, alnum: false, ok: true, hints: UInt8(0))
        var text = text
        // Written in place: a simple line's fold never needs more bytes than the line
        // (checked anyway, giving up rather than overrunning).
        // The table through a pointer: writes to the output could otherwise alias the array's storage.
        let out: [UInt8] = Self.scanTable.withUnsafeBufferPointer { scanTable in text.withUTF8 { bytes in
            let capacity = bytes.count + 4
            return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                // Locals, not captured variables, so that the loop keeps them in registers; the
                // output's address too (through the `inout` buffer it was reloaded per byte).
                let dst = buffer.baseAddress!
                var i = 0, c = 0, words = 0, inWord = false, alnum = false, ok = true, hints: UInt8 = 0
                defer { count = c; result = (words, alnum, ok, hints) }
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        // ASCII: no decoding, no table for the fold.
                        i += 1
                        if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                            if b == 0x0D { ok = false; return }
                            if b == 0x20, i == 1 || bytes[i - 2] == 0x20 { hints |= RepairHints.doubleSpace.rawValue }
                            inWord = false; continue
                        }
                        guard c + 2 <= capacity else { ok = false; return }
                        if !inWord {
                            if words > 0 { dst[c] = 0x20; c += 1 }
                            words += 1; inWord = true
                        }
                        // ASCII letters and digits are the only ASCII letters and numbers: no table read.
                        if (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                            alnum = true
                        } else {
                            hints |= RepairHints.of(bytes, at: i - 1).rawValue
                        }
                        dst[c] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                        c += 1
                        continue
                    }
                    let (s, length) = UTF8Scalar.decode(bytes, at: i)
                    i += length
                    // Scalars from U+2070 on are not simple; below, one entry has all the loop reads.
                    guard Int(s.value) < scanTable.count, c + 4 <= capacity else { ok = false; return }
                    let entry = scanTable[Int(s.value)]
                    guard entry & Self.simpleBit != 0 else { ok = false; return }
                    if entry & Self.whitespaceBit != 0 { inWord = false; continue }
                    if !inWord {
                        if words > 0 { dst[c] = 0x20; c += 1 }
                        words += 1; inWord = true
                    }
                    if entry & Self.alnumBit != 0 { alnum = true }
                    // Simple, so not a mark (folding keeps it) and below U+10000.
                    let v = entry & Self.foldMask
                    if v < 0x80 {
                        dst[c] = UInt8(v); c += 1
                    } else if v < 0x800 {
                        dst[c] = UInt8(0xC0 | (v >> 6)); dst[c + 1] = UInt8(0x80 | (v & 0x3F)); c += 2
                    } else {
                        dst[c] = UInt8(0xE0 | (v >> 12)); dst[c + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        dst[c + 2] = UInt8(0x80 | (v & 0x3F)); c += 3
                    }
                }
            }
        } }
        guard result.ok else { return nil }
        return (UTF8Buffer.string(validUTF8: out), result.words, result.alnum, RepairHints(rawValue: result.hints))
    }
    /// What ``scan(_:)`` reads of a non-ASCII scalar below U+2070 (the end of the simple
    /// ranges), in one entry instead of a fold table, two simplicity tests and a flag table:
    /// the fold's value (as ``Folding/foldTable`` or ``Folding/fold(_:)`` gives it) and bits
    /// for "the scalar and its fold are simple", whitespace, letter or number.
    static let scanTable: [UInt32] = (0..<0x2070).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return 0 }
        let folded = v < Folding.foldTable.count ? Folding.foldTable[v] : Folding.fold(s)
        var entry = folded.value
        if ScalarText.isSimple(s), ScalarText.isSimple(folded) { entry |= simpleBit }
        let f = ScalarText.flags(s)
        if f & ScalarText.isWhitespaceFlag != 0 { entry |= whitespaceBit }
        if f & (ScalarText.isLetterFlag | ScalarText.isNumberFlag) != 0 { entry |= alnumBit }
        return entry
    }
    static let foldMask: UInt32 = 0x1F_FFFF, simpleBit: UInt32 = 1 << 24, whitespaceBit: UInt32 = 1 << 25, alnumBit: UInt32 = 1 << 26

    /// Ends like a sentence ('.', '!', '?', '…', possibly inside closing quotes or brackets).
    var endsSentence: Bool { Self.endsSentence(text) }

    static func endsSentence(_ text: some StringProtocol) -> Bool {
        if ScalarText.isSimple(text) {   // each scalar a character: no grapheme breaking
            for s in text.unicodeScalars.reversed() {
                if ScalarText.flags(s) & ScalarText.isWhitespaceFlag != 0 || "\"”’')]»".unicodeScalars.contains(s) { continue }
                return ".!?…".unicodeScalars.contains(s)
            }
            return false
        }
        for ch in text.reversed() {
            if ch.isWhitespace || "\"”’')]»".contains(ch) { continue }
            return ".!?…".contains(ch)
        }
        return false
    }

    /// A person's name as a byline writes it: 2–4 capitalised syllables
    /// ("Thanh Hằng", "Nguyễn Thị Minh Anh"), or an initial run in ("T.Hiếu", "D. Ngân").
    static func isPersonName(_ text: some StringProtocol, lexicon: IngestLexicon) -> Bool {
        // Five words or more: no name. Counted without splitting long lines.
        let simple = ScalarText.isSimple(text)
        if simple, ScalarText.whitespaceWordCount(ofSimple: text, upTo: 5) >= 5 { return false }
        // Simple text: the same words from the scalar split, without grapheme breaking.
        let whole = String(text)
        let words = simple ? ScalarText.words(ofSimple: whole) : whole.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 4 else { return false }
        var syllables = 0
        for word in words where simple {
            // The checks below on scalars, each one a character: every part between dots
            // is letters, a capital first and no capital after.
            var length = 0, parts = 0
            for s in word.unicodeScalars {
                if s == "." { length = 0; continue }
                let f = ScalarText.flags(s)
                guard f & ScalarText.isLetterFlag != 0, (f & ScalarText.isUppercaseFlag != 0) == (length == 0) else { return false }
                if length == 0 { parts += 1 }
                length += 1
            }
            guard parts > 0 else { return false }
            syllables += parts
        }
        for word in words where !simple {
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
