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

    /// The Unicode uppercase property, ASCII decided without the property
    /// lookup (which the tokenizer made at every sentence end).
    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
    }

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

/// UTF-16 to String through a hand-written UTF-8 transcoder: the standard
/// library's `String(decoding:as: UTF16.self)` takes a generic slow path that
/// dominated decoding and normalization of windows-1258 files.
enum UTF16Text {
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(units.count * 3)
        var i = 0
        let n = units.count
        while i < n {
            let u = UInt32(units[i])
            if u < 0x80 {
                bytes.append(UInt8(u)); i += 1; continue
            }
            var scalar = u
            if u >= 0xD800 && u <= 0xDBFF, i + 1 < n, units[i + 1] >= 0xDC00, units[i + 1] <= 0xDFFF {
                scalar = 0x10000 + ((u - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                i += 1
            } else if u >= 0xD800 && u <= 0xDFFF {
                scalar = 0xFFFD   // lone surrogate
            }
            UTF8Buffer.append(Unicode.Scalar(scalar)!, to: &bytes)
            i += 1
        }
        return UTF8Buffer.string(validUTF8: bytes)
    }

    static func string(_ units: [UInt16]) -> String {
        units.withUnsafeBufferPointer { string($0) }
    }
}

extension UTF16Text {
    /// The UTF-16 code units of a string, for ICU.
    static func units(_ text: String) -> [UInt16] {
        var out = [UInt16]()
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x10000 {
                out.append(UInt16(v))
            } else {
                out.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
                out.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
            }
        }
        return out
    }
}
