/// One unit of text as every recognizer sees it. Tokens are produced once per
/// article by ``Tokenizer`` and shared by all recognizers.
///
/// Offsets are Unicode scalar offsets in the normalized text the tokenizer
/// was given, `[start, end)`, which is what the extraction contract's spans use.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// A run of letters (a syllable or an abbreviation such as `UBND`,
        /// `LĐTB&XH`, `TP.`, `T.Ư`), possibly with digits after a letter (`H5N1`).
        case word
        /// Digits with inner separators: `1.200`, `1,5`, `13/13`, `19/6/2019`, `2018-2020`.
        case number
        /// Starts with a digit and contains letters: `04/KH-HĐTĐKT`, `8h30`, `06-CTr/TU`.
        case code
        /// A punctuation mark (one scalar): `. , ; : ( ) " – …`.
        case punctuation
        /// A symbol (one scalar): `% & + $ =`.
        case symbol
    }

    public var kind: Kind
    /// The token as written in the normalized text.
    public var text: String
    /// Lowercased, with diacritics kept. Computed (and allocated) on each read:
    /// building it for every token cost more than all its rare readers; hot
    /// paths compare vocabulary ids of it instead (Extract's `KeyedTokens`).
    public var lower: String { Folding.lowercased(text) }
    /// Lowercased, diacritics removed, đ→d: the key lexicons are looked up by.
    /// Computed on each read, like ``lower``.
    public var folded: String { Folding.folded(text) }
    /// Scalar offset of the first scalar.
    public var start: Int
    /// Scalar offset one past the last scalar.
    public var end: Int
    /// Whitespace (or the start of the text) comes right before this token.
    public var spaceBefore: Bool
    /// A line break comes before this token (it starts a line or paragraph).
    public var lineStart: Bool
    /// Index of the sentence the token belongs to (see ``TokenizedText/sentences``).
    public var sentence: Int

    public init(kind: Kind, text: String, start: Int, end: Int,
                spaceBefore: Bool, lineStart: Bool, sentence: Int) {
        self.kind = kind; self.text = text
        self.start = start; self.end = end; self.spaceBefore = spaceBefore
        self.lineStart = lineStart; self.sentence = sentence
    }

    /// First scalar is an uppercase letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        // ASCII without the Unicode property lookup: recognizers ask this of many tokens.
        if first.value < 0x80 { return first.value >= 0x41 && first.value <= 0x5A }
        return first.properties.isUppercase
    }

    /// Every letter is uppercase and there are at least two (`UBND`, `HĐND`).
    public var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { letters += 1 }
                continue
            }
            guard s.properties.isAlphabetic else { continue }
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var isPunctuation: Bool { kind == .punctuation }
}

/// A tokenized text: the tokens and the sentence and paragraph structure.
public struct TokenizedText: Sendable {
    /// The text the offsets refer to.
    public let text: String
    public let tokens: [Token]
    /// Token index ranges, one per sentence, in order.
    public let sentences: [Range<Int>]
    /// Token index ranges, one per paragraph (text between blank lines or line breaks).
    public let paragraphs: [Range<Int>]
    /// The Unicode scalars of `text`, which token offsets index: kept from
    /// tokenizing so that consumers slicing mention text do not decode it again.
    public let scalars: [Unicode.Scalar]
    /// Each token's UTF-8 packed as two little-endian words, byte `j` at bits
    /// `8j` of word `2k` (`j < 8`) or `2k + 1`, zero-padded; both words 0 when
    /// the token is longer than 16 bytes or holds a NUL. Written by the
    /// tokenizer from the bytes it encodes anyway, so that consumers can memoize
    /// per-token work by the token's spelling without reading its String or
    /// scalars (Extract's keying); empty when the tokens were not made by ``Tokenizer``.
    public let packedUTF8: [UInt64]

    public init(text: String, tokens: [Token], sentences: [Range<Int>], paragraphs: [Range<Int>],
                scalars: [Unicode.Scalar]? = nil, packedUTF8: [UInt64] = []) {
        self.text = text; self.tokens = tokens; self.sentences = sentences; self.paragraphs = paragraphs
        self.scalars = scalars ?? Array(text.unicodeScalars)
        self.packedUTF8 = packedUTF8.count == 2 * tokens.count ? packedUTF8 : []
    }
}
