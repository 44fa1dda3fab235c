import Foundation

/// Splits normalized text into ``Token``s in one pass over its Unicode scalars.
///
/// Numbers keep their inner separators (`1.200`, `1,5`, `13/13`, `19/6/2019`,
/// `04/KH-HĐTĐKT`) so that recognizers see them whole and decide what they
/// are; abbreviations written with a dot (`TP.`, `TS.`, `PGS.`, `v.v.`) keep the
/// dot and do not end the sentence. No regular expressions: this is the hot
/// path of every command.
public struct Tokenizer: Sendable {
    /// Lowercased abbreviations (without their final dot) whose dot is part of the token.
    let dottedAbbreviations: Set<String>

    public static let shared = Tokenizer()

    public init(dottedAbbreviations: Set<String>? = nil) {
        self.dottedAbbreviations = dottedAbbreviations ?? Lexicon.lines(named: "dotted-abbreviations", in: .module)
            .reduce(into: Set<String>()) { $0.insert(Folding.lowercased($1)) }
    }

    public func tokenize(_ text: String) -> TokenizedText {
        let s = Array(text.unicodeScalars)
        let n = s.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 4)
        var sentences: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        var sentenceStart = 0, paragraphStart = 0
        var spaceBefore = true, lineStart = true
        var i = 0

        func closeSentence() {
            if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
            sentenceStart = tokens.count
        }
        func closeParagraph() {
            closeSentence()
            if tokens.count > paragraphStart { paragraphs.append(paragraphStart..<tokens.count) }
            paragraphStart = tokens.count
        }
        func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            var raw = String.UnicodeScalarView(), lower = String.UnicodeScalarView(), folded = String.UnicodeScalarView()
            for k in from..<to {
                let c = s[k]
                raw.append(c)
                lower.append(Folding.lower(c))
                if !Folding.isMark(c) { folded.append(Folding.fold(c)) }
            }
            tokens.append(Token(kind: kind, text: String(raw), lower: String(lower), folded: String(folded),
                                start: from, end: to, spaceBefore: spaceBefore, lineStart: lineStart,
                                sentence: sentences.count))
            spaceBefore = false
            lineStart = false
        }

        while i < n {
            let c = s[i]
            if CharClass.isLineBreak(c) {
                closeParagraph()
                lineStart = true; spaceBefore = true; i += 1
            } else if CharClass.isSpace(c) {
                spaceBefore = true; i += 1
            } else if CharClass.isLetter(c) {
                let end = scanWord(s, from: i)
                emit(.word, i, end)
                i = end
            } else if CharClass.isDigit(c) {
                let (end, hasLetter) = scanNumber(s, from: i)
                emit(hasLetter ? .code : .number, i, end)
                i = end
            } else {
                emit(CharClass.isSymbol(c) ? .symbol : .punctuation, i, i + 1)
                i += 1
                if CharClass.endsSentence(c), sentenceEndFollows(s, at: i) { closeSentence() }
            }
        }
        closeParagraph()
        return TokenizedText(text: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs)
    }

    /// A sentence ends after `.`, `!`, `?` or `…` unless more of them, a
    /// closing quote or bracket, a lowercase letter or a digit follows.
    private func sentenceEndFollows(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k < s.count, CharClass.isSpace(s[k]) { k += 1 }
        guard k < s.count else { return true }
        let next = s[k]
        if CharClass.endsSentence(next) || CharClass.isClosing(next) { return false }
        if CharClass.isDigit(next) { return false }
        if CharClass.isLetter(next) { return next.properties.isUppercase || k == i }
        return true
    }

    private func scanWord(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        var j = start, segment = start
        while j < n {
            let c = s[j]
            if CharClass.isLetter(c) || CharClass.isDigit(c) { j += 1; continue }
            let next: Unicode.Scalar? = j + 1 < n ? s[j + 1] : nil
            let nextIsLetter = next.map(CharClass.isLetter) ?? false
            let nextIsAlnum = next.map { CharClass.isLetter($0) || CharClass.isDigit($0) } ?? false
            switch c {
            case "&" where nextIsLetter, "'" where nextIsLetter, "’" where nextIsLetter:
                j += 1; segment = j
            case "-" where nextIsAlnum:
                j += 1; segment = j
            case "/" where nextIsLetter && j - start <= 3:
                j += 1; segment = j
            case "," where nextIsLetter && s[j - 1].properties.isUppercase && next!.properties.isUppercase
                && isUpperRun(s, start, j):
                j += 1; segment = j   // VH,TT&DL
            case ".":
                if j - segment == 1, nextIsLetter {
                    j += 1; segment = j; continue   // T.Ư, v.v
                }
                let word = Folding.lowercased(String(String.UnicodeScalarView(s[start..<j])))
                if dottedAbbreviations.contains(word) { return j + 1 }
                return j
            default:
                return j
            }
        }
        return j
    }

    private func isUpperRun(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        s[from..<to].allSatisfy { !CharClass.isLetter($0) || $0.properties.isUppercase }
    }

    private func scanNumber(_ s: [Unicode.Scalar], from start: Int) -> (Int, Bool) {
        let n = s.count
        var j = start, hasLetter = false
        while j < n {
            let c = s[j]
            if CharClass.isDigit(c) { j += 1; continue }
            if CharClass.isLetter(c) { hasLetter = true; j += 1; continue }
            let next: Unicode.Scalar? = j + 1 < n ? s[j + 1] : nil
            let nextIsDigit = next.map(CharClass.isDigit) ?? false
            let nextIsAlnum = next.map { CharClass.isLetter($0) || CharClass.isDigit($0) } ?? false
            let prevIsDigit = CharClass.isDigit(s[j - 1])
            switch c {
            case ".", "," where prevIsDigit && nextIsDigit:
                if c == "." && !(prevIsDigit && nextIsDigit) { return (j, hasLetter) }
                j += 1
            case "/", "-" where nextIsAlnum:
                if c == "/" && !nextIsAlnum { return (j, hasLetter) }
                j += 1
            case "&" where hasLetter && (next.map(CharClass.isLetter) ?? false):
                j += 1
            default:
                return (j, hasLetter)
            }
        }
        return (j, hasLetter)
    }
}

/// Character classes the tokenizer needs, decided on scalars without Foundation.
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

    @inline(__always) static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{0B}" || c == "\u{0C}"
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0xA0, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isSymbol(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return c == "%" || c == "&" || c == "#" || c == "@" || c == "*" || c == "‰"
        }
    }

    static func endsSentence(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == ")" || c == "]" || c == "\"" || c == "”" || c == "’" || c == "»" || c == "," || c == ";"
    }
}
