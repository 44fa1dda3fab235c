import Foundation
import VietText

/// Scalar-level stand-ins for `Character` checks and Foundation trimming.
///
/// Why: grapheme breaking, `Character` properties and Foundation's CharacterSet
/// paths cost far more than the rules themselves on Linux, and one-paragraph
/// bodies make every per-character pass show. Vietnamese press text (NFC) is
/// almost always made of scalars that are graphemes on their own; for such
/// "simple" text a scalar pass gives exactly the `Character` answer, and the
/// property table below is built from `Character` itself, so results agree by
/// construction. Anything else falls back to the original `Character` code.
enum ScalarText {
    static let isWhitespaceFlag: UInt8 = 1, isLetterFlag: UInt8 = 2, isNumberFlag: UInt8 = 4
    static let isUppercaseFlag: UInt8 = 8, isLowercaseFlag: UInt8 = 16

    /// Scalars below this get a precomputed flag byte.
    static let tableSize = 0x2100

    /// `Character` properties of each single-scalar character below ``tableSize``.
    static let table: [UInt8] = (0..<tableSize).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return 0 }
        let c = Character(scalar)
        var f: UInt8 = 0
        if c.isWhitespace { f |= isWhitespaceFlag }
        if c.isLetter { f |= isLetterFlag }
        if c.isNumber { f |= isNumberFlag }
        if c.isUppercase { f |= isUppercaseFlag }
        if c.isLowercase { f |= isLowercaseFlag }
        return f
    }

    /// True when the scalar always forms a grapheme of its own in the text we see:
    /// Latin, Latin Extended Additional (Vietnamese letters) and general punctuation,
    /// without CR, combining marks, ZWJ or ZWNJ.
    @inline(__always)
    static func isSimple(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return v != 0x0D }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        if v >= 0x2000 && v <= 0x206F { return v != 0x200C && v != 0x200D }
        return false
    }

    /// Every scalar of `text` is a grapheme on its own (see ``isSimple(_:)``).
    static func isSimple(_ text: some StringProtocol) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // Decided on the lead bytes, without decoding: U+0080–U+02FF are C2–CB; U+1E00–U+1EFF
            // are E1 B8–BB; U+2000–U+206F are E2 80 and E2 81 80–AF (U+200C/D are E2 80 8C/8D).
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x0D { return false }
                    i += 1
                } else if b < 0xE0 {
                    if b > 0xCB { return false }
                    i += 2
                } else {
                    guard b == 0xE1 || b == 0xE2, i + 2 < n else { return false }
                    let b1 = bytes[i + 1], b2 = bytes[i + 2]
                    if b == 0xE1 {
                        if b1 < 0xB8 || b1 > 0xBB { return false }
                    } else if b1 == 0x80 {
                        if b2 == 0x8C || b2 == 0x8D { return false }
                    } else if b1 != 0x81 || b2 > 0xAF {
                        return false
                    }
                    i += 3
                }
            }
            return true
        }
        if let answer { return answer }
        return text.unicodeScalars.allSatisfy(isSimple)
    }

    /// Flags of a simple scalar (see ``isSimple(_:)``).
    @inline(__always)
    static func flags(_ s: Unicode.Scalar) -> UInt8 {
        let v = Int(s.value)
        return v < tableSize ? table[v] : 0
    }

    /// `Character.isNewline` for a scalar; newline scalars are always grapheme
    /// boundaries (only CR LF pairs up, and splitting leaves an empty piece then).
    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Members of `CharacterSet.whitespacesAndNewlines` plus no-break and zero-width
    /// spaces: what ``LineClassifier/trim(_:)`` strips (Foundation trims scalars too).
    @inline(__always)
    static func isTrimmed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default: return false
        }
    }

    /// Words split on whitespace, as `split(whereSeparator: \.isWhitespace)` gives
    /// them; `text` must be simple.
    static func words(ofSimple text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            let space = s.value < 0x80 ? (s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D))
                : flags(s) & isWhitespaceFlag != 0
            if space {
                if let st = start { words.append(text[st..<i]); start = nil }
            } else if start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        if let st = start { words.append(text[st..<scalars.endIndex]) }
        return words
    }

    /// Number of words of simple `text` split on the ASCII `separator` (empty pieces
    /// omitted), counting no further than `limit`.
    static func wordCount(ofSimple text: some StringProtocol, separator: UInt8, upTo limit: Int) -> Int {
        var count = 0, inWord = false
        for b in text.utf8 {
            if b == separator { inWord = false } else if !inWord {
                inWord = true; count += 1
                if count >= limit { break }
            }
        }
        return count
    }

    /// Number of words of simple `text` split on whitespace (as ``words(ofSimple:)``
    /// splits them), counting no further than `limit`.
    static func whitespaceWordCount(ofSimple text: some StringProtocol, upTo limit: Int) -> Int {
        var count = 0, inWord = false
        for s in text.unicodeScalars {
            let v = s.value
            let space = v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D)) : flags(s) & isWhitespaceFlag != 0
            if space { inWord = false } else if !inWord {
                inWord = true; count += 1
                if count >= limit { break }
            }
        }
        return count
    }

    /// The first `limit` words of simple `text` split on ' ' (empty pieces omitted).
    static func firstWords(ofSimple text: String, upTo limit: Int) -> [String] {
        var words: [String] = []
        let utf8 = text.utf8
        var start: String.Index?
        var i = utf8.startIndex
        while i < utf8.endIndex, words.count < limit {
            if utf8[i] == 0x20 {
                if let st = start { words.append(String(text[st..<i])); start = nil }
            } else if start == nil {
                start = i
            }
            i = utf8.index(after: i)
        }
        if let st = start, words.count < limit { words.append(String(text[st..<utf8.endIndex])) }
        return words
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation when the text neither
    /// starts nor ends with anything that could be trimmed (most lines).
    static func trimmingWhitespaces<S: StringProtocol>(_ text: S) -> String where S.UnicodeScalarView: BidirectionalCollection {
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           !mayBeTrimmedSpace(first), !mayBeTrimmedSpace(last) {
            return String(text)
        }
        // Foundation trims scalar by scalar (UTF-16 units; no whitespace lies beyond the BMP):
        // the same scalars dropped with the set's own membership test, without its bridging.
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !whitespaces.contains($0) }),
              let last = scalars.lastIndex(where: { !whitespaces.contains($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// `text.trimmingCharacters(in: CharacterSet(charactersIn: set))` for a set of BMP scalars
    /// (Foundation trims UTF-16 units, which are those scalars then), without building the
    /// set and bridging the text for every call: the parser trims short lines this way.
    static func trimming<S: StringProtocol>(_ text: S, _ set: String) -> String where S.UnicodeScalarView: BidirectionalCollection {
        let scalars = text.unicodeScalars
        let kept = { (s: Unicode.Scalar) in !set.unicodeScalars.contains(s) }
        guard let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// `CharacterSet.whitespaces`, made once.
    static let whitespaces = CharacterSet.whitespaces

    /// A superset of `CharacterSet.whitespaces` (Zs and tab, in any Unicode version, U+180E
    /// and U+200B included): a text that neither starts nor ends with one is not trimmed.
    @inline(__always)
    static func mayBeTrimmedSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x180E, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x206F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// `text.replacingOccurrences(of:with:)` on UTF-8, left to right and without overlaps;
    /// the same result on simple text, where an ASCII pattern has one spelling.
    static func replacing(_ text: String, _ pattern: [UInt8], with replacement: [UInt8]) -> String {
        guard let first = pattern.first else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            var p = 0, copied = 0
            while p + pattern.count <= bytes.count {
                if bytes[p] == first, FoldedMatch.matches(bytes, at: p, pattern) {
                    if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<p]))
                    out.append(contentsOf: replacement)
                    p += pattern.count
                    copied = p
                } else {
                    p += 1
                }
            }
            guard copied > 0 else { return UTF8Buffer.string(validUTF8: bytes) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return UTF8Buffer.string(validUTF8: out)
        }
    }

    /// `pattern` occurs in the UTF-8 of `text`.
    static func contains(_ text: some StringProtocol, bytes pattern: [UInt8]) -> Bool {
        guard let first = pattern.first else { return true }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var p = 0
            while p + pattern.count <= bytes.count {
                if bytes[p] == first, FoldedMatch.matches(bytes, at: p, pattern) { return true }
                p += 1
            }
            return false
        }
        return found ?? contains(String(text), bytes: pattern)
    }

    /// The first occurrence of the UTF-8 `pattern` in `text[from...]`; on simple text, what
    /// `range(of:range:)` finds (every scalar a character, one spelling per character).
    static func firstRange(of pattern: [UInt8], in text: String, from: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        let start = utf8.distance(from: utf8.startIndex, to: from)
        var text = text
        let p: Int? = text.withUTF8 { bytes in
            guard !pattern.isEmpty else { return nil }
            var p = start
            while p + pattern.count <= bytes.count {
                if bytes[p] == pattern[0], FoldedMatch.matches(bytes, at: p, pattern) { return p }
                p += 1
            }
            return nil
        }
        guard let p else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: p)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    /// The last occurrence of the UTF-8 `pattern` in `text`; on simple text, what
    /// `range(of:options: .backwards)` finds.
    static func lastRange(of pattern: [UInt8], in text: Substring) -> Range<String.Index>? {
        guard !pattern.isEmpty else { return nil }
        let utf8 = text.utf8
        var upper = utf8.endIndex
        while utf8.distance(from: utf8.startIndex, to: upper) >= pattern.count {
            let lower = utf8.index(upper, offsetBy: -pattern.count)
            if utf8[lower..<upper].elementsEqual(pattern) { return lower..<upper }
            upper = utf8.index(before: upper)
        }
        return nil
    }
}
