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
    var dottedAbbreviations: Set<String> { abbreviations.entries }
    let abbreviations: DottedAbbreviations
    /// Dotted abbreviations that close a list and so may end a sentence
    /// (`... sổ tay, tờ rơi v.v. Ngày 5/6`), unlike titles (`TS. Nguyễn`).
    let sentenceFinalAbbreviations: Set<String> = ["v.v", "v.v.v", "etc"]
    /// The string of every scalar below ``singleScalarLimit``: one-scalar tokens
    /// (punctuation, single digits and letters, a good sixth of all tokens,
    /// and the curly quotes, dashes and ellipses of General Punctuation, whose
    /// Strings otherwise went through UTF-8 validation) take theirs from here.
    let singleScalarStrings: [String] = (0..<Tokenizer.singleScalarLimit).map {
        Unicode.Scalar($0).map(String.init) ?? ""
    }
    static let singleScalarLimit: UInt32 = 0x2070

    public static let shared = Tokenizer()

    public init(dottedAbbreviations: Set<String>? = nil) {
        abbreviations = DottedAbbreviations(dottedAbbreviations ?? Lexicon.lines(named: "dotted-abbreviations", in: .module)
            .reduce(into: Set<String>()) { $0.insert(Folding.lowercased($1)) })
    }

    public func tokenize(_ text: String) -> TokenizedText {
        let scalars = UTF8Buffer.scalars(text)
        // The scan reads the scalars through a buffer pointer: no bounds checks
        // or array retains per scalar in the loops below.
        return scalars.withUnsafeBufferPointer { s in tokenize(text, scalars, s) }
    }

    private func tokenize(_ text: String, _ scalars: [Unicode.Scalar],
                          _ s: UnsafeBufferPointer<Unicode.Scalar>) -> TokenizedText {
        let n = s.count
        var tokens: [Token] = []
        // About one token per four scalars in press text (syllables, spaces,
        // punctuation): reserving exactly a quarter made about half the articles
        // grow and copy the array once; a third leaves room.
        tokens.reserveCapacity(n / 3 + 16)
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
        // Token text up to 15 bytes is built from its packed UTF-8 (``SmallString``);
        // longer text from one reused UTF-8 scratch buffer: much
        // cheaper than appending to String.UnicodeScalarView, or even to arrays,
        // scalar by scalar, and (measured) than slicing the text, whose
        // subscript re-checks the scalar alignment of UTF-8 offsets. Lowercase
        // and folded forms are not built here: ``Token/lower`` and
        // ``Token/folded`` compute them for the few readers.
        var scratch = TokenScratch()
        defer { scratch.free() }
        // Every token is at least one scalar: two words per scalar always suffice.
        let packed = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * n + 2)
        let smallStrings = SmallString.isAvailable
        defer { packed.deallocate() }
        func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            let text: String
            let p = packed + 2 * tokens.count
            if to - from == 1, s[from].value < Self.singleScalarLimit {
                text = singleScalarStrings[Int(s[from].value)]
                p[0] = PackedUTF8.pack(s[from]); p[1] = 0
            } else {
                // The UTF-8 is packed in registers as it is encoded: writing it
                // byte by byte and loading it back as words stalled on every
                // token (a wide load cannot be forwarded from narrow stores).
                var packer = PackedUTF8.Packer()
                for k in from..<to { packer.append(s[k]) }
                (p[0], p[1]) = packer.packed
                if packer.count <= SmallString.capacity && smallStrings {
                    // Bytes encoded here are valid UTF-8: no validating them again.
                    text = SmallString.make(p[0], p[1], count: packer.count)
                } else {
                    let raw = scratch.buffer(scalars: to - from)
                    var r = 0
                    for k in from..<to {
                        let v = s[k].value
                        if v < 0x80 { raw[r] = UInt8(v); r += 1 } else { r += UTF8Buffer.write(s[k], to: raw + r) }
                    }
                    // Encoded from scalars just now: valid, no validation pass.
                    text = UTF8Buffer.string(validUTF8: UnsafeBufferPointer(start: raw, count: r))
                }
            }
            tokens.append(Token(kind: kind, text: text, start: from, end: to, spaceBefore: spaceBefore,
                                lineStart: lineStart, sentence: sentences.count))
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
        return TokenizedText(text: text, tokens: tokens, sentences: sentences, paragraphs: paragraphs, scalars: scalars,
                             packedUTF8: Array(UnsafeBufferPointer(start: packed, count: 2 * tokens.count)))
    }

    /// A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or
    /// brackets) unless more of them, a comma-like mark, a lowercase letter
    /// after a space or a digit follows. A capital right after the dot
    /// (`Liêm.Ngày`) is a missing space, not an abbreviation.
    private func sentenceEndFollows(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        var k = i
        while k < s.count, CharClass.isSpace(s[k]) { k += 1 }
        guard k < s.count else { return true }
        let next = s[k]
        if CharClass.endsSentence(next) { return false }
        // A straight quote after a space opens the next sentence: `tốt. "Sau`.
        if CharClass.isClosing(next), k == i || (next != "\"" && next != "'") { return false }
        if CharClass.isDigit(next) { return false }
        if CharClass.isLetter(next) { return CharClass.isUppercase(next) || k == i }
        return true
    }

    /// Space(s), then an uppercase letter or a line end: a list abbreviation ends its sentence.
    private func uppercaseFollows(_ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        var k = i
        while k < s.count, CharClass.isSpace(s[k]) { k += 1 }
        guard k > i, k < s.count else { return k >= s.count }
        return CharClass.isLineBreak(s[k]) || (CharClass.isLetter(s[k]) && CharClass.isUppercase(s[k]))
    }

    /// The end of a word starting at `start` and whether it took a final abbreviation dot.
    private func scanWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> (Int, Bool) {
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
                joins = CharClass.isLetter(next) && CharClass.isUppercase(next)  // VH,TT&DL
                    && CharClass.isUppercase(s[j - 1]) && isUpperRun(s, start, j)
            case ".":
                if j - segment == 1 && CharClass.isLetter(next) {
                    joins = true                                                 // T.Ư, v.v, N.T.H
                } else if CharClass.isLowercaseASCII(next) && isASCIILowerRun(s, start, j) {
                    joins = true                                                 // chinhphu.vn, not việc.sau
                } else {
                    return isDottedAbbreviation(s, start, j) ? (j + 1, true) : (j, false)
                }
            default:
                joins = false
            }
            guard joins else { return (j, false) }
            j += 1; segment = j
        }
        // A word at the very end followed by a final dot.
        if j < n, s[j] == "." {
            if isDottedAbbreviation(s, start, j) { return (j + 1, true) }
        }
        return (j, false)
    }

    private func isDottedAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> Bool {
        abbreviations.contains(s, from, to)
    }

    private func isUpperRun(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> Bool {
        s[from..<to].allSatisfy { !CharClass.isLetter($0) || CharClass.isUppercase($0) }
    }

    private func isASCIILowerRun(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ from: Int, _ to: Int) -> Bool {
        s[from..<to].allSatisfy { CharClass.isLowercaseASCII($0) || CharClass.isDigit($0) || $0 == "." || $0 == "-" }
    }

    /// The end of a number or code starting at `start` and whether it holds letters.
    private func scanNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> (Int, Bool) {
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
