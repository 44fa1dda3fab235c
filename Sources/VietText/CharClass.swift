/// Character classes the tokenizer needs, decided on scalars without Foundation
/// (and without `Character`, whose grapheme breaking is far too slow here).
enum CharClass {
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v == 0xD7 || v == 0xF7 { return false }
        if v < 0x250 { return v >= 0xC0 }
        if v >= 0x300 && v <= 0x36F { return true }   // combining marks stay inside words
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }

    @inline(__always) static func isLowercaseASCII(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }

    @inline(__always) static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{0B}" || c == "\u{0C}" || c == "\u{85}"
    }

    /// Whitespace, zero-width characters (U+200B and friends, a BOM left inside
    /// the text, soft hyphens) and control characters: all separate tokens and
    /// none becomes one.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0xA0, 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E,
             0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return true
        case 0x00...0x1F, 0x7F...0x9F:
            return !isLineBreak(c)
        default:
            return false
        }
    }

    static func isSymbol(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            switch c {
            case "%", "&", "#", "@", "*", "+", "<", "=", ">", "|", "~", "^", "$", "`": return true
            default: return false
            }
        }
        switch c.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return c == "‰"
        }
    }

    static func endsSentence(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    /// Marks that may close a sentence after its final punctuation: `."`, `.)`.
    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == ")" || c == "]" || c == "\"" || c == "”" || c == "’" || c == "»" || c == "'"
    }

    /// What after a `.` shows the sentence is not over.
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        isCloser(c) || c == "," || c == ";" || c == ":"
    }
}
