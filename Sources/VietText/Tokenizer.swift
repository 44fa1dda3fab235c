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
    /// Dotted abbreviations that close a list and so may end a sentence
    /// (`... sổ tay, tờ rơi v.v. Ngày 5/6`), unlike titles (`TS. Nguyễn`).
    let sentenceFinalAbbreviations: Set<String> = ["v.v", "v.v.v", "etc"]

    public static let shared = Tokenizer()

    public init(dottedAbbreviations: Set<String>? = nil) {
        self.dottedAbbreviations = dottedAbbreviations ?? Lexicon.lines(named: "dotted-abbreviations", in: .module)
            .reduce(into: Set<String>()) { $0.insert(Folding.lowercased($1)) }
    }

    public func tokenize(_ text: String) -> TokenizedText {
        let s = UTF8Buffer.scalars(text)
        let n = s.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 4)
        var sentences: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        var sentenceStart = 0, paragraphStart = 0
        var spaceBefore = true, lineStart = true
        /// Scalar offset after which the current sentence ends (`."` closes after the quote).
        var pendingSentenceEnd: Int?
        var i = 0

        func closeSentence() {
            if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
            sentenceStart = tokens.count
            pendingSentenceEnd = nil
        }
        func closeParagraph() {
            closeSentence()
            if tokens.count > paragraphStart { paragraphs.append(paragraphStart..<tokens.count) }
            paragraphStart = tokens.count
        }
        // Token strings are built from reused UTF-8 buffers: much cheaper than
        // appending to String.UnicodeScalarView scalar by scalar. The folding
        // tables are read once here, not through their lazy global per scalar.
        var rawBytes: [UInt8] = [], lowerBytes: [UInt8] = [], foldedBytes: [UInt8] = []
        rawBytes.reserveCapacity(64); lowerBytes.reserveCapacity(64); foldedBytes.reserveCapacity(64)
        let lowerTable = Folding.tables.lower, foldTable = Folding.tables.folded
        let tableSize = Folding.tableSize
        func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            rawBytes.removeAll(keepingCapacity: true)
            lowerBytes.removeAll(keepingCapacity: true)
            foldedBytes.removeAll(keepingCapacity: true)
            var lowerChanges = false, foldChanges = false
            for k in from..<to {
                let c = s[k]
                let v = Int(c.value)
                if v < 0x80 {
                    // ASCII: lowercase and folded are the same byte.
                    let b = UInt8(v)
                    rawBytes.append(b)
                    let low = v >= 0x41 && v <= 0x5A ? b + 32 : b
                    if low != b { lowerChanges = true }
                    lowerBytes.append(low)
                    foldedBytes.append(low)
                    continue
                }
                UTF8Buffer.append(c, to: &rawBytes)
                let low = v < tableSize ? lowerTable[v] : Folding.lower(c)
                UTF8Buffer.append(low, to: &lowerBytes)
                if low != c { lowerChanges = true }
                if Folding.isMark(c) {
                    foldChanges = true
                } else {
                    let f = v < tableSize ? foldTable[v] : Folding.fold(c)
                    UTF8Buffer.append(f, to: &foldedBytes)
                    if f != low { foldChanges = true }
                }
            }
            // Most tokens are already lowercase: share one string when nothing changes.
            let text = String(decoding: rawBytes, as: UTF8.self)
            let lower = lowerChanges ? String(decoding: lowerBytes, as: UTF8.self) : text
            let folded = foldChanges ? String(decoding: foldedBytes, as: UTF8.self) : lower
            tokens.append(Token(kind: kind, text: text, lower: lower, folded: folded,
                                start: from, end: to, spaceBefore: spaceBefore, lineStart: lineStart,
                                sentence: sentences.count))
            spaceBefore = false
            lineStart = false
        }

        while i < n {
            if let end = pendingSentenceEnd, i >= end { closeSentence() }
            let c = s[i]
            if CharClass.isLineBreak(c) {
                closeParagraph()
                lineStart = true; spaceBefore = true; i += 1
            } else if CharClass.isSpace(c) {
                spaceBefore = true; i += 1
            } else if CharClass.isLetter(c) {
                let (end, dotted) = scanWord(s, from: i)
                emit(.word, i, end)
                if dotted, sentenceFinalAbbreviations.contains(tokens[tokens.count - 1].lower.dropLast().description),
                   uppercaseFollows(s, at: end) {
                    closeSentence()
                }
                i = end
            } else if CharClass.isDigit(c) {
                let (end, hasLetter) = scanNumber(s, from: i)
                emit(hasLetter ? .code : .number, i, end)
                i = end
            } else {
                emit(CharClass.isSymbol(c) ? .symbol : .punctuation, i, i + 1)
                i += 1
                if CharClass.endsSentence(c) {
                    var k = i
                    while k < n, CharClass.isCloser(s[k]) { k += 1 }
                    if sentenceEndFollows(s, at: k) {
                        if k == i { closeSentence() } else { pendingSentenceEnd = k }
                    }
                }
            }
        }
        closeParagraph()
        return TokenizedText(text: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs, scalars: s)
    }

    /// A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or
    /// brackets) unless more of them, a comma-like mark, a lowercase letter
    /// after a space or a digit follows. A capital right after the dot
    /// (`Liêm.Ngày`) is a missing space, not an abbreviation.
    private func sentenceEndFollows(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k < s.count, CharClass.isSpace(s[k]) { k += 1 }
        guard k < s.count else { return true }
        let next = s[k]
        if CharClass.endsSentence(next) { return false }
        // A straight quote after a space opens the next sentence: `tốt. "Sau`.
        if CharClass.isClosing(next), k == i || (next != "\"" && next != "'") { return false }
        if CharClass.isDigit(next) { return false }
        if CharClass.isLetter(next) { return next.properties.isUppercase || k == i }
        return true
    }

    /// Space(s), then an uppercase letter or a line end: a list abbreviation ends its sentence.
    private func uppercaseFollows(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k < s.count, CharClass.isSpace(s[k]) { k += 1 }
        guard k > i, k < s.count else { return k >= s.count }
        return CharClass.isLineBreak(s[k]) || (CharClass.isLetter(s[k]) && s[k].properties.isUppercase)
    }

    /// The end of a word starting at `start` and whether it took a final abbreviation dot.
    private func scanWord(_ s: [Unicode.Scalar], from start: Int) -> (Int, Bool) {
        let n = s.count
        var j = start, segment = start
        while j < n {
            let c = s[j]
            if CharClass.isAlnum(c) { j += 1; continue }
            guard j + 1 < n else { break }
            let next = s[j + 1]
            let joins: Bool
            switch c {
            case "&", "'", "’":
                joins = CharClass.isLetter(next)                                 // LĐTB&XH, H'Mông
            case "-":
                joins = CharClass.isAlnum(next)                                  // NĐ-CP, Covid-19
            case "/":
                joins = CharClass.isLetter(next) && j - start <= 3               // Đ/c, KH/UBND
            case ",":
                joins = CharClass.isLetter(next) && next.properties.isUppercase  // VH,TT&DL
                    && s[j - 1].properties.isUppercase && isUpperRun(s, start, j)
            case ".":
                if j - segment == 1 && CharClass.isLetter(next) {
                    joins = true                                                 // T.Ư, v.v, N.T.H
                } else if CharClass.isLowercaseASCII(next) && isASCIILowerRun(s, start, j) {
                    joins = true                                                 // chinhphu.vn, not việc.sau
                } else {
                    let word = Folding.lowercased(String(String.UnicodeScalarView(s[start..<j])))
                    return dottedAbbreviations.contains(word) ? (j + 1, true) : (j, false)
                }
            default:
                joins = false
            }
            guard joins else { return (j, false) }
            j += 1; segment = j
        }
        // A word at the very end followed by a final dot.
        if j < n, s[j] == "." {
            let word = Folding.lowercased(String(String.UnicodeScalarView(s[start..<j])))
            if dottedAbbreviations.contains(word) { return (j + 1, true) }
        }
        return (j, false)
    }

    private func isUpperRun(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        s[from..<to].allSatisfy { !CharClass.isLetter($0) || $0.properties.isUppercase }
    }

    private func isASCIILowerRun(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        s[from..<to].allSatisfy { CharClass.isLowercaseASCII($0) || CharClass.isDigit($0) || $0 == "." || $0 == "-" }
    }

    /// The end of a number or code starting at `start` and whether it holds letters.
    private func scanNumber(_ s: [Unicode.Scalar], from start: Int) -> (Int, Bool) {
        let n = s.count
        var j = start, hasLetter = false
        while j < n {
            let c = s[j]
            if CharClass.isDigit(c) { j += 1; continue }
            if CharClass.isLetter(c) { hasLetter = true; j += 1; continue }
            guard j + 1 < n else { break }
            let next = s[j + 1]
            let joins: Bool
            switch c {
            case ".", ",":
                joins = CharClass.isDigit(s[j - 1]) && CharClass.isDigit(next)  // 1.200, 1,5
            case "/", "-":
                joins = CharClass.isAlnum(next)                                  // 19/6/2019, 04/KH-HĐTĐKT
            case "&":
                joins = hasLetter && CharClass.isLetter(next)                    // 12/QĐ-LĐTB&XH
            default:
                joins = false
            }
            guard joins else { break }
            j += 1
        }
        return (j, hasLetter)
    }
}

/// Scalar-to-UTF-8 encoding into a byte buffer, shared by the hot paths that
/// build strings from scalars (the tokenizer, the recognizers' lexicon keys).
public enum UTF8Buffer {
    /// A string from scalars, without the slow generic UnicodeScalarView append.
    public static func string(_ scalars: [Unicode.Scalar]) -> String { string(scalars[...]) }

    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(scalars.count * 2)
        for s in scalars { append(s, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The scalars of a string, decoded from its UTF-8 directly: the generic
    /// `Array(text.unicodeScalars)` goes through an iterator a scalar at a time.
    public static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0, n = 0
                while i < b.count {
                    let lead = UInt32(b[i])
                    var v: UInt32
                    if lead < 0x80 {
                        v = lead; i += 1
                    } else if lead < 0xE0 {
                        v = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if lead < 0xF0 {
                        v = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        v = (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                            | UInt32(b[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String's UTF-8 is always valid, so every value is a scalar.
                    out[n] = Unicode.Scalar(v).unsafelyUnwrapped
                    n += 1
                }
                count = n
            }
        }
    }

    @inline(__always) public static func append(_ c: Unicode.Scalar, to buffer: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            buffer.append(UInt8(v))
        } else if v < 0x800 {
            buffer.append(UInt8(0xC0 | (v >> 6))); buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            buffer.append(UInt8(0xE0 | (v >> 12))); buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            buffer.append(UInt8(0xF0 | (v >> 18))); buffer.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((v >> 6) & 0x3F))); buffer.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
