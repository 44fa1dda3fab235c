import VietText

/// The tokens of an article with their lexicon keys computed once: a word by
/// its ``ToneKey``, `&` as "và", separators that a name steps over as nil.
/// Built once per article by ``Extractor`` and shared by every recognizer
/// that probes the lexicon tries, with the per-token facts those probes read
/// (vocabulary id, line start, capitalisation) in flat arrays.
struct KeyedTokens: Sendable {
    let tokens: [Token]
    let keys: [String?]
    /// ``KeyVocabulary`` id of each key; ``separator`` for a nil key.
    let ids: [Int32]
    let lineStart: [Bool]
    let capitalized: [Bool]
    let allCaps: [Bool]
    /// ``PersonNames/isNameSyllable(_:)`` of each token.
    let nameSyllable: [Bool]
    /// The id of a separator that trie entries step over.
    static let separator: Int32 = -2
    /// ``KeyVocabulary`` size when the ids were read.
    let vocabularySize: Int

    /// Still valid: no lexicon loaded after these tokens were keyed added keys
    /// (a recognizer built after its input, as tests do, re-keys them).
    var isCurrent: Bool { vocabularySize == KeyVocabulary.shared.count }

    init(_ tokens: [Token]) {
        self.tokens = tokens
        var keys: [String?] = [], lineStart: [Bool] = [], capitalized: [Bool] = [], allCaps: [Bool] = []
        var nameSyllable: [Bool] = []
        keys.reserveCapacity(tokens.count); lineStart.reserveCapacity(tokens.count)
        capitalized.reserveCapacity(tokens.count); allCaps.reserveCapacity(tokens.count)
        nameSyllable.reserveCapacity(tokens.count)
        for t in tokens {
            keys.append(Self.key(of: t))
            lineStart.append(t.lineStart)
            // Only words can be capitalised or all capitals; other kinds skip the Unicode property lookups.
            let (isCapitalized, isAllCaps) = t.kind == .number ? (false, false) : Self.caps(t.text)
            capitalized.append(isCapitalized)
            allCaps.append(isAllCaps)
            nameSyllable.append(t.kind == .word && isCapitalized
                                && !t.text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "/") }
                                && (t.text.unicodeScalars.count == 1 || !isAllCaps))
        }
        let read = KeyVocabulary.shared.ids(of: keys)
        var ids = read.0
        vocabularySize = read.1
        for k in ids.indices where keys[k] == nil { ids[k] = Self.separator }
        self.keys = keys; self.ids = ids
        self.lineStart = lineStart; self.capitalized = capitalized; self.allCaps = allCaps
        self.nameSyllable = nameSyllable
    }

    /// Uppercase (bit 0) and alphabetic (bit 1) of every scalar below U+1F00.
    static let caseTable: [UInt8] = (0..<0x1F00).map { v in
        guard let s = Unicode.Scalar(UInt32(v)) else { return 0 }
        return (s.properties.isUppercase ? 1 : 0) | (s.properties.isAlphabetic ? 2 : 0)
    }

    /// ``Token/isCapitalized`` and ``Token/isAllCaps`` in one pass, ASCII
    /// letters decided without Unicode property lookups.
    static func caps(_ text: String) -> (Bool, Bool) {
        var first = true, capitalized = false, letters = 0, allUpper = true
        for s in text.unicodeScalars {
            let v = s.value
            let alphabetic: Bool, upper: Bool
            if v < 0x80 {
                upper = v >= 0x41 && v <= 0x5A
                alphabetic = upper || (v >= 0x61 && v <= 0x7A)
            } else if v < 0x1F00 {
                let bits = Self.caseTable[Int(v)]
                upper = bits & 1 != 0
                alphabetic = bits & 2 != 0
            } else {
                upper = s.properties.isUppercase
                alphabetic = s.properties.isAlphabetic
            }
            if first { capitalized = upper; first = false }
            if alphabetic && allUpper {
                if upper { letters += 1 } else { allUpper = false }
            }
        }
        return (capitalized, allUpper && letters >= 2)
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
