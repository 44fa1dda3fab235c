import VietText

/// Keying one token from its scalars: the slow path of ``KeyedTokens``,
/// taken for spellings its ``KeyMemo`` does not hold yet (and for tokens
/// without a packed spelling).
extension KeyedTokens {
    /// Keys one token from its scalars: its vocabulary id and the facts the
    /// flat arrays hold, everything about it that depends on its spelling alone.
    @inline(__always)
    static func entry(_ kind: Token.Kind, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, key: inout KeyBuffer,
                      _ vocabulary: ByteKeyTable,
                      _ toneTable: UnsafeBufferPointer<(Unicode.Scalar, UInt8)>,
                      _ caseTable: UnsafeBufferPointer<UInt8>,
                      _ foldTable: UnsafeBufferPointer<Unicode.Scalar>) -> KeyMemo.Entry {
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
        let id = kind == .punctuation && key.isEmpty ? Self.separator : vocabulary.value(key) ?? KeyVocabulary.unknown
        // Only words can be capitalised or all capitals; numbers skip the case lookups.
        return KeyMemo.Entry(id: id, kind: kind, foldedInitial: info.foldedInitial,
                             foldedWord: info.foldedInitial == 0 ? 0 : info.foldedWord,
                             capitalized: info.capitalized, allCaps: info.allCaps,
                             nameSyllable: kind == .word && info.capitalized && !info.hasJoiner
                                && (info.scalars == 1 || !info.allCaps))
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
}
