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
            KeyedTokens(tokens, forms: TokenForms(tokens: tokens, scalars: tokenized.scalars, offsets: nil)) { k, t in
                UnsafeBufferPointer(rebasing: all[t.start..<t.end])
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
            KeyedTokens(tokens, forms: TokenForms(tokens: tokens, scalars: scalars, offsets: offsets)) { k, _ in
                UnsafeBufferPointer(rebasing: all[offsets[k]..<offsets[k + 1]])
            }
        }
    }

    /// One pass over each token's scalars computes its key bytes and its
    /// capitalisation; the key is looked up as bytes, never built as a String.
    private init(_ tokens: [Token], forms: TokenForms, scalarsOf: (Int, Token) -> UnsafeBufferPointer<Unicode.Scalar>) {
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
                let scalars = scalarsOf(k, tokens[k])
                key.reset(scalars: scalars.count)
                var info: ScalarInfo
                switch kind {
                case .word, .number, .code:
                    info = Self.scan(scalars, key: &key, caps: kind != .number, initial: kind == .word,
                                     toneTable, caseTable, foldTable)
                case .symbol, .punctuation:
                    // One scalar: "&" is keyed as "và"; skippable separators have no key.
                    var none = KeyBuffer()
                    info = Self.scan(scalars, key: &none, caps: true, initial: false, toneTable, caseTable, foldTable)
                    let c = scalars.first ?? " "
                    if kind == .symbol && c == "&" {
                        key.append("v"); key.append("a")
                    } else if kind == .symbol || !TrieSeparators.isSkippable(c) || scalars.count != 1 {
                        for c in scalars { key.append(c) }
                    }
                }
                if kind == .punctuation && key.isEmpty {
                    idsOut[k] = Self.separator
                } else {
                    idsOut[k] = vocabulary.value(key) ?? KeyVocabulary.unknown
                }
                capitalizedOut[k] = info.capitalized
                allCapsOut[k] = info.allCaps
                foldedOut[k] = info.foldedInitial
                foldedWordsOut[k] = info.foldedInitial == 0 ? 0 : info.foldedWord
                // Only words can be capitalised or all capitals; numbers skip the case lookups.
                nameSyllableOut[k] = kind == .word && info.capitalized && !info.hasJoiner
                    && (info.scalars == 1 || !info.allCaps)
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

    /// What one pass over a token's scalars finds out besides its key.
    struct ScalarInfo {
        var capitalized = false, allCaps = false
        /// Contains `.`, `&` or `/`, which a name syllable never does.
        var hasJoiner = false
        var scalars = 0
        /// See ``KeyedTokens/foldedInitials``.
        var foldedInitial: UInt8 = 0
        /// The folded form packed as ``TokenForms/packedFold(_:)`` packs it (words only).
        var foldedWord: UInt64 = 0
    }

    /// Appends the ``ToneKey`` of the scalars to `key` (if it has room) and reads
    /// their case as ``caps(_:)`` does (when `caps`; a number is neither).
    @inline(__always)
    static func scan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, key: inout KeyBuffer, caps: Bool, initial: Bool,
                     _ toneTable: UnsafeBufferPointer<(Unicode.Scalar, UInt8)>,
                     _ caseTable: UnsafeBufferPointer<UInt8>,
                     _ foldTable: UnsafeBufferPointer<Unicode.Scalar>) -> ScalarInfo {
        var info = ScalarInfo()
        info.scalars = scalars.count
        var tone: UInt8 = 0
        var first = true, letters = 0, allUpper = true
        // Only words get an initial: every word tested this way starts with a
        // letter, which numbers, codes and one-scalar marks do not.
        var needInitial = initial
        // Packing the fold: bytes so far, and whether it is still ASCII and short.
        var packedBytes: UInt64 = 0, packing = initial
        for s in scalars {
            let v = s.value
            if key.hasRoom { ToneKey.append(s, to: &key, tone: &tone, table: toneTable) }
            if v == 0x2E || v == 0x26 || v == 0x2F { info.hasJoiner = true }
            // The scalars of the folded form as ``Token/folded`` spells it: marks dropped.
            if packing && !Folding.isMark(s) {
                let f = v < 0x80 ? (v >= 0x41 && v <= 0x5A ? v + 32 : v)
                    : Int(v) < foldTable.count ? foldTable[Int(v)].value : Folding.fold(s).value
                if needInitial {
                    info.foldedInitial = f < 0x80 ? UInt8(f) : 0
                    needInitial = false
                }
                if f < 0x80 && packedBytes < 8 {
                    info.foldedWord |= UInt64(f) << (8 * packedBytes); packedBytes += 1
                } else {
                    info.foldedWord = 0; packing = false
                }
            }
            guard caps else { continue }
            let alphabetic: Bool, upper: Bool
            if v < 0x80 {
                upper = v >= 0x41 && v <= 0x5A
                alphabetic = upper || (v >= 0x61 && v <= 0x7A)
            } else if v < caseTableSize {
                let bits = caseTable[Int(v)]
                upper = bits & 1 != 0
                alphabetic = bits & 2 != 0
            } else {
                upper = s.properties.isUppercase
                alphabetic = s.properties.isAlphabetic
            }
            if first { info.capitalized = upper; first = false }
            if alphabetic && allUpper {
                if upper { letters += 1 } else { allUpper = false }
            }
        }
        if tone != 0 { key.appendByte(tone) }
        if caps { info.allCaps = allUpper && letters >= 2 }
        return info
    }

    /// Uppercase (bit 0) and alphabetic (bit 1) of every scalar below
    /// ``caseTableSize``: Latin, and the General Punctuation block (dashes,
    /// curly quotes, ellipsis), frequent tokens that would otherwise take
    /// Unicode property lookups.
    static let caseTableSize: UInt32 = 0x2070
    static let caseTable: [UInt8] = (0..<Int(caseTableSize)).map { v in
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
            } else if v < Self.caseTableSize {
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
