import VietText

/// Lexicon key of a syllable: lowercase, vowel marks kept, the tone mark moved
/// to the end. "Thành uỷ" and "thành ủy" share keys, while "Trưởng" (head of)
/// and "Trường" (school) do not, which folding alone would merge.
enum ToneKey {
    static let tones: [UInt32: Character] = [0x300: "2", 0x301: "1", 0x303: "4", 0x309: "3", 0x323: "5"]
    static let size = 0x1F00
    /// Per scalar below U+1F00: its lowercase letter without tone, and the tone digit (or nil).
    static let table: [(Unicode.Scalar, Character?)] = (0..<size).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return ("\u{FFFD}", nil) }
        let lower = Folding.lower(s)
        if v < 0x80 { return (lower, nil) }
        var tone: Character?
        var rest = String.UnicodeScalarView()
        for d in ICU.nfd(String(lower)).unicodeScalars {
            if let t = tones[d.value] { tone = t } else { rest.append(d) }
        }
        let base = ICU.nfc(String(rest)).unicodeScalars
        return (base.count == 1 ? base.first! : lower, tone)
    }

    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var out = String.UnicodeScalarView()
        var tone: Character?
        for s in text.unicodeScalars {
            if s.value >= 0x300 && s.value <= 0x323, let t = tones[s.value] { tone = t; continue }
            let v = Int(s.value)
            if v < size {
                let (b, t) = table[v]
                if let t { tone = t }
                out.append(b)
            } else {
                out.append(s)
            }
        }
        var result = String(out)
        if let tone { result.append(tone) }
        return result
    }
}

/// The tokens of an article with their lexicon keys computed once: a word by
/// its ``ToneKey``, `&` as "và", separators that a name steps over as nil.
struct KeyedTokens {
    let tokens: [Token]
    let keys: [String?]

    init(_ tokens: [Token]) {
        self.tokens = tokens
        keys = tokens.map(KeyedTokens.key(of:))
    }

    static func key(of token: Token) -> String? {
        switch token.kind {
        case .word, .number, .code: return ToneKey.key(token.text)
        case .symbol: return token.text == "&" ? "va" : token.text
        case .punctuation: return TrieSeparators.skippable.contains(token.text) ? nil : token.text
        }
    }

    /// The key of token `i` ("" for a separator).
    func key(_ i: Int) -> String { keys[i] ?? "" }

    var count: Int { tokens.count }
    var indices: Range<Int> { tokens.indices }
    subscript(_ i: Int) -> Token { tokens[i] }
    subscript(_ r: Range<Int>) -> ArraySlice<Token> { tokens[r] }
}
