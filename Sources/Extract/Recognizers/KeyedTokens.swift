import VietText

/// The tokens of an article with their lexicon keys computed once: a word by
/// its ``ToneKey``, `&` as "và", separators that a name steps over as nil.
/// Built once per article by ``Extractor`` and shared by every recognizer
/// that probes the lexicon tries, with the per-token facts those probes read
/// (vocabulary id, line start, capitalisation) in flat arrays.
struct KeyedTokens: Sendable {
    let tokens: [Token]
    /// ``Token/kind`` of each token: reading it from `tokens` copies a whole Token.
    let kinds: [Token.Kind]
    /// ``KeyVocabulary`` id of each key; ``separator`` for a nil key.
    let ids: [Int32]
    let lineStart: [Bool]
    let capitalized: [Bool]
    let allCaps: [Bool]
    /// ``PersonNames/isNameSyllable(_:)`` of each token.
    let nameSyllable: [Bool]
    /// The first byte of each word's folded form when it is ASCII, else 0: a
    /// one-byte prefilter for tests of a word's first letter.
    let foldedInitials: [UInt8]
    /// ``foldedWord(_:)`` of each token, packed in the keying pass: word tests
    /// run at most words (honorifics, plural markers, level words), and
    /// re-reading the token's scalars at each test cost more than packing all once.
    let foldedWords: [UInt64]
    /// Vocabulary ids of the tokens' lowercase and folded forms, read on demand.
    let forms: TokenForms
    /// The id of a separator that trie entries step over.
    static let separator: Int32 = -2
    /// ``KeyVocabulary`` size when the ids were read.
    let vocabularySize: Int

    /// Still valid: no lexicon loaded after these tokens were keyed added keys
    /// (a recognizer built after its input, as tests do, re-keys them).
    var isCurrent: Bool { vocabularySize == KeyVocabulary.shared.count }

    /// Keys an article from its tokenized text, reading each token's scalars
    /// from ``TokenizedText/scalars`` (no UTF-8 decoding per token).
    init(_ tokenized: TokenizedText) {
        let tokens = tokenized.tokens
        self = tokenized.scalars.withUnsafeBufferPointer { all in
            tokenized.packedUTF8.withUnsafeBufferPointer { packed in
                KeyedTokens(tokens, forms: TokenForms(tokens: tokens, scalars: tokenized.scalars, offsets: nil,
                                                      packed: tokenized.packedUTF8),
                            packed: packed.isEmpty ? nil : packed) { k, t in
                    UnsafeBufferPointer(rebasing: all[t.start..<t.end])
                }
            }
        }
    }

    /// Keys tokens without their text (tests, and recognizers re-keying):
    /// each token's scalars are decoded from its `text`.
    init(_ tokens: [Token]) {
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = [0]
        for t in tokens {
            scalars.append(contentsOf: t.text.unicodeScalars)
            offsets.append(scalars.count)
        }
        self = scalars.withUnsafeBufferPointer { all in
            KeyedTokens(tokens, forms: TokenForms(tokens: tokens, scalars: scalars, offsets: offsets), packed: nil) { k, _ in
                UnsafeBufferPointer(rebasing: all[offsets[k]..<offsets[k + 1]])
            }
        }
    }

    /// One pass over each token's scalars computes its key bytes and its
    /// capitalisation; the key is looked up as bytes, never built as a String.
    /// With the tokens' packed spellings, a spelling keyed before (in this
    /// article or an earlier one) is read from a ``KeyMemo`` instead.
    private init(_ tokens: [Token], forms: TokenForms, packed: UnsafeBufferPointer<UInt64>?,
                 scalarsOf: (Int, Token) -> UnsafeBufferPointer<Unicode.Scalar>) {
        self.tokens = tokens
        self.forms = forms
        let vocabulary = forms.vocabulary
        vocabularySize = vocabulary.count
        let n = tokens.count
        // Six flat arrays filled in one pass through raw pointers: appending
        // to each checks uniqueness and capacity per token.
        let kindsOut = UnsafeMutablePointer<Token.Kind>.allocate(capacity: n)
        let idsOut = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let foldedOut = UnsafeMutablePointer<UInt8>.allocate(capacity: n)
        defer { foldedOut.deallocate() }
        let foldedWordsOut = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        defer { foldedWordsOut.deallocate() }
        let flagsOut = UnsafeMutablePointer<Bool>.allocate(capacity: 4 * n)
        defer { kindsOut.deallocate(); idsOut.deallocate(); flagsOut.deallocate() }
        let lineStartOut = flagsOut, capitalizedOut = flagsOut + n
        let allCapsOut = flagsOut + 2 * n, nameSyllableOut = flagsOut + 3 * n
        var key = KeyBuffer()
        defer { key.free() }
        // The memo lives as long as the forms, which read it again later.
        let memo = packed == nil ? nil : forms.memo
        if let memo, let packed { memo.warm(packed) }
        // The lookup tables, read once per article rather than through their lazy globals per scalar.
        let toneTable = ToneKey.table, caseTable = Self.caseTable, foldTable = Folding.foldTable
        foldTable.withUnsafeBufferPointer { foldTable in
        toneTable.withUnsafeBufferPointer { toneTable in
        caseTable.withUnsafeBufferPointer { caseTable in
        tokens.withUnsafeBufferPointer { tokens in
            for k in 0..<n {
                let kind = tokens[k].kind
                kindsOut[k] = kind
                lineStartOut[k] = tokens[k].lineStart
                let entry: KeyMemo.Entry
                if let memo, let packed, packed[2 * k] | packed[2 * k + 1] != 0 {
                    let lo = packed[2 * k], hi = packed[2 * k + 1]
                    if let known = memo.find(lo, hi, kind) {
                        entry = known
                    } else {
                        entry = Self.entry(kind, scalarsOf(k, tokens[k]), key: &key, vocabulary, toneTable, caseTable, foldTable)
                        memo.store(lo, hi, entry)
                    }
                } else {
                    entry = Self.entry(kind, scalarsOf(k, tokens[k]), key: &key, vocabulary, toneTable, caseTable, foldTable)
                }
                idsOut[k] = entry.id
                capitalizedOut[k] = entry.capitalized
                allCapsOut[k] = entry.allCaps
                foldedOut[k] = entry.foldedInitial
                foldedWordsOut[k] = entry.foldedWord
                nameSyllableOut[k] = entry.nameSyllable
            }
        }
        }
        }
        }
        foldedInitials = Array(UnsafeBufferPointer(start: foldedOut, count: n))
        foldedWords = Array(UnsafeBufferPointer(start: foldedWordsOut, count: n))
        let kinds = Array(UnsafeBufferPointer(start: kindsOut, count: n))
        let ids = Array(UnsafeBufferPointer(start: idsOut, count: n))
        let lineStart = Array(UnsafeBufferPointer(start: lineStartOut, count: n))
        let capitalized = Array(UnsafeBufferPointer(start: capitalizedOut, count: n))
        let allCaps = Array(UnsafeBufferPointer(start: allCapsOut, count: n))
        let nameSyllable = Array(UnsafeBufferPointer(start: nameSyllableOut, count: n))
        self.kinds = kinds; self.ids = ids
        self.lineStart = lineStart; self.capitalized = capitalized; self.allCaps = allCaps
        self.nameSyllable = nameSyllable
    }

    static func key(of token: Token) -> String? {
        switch token.kind {
        case .word, .number, .code: return ToneKey.key(token.text)
        case .symbol: return token.text == "&" ? "va" : token.text
        case .punctuation: return TrieSeparators.skippable.contains(token.text) ? nil : token.text
        }
    }

    /// The key of token `i` ("" for a separator), built on demand: only rare
    /// checks (surnames, stopwords) read it as a String.
    func key(_ i: Int) -> String { Self.key(of: tokens[i]) ?? "" }

    /// ``KeyVocabulary`` id of ``Token/lower`` of token `i` (``KeyVocabulary/unknown``
    /// when no lexicon holds it), for ``PhraseLexicon`` and word tests.
    @inline(__always) func lowerID(_ i: Int) -> Int32 { forms.id(i, folded: false) }
    /// ``KeyVocabulary`` id of ``Token/folded`` of token `i`.
    @inline(__always) func foldedID(_ i: Int) -> Int32 { forms.id(i, folded: true) }

    /// Token `i`'s lowercase form is the word numbered `id` (see ``KeyVocabulary/word(_:)``).
    @inline(__always) func isLower(_ i: Int, _ id: Int32) -> Bool { lowerID(i) == id }
    /// Token `i`'s lowercase form is `word`, decided scalar by scalar with an
    /// early exit: for tests that run at many words which mostly differ in
    /// their first letters, where keying each word's form would cost more.
    func lowerEquals(_ i: Int, _ word: String) -> Bool {
        var target = word.unicodeScalars.makeIterator()
        for s in tokens[i].text.unicodeScalars {
            guard let t = target.next(), Folding.lower(s) == t else { return false }
        }
        return target.next() == nil
    }

    /// Token `i`'s folded form is the word numbered `id`.
    @inline(__always) func isFolded(_ i: Int, _ id: Int32) -> Bool { foldedID(i) == id }
    /// Token `i`'s folded form packed byte `k` at bits `8k` when it is a word whose
    /// fold is ASCII and at most 8 bytes ("kiem", "huyen"), else 0; see ``AgencyWords/pack(_:)``.
    @inline(__always) func foldedWord(_ i: Int) -> UInt64 { foldedWords[i] }
    /// Token `i`'s folded form is the short ASCII word packed as `word` (never 0,
    /// see ``AgencyWords/pack(_:)``): one integer compare.
    @inline(__always) func isFoldedWord(_ i: Int, _ word: UInt64) -> Bool {
        foldedWords[i] == word
    }

    var count: Int { tokens.count }
    var indices: Range<Int> { tokens.indices }
    subscript(_ i: Int) -> Token { tokens[i] }
    subscript(_ r: Range<Int>) -> ArraySlice<Token> { tokens[r] }
}
