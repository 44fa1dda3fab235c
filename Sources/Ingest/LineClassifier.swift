import Foundation
import VietText

/// What a line of a scraped page is, before the article is assembled.
enum LineKind: Equatable {
    case text
    /// Site furniture: buttons, prompts, comment boxes, empty labels, learned repeats.
    case boilerplate
    /// A photo caption (the credit, when any, stays inside it).
    case caption
    /// The header of a block of links to other articles.
    case related
}

/// One prepared line: its text, shape and kind.
struct ClassifiedLine {
    var text: String
    var traits: LineTraits
    var kind: LineKind
}

/// Splits a normalized text into lines and classifies each by patterns over
/// short lines (interface verbs, labels, caption credits) read from the
/// lexicon, plus the corpus model when one is given.
struct LineClassifier {
    let lexicon: IngestLexicon
    let model: BoilerplateModel?

    /// Outlets named by follow prompts ("Theo dõi Pháp luật & Xã hội trên …").
    private(set) var followedOutlets: [String] = []
    /// Storage reused for the folded heads of lines (see ``foldSimpleHead(of:scalars:into:)``).
    private var scratch: [UInt8] = []

    init(lexicon: IngestLexicon, model: BoilerplateModel?) {
        self.lexicon = lexicon; self.model = model
    }

    mutating func lines(of text: String) -> [ClassifiedLine] {
        var raw: [String] = []
        // Newline scalars are grapheme boundaries, so a scalar split gives the same lines.
        for trimmed in Self.trimmedLines(of: text) {
            // Nearly every line is no prompt: appended as it is, without a one-line array.
            if mayBeRunIn(trimmed) { raw.append(contentsOf: splitRunIn(trimmed, checked: true)) } else { raw.append(trimmed) }
        }
        raw = joinDanglingCredits(raw)
        return raw.map { text in
            let traits = LineTraits(text)
            return ClassifiedLine(text: text, traits: traits, kind: classify(traits))
        }
    }

    /// Trims spaces, no-break spaces and zero-width characters scrapers leave.
    /// Scalar by scalar, as Foundation's `trimmingCharacters` does, without its slow paths.
    static func trim(_ line: some StringProtocol) -> String {
        trim(String(line).unicodeScalars[...])
    }

    /// The non-empty lines of `text`, trimmed as ``trim(_:)`` does: split and trimmed on
    /// the UTF-8 bytes by ``LineSplitter``.
    static func trimmedLines(of text: String) -> [String] {
        let lines = text.utf8.withContiguousStorageIfAvailable { bytes in
            // Copied as slices of valid UTF-8: `String(decoding:)` would validate every line again.
            let utf8 = text.utf8
            return LineSplitter.lines(bytes).map {
                String(text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)])
            }
        }
        if let lines { return lines }
        return text.unicodeScalars.split(whereSeparator: ScalarText.isNewline).map { trim($0) }.filter { !$0.isEmpty }
    }

    static func trim(_ scalars: Substring.UnicodeScalarView) -> String {
        guard let first = scalars.firstIndex(where: { !ScalarText.isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !ScalarText.isTrimmed($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// The most words a caption has: a caption line, one cut out of a paragraph, a repeated line.
    static let captionWords = 60

    func classify(_ t: LineTraits) -> LineKind {
        if t.folded.isEmpty || !t.hasLetterOrNumber { return .boilerplate }
        // The model's key of a line is its traits' folded form (same split, same fold).
        if let model, !model.lines.isEmpty,
           model.lines.contains(t.wordCount <= BoilerplateModel.maximumWords ? t.folded : "") { return .boilerplate }
        if t.wordCount <= 30, lexicon.containedEntry(t.folded, section: "interface-long", simple: t.isSimple) != nil { return .boilerplate }
        // A button or prompt starts with its verb ("Chia sẻ Zalo", "Bình luận (0)"); a headline
        // that merely mentions Facebook or "chia sẻ" does not.
        if t.wordCount <= 8, !t.endsSentence, lexicon.leadingEntry(t.folded, section: "interface") != nil {
            return .boilerplate
        }
        if t.wordCount <= 2, lexicon.containedEntry(t.folded, section: "interface", simple: t.isSimple) != nil { return .boilerplate }
        if followedOutlet(in: t.text, simple: t.isSimple) != nil { return .boilerplate }
        if isEmptyLabel(t) { return .boilerplate }
        if t.wordCount <= 30, let header = lexicon.leadingEntry(t.folded, section: "related") {
            // "Tin liên quan", "Xem thêm: …", ">> …" — not a headline that starts with "Tin mới …".
            let rest = ScalarText.trimmingWhitespaces(t.folded.dropFirst(header.count))
            if rest.isEmpty || rest.hasPrefix(":") || header.hasPrefix(">") { return .related }
        }
        // A caption is short: a long paragraph ending with a credit is body text with a caption
        // run into it (scraped pages glue them), kept as text; its "(Ảnh: …)" captions are cut
        // out later (BodyRepair.extractInlineCaptions, with the same limit).
        if t.wordCount <= Self.captionWords, isCaption(t) { return .caption }
        return .text
    }

    /// "Email :", "Tags:", "Tổng hợp" — a label with nothing after it.
    func isEmptyLabel(_ t: LineTraits) -> Bool {
        guard t.wordCount <= 3 else { return false }
        var key = t.folded
        while let last = key.last, last == ":" || last == " " || last == "." { key.removeLast() }
        return lexicon.entries("label").contains(key)
    }

    /// Separates a follow prompt from the caption or text the scraper glued to it:
    /// "Theo dõi Pháp luật & Xã hội trênQuy tắc…" → the prompt, then "Quy tắc…".
    /// `checked`: the caller found ``mayBeRunIn(_:)`` true already.
    mutating func splitRunIn(_ line: String, checked: Bool = false) -> [String] {
        guard checked || mayBeRunIn(line) else { return [line] }
        // Only the head of a simple line can hold the prompt: folding it alone gives the same prefix.
        let cut = lexicon.longestEntry("interface") + 2
        // A simple head of `cut` + 1 scalars is enough: the characters the lookup reads are
        // then single scalars, the same in the head's fold and in the whole line's.
        let scalars = line.unicodeScalars
        let head = scalars.index(scalars.startIndex, offsetBy: cut, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let simpleHead = scalars[..<head].allSatisfy(ScalarText.isSimple) && (head == scalars.endIndex || ScalarText.isSimple(scalars[head]))
        let folded = simpleHead ? Folding.folded(line[..<head]) : Folding.folded(line)
        guard lexicon.leadingEntry(folded, section: "interface") != nil else { return [line] }
        if ScalarText.isSimple(line) { return splitRunIn(simple: line) }
        let chars = Array(line)
        var i = 1
        while i < chars.count {
            if chars[i].isUppercase, chars[i - 1].isLetter, chars[i - 1].isLowercase { break }
            i += 1
        }
        let prompt = String(chars[..<min(i, chars.count)])
        if let hint = followedOutlet(in: prompt) { followedOutlets.append(hint) }
        guard i < chars.count, i <= 80 else { return [line] }
        return [prompt, String(chars[i...])]
    }

    /// The cut of ``splitRunIn(_:checked:)`` on simple text, where each scalar is a character
    /// and the table flags are its properties: no `Character` array of the whole line.
    mutating func splitRunIn(simple line: String) -> [String] {
        let scalars = UTF8Buffer.scalars(line)
        let upper = ScalarText.isUppercaseFlag, letter = ScalarText.isLetterFlag, lower = ScalarText.isLowercaseFlag
        var i = 1
        while i < scalars.count {
            let before = ScalarText.flags(scalars[i - 1])
            if ScalarText.flags(scalars[i]) & upper != 0, before & letter != 0, before & lower != 0 { break }
            i += 1
        }
        let prompt = UTF8Buffer.string(scalars[..<min(i, scalars.count)])
        if let hint = followedOutlet(in: prompt, simple: true) { followedOutlets.append(hint) }
        guard i < scalars.count, i <= 80 else { return [line] }
        return [prompt, UTF8Buffer.string(scalars[i...])]
    }

    /// False when ``splitRunIn(_:)`` surely finds no prompt at the start of `line`.
    mutating func mayBeRunIn(_ line: String) -> Bool {
        // The fold of a line that starts with an ASCII byte starts with its lowercase: when no
        // interface entry starts with that, the lookup finds none.
        if let firsts = lexicon.interfaceFirstBytes, let b = line.utf8.first, b < 0x80,
           !firsts[Int(b >= 0x41 && b <= 0x5A ? b + 32 : b)] { return false }
        // Most lines that pass the first byte fail the lookup: fold their head into bytes
        // (the head ``splitRunIn(_:)`` folds when it is simple).
        if Self.foldSimpleHead(of: line, scalars: lexicon.longestEntry("interface") + 2, into: &scratch),
           case .some(nil) = scratch.withUnsafeBufferPointer({ lexicon.leadingEntry(utf8: $0, section: "interface") }) {
            return false
        }
        return true
    }

    /// Writes `Folding.folded` of the first `scalars` scalars of `line` to `out` when they and
    /// the scalar after them are simple (the condition under which ``splitRunIn(_:)`` folds
    /// only the head); false otherwise. No `String` is made: `out` keeps its storage.
    static func foldSimpleHead(of line: String, scalars limit: Int, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        let simple = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0, count = 0
            while i < bytes.count, count < limit {
                let (s, length) = UTF8Scalar.decode(bytes, at: i)
                guard ScalarText.isSimple(s) else { return false }
                Folding.appendFolded(s, to: &out)
                i += length; count += 1
            }
            return i == bytes.count || ScalarText.isSimple(UTF8Scalar.decode(bytes, at: i).0)
        }
        return simple ?? false
    }

    /// "Theo dõi X trên" names the site's own outlet X.
    /// `simple`: `prompt` is known to be simple (`false`: find out).
    func followedOutlet(in prompt: String, simple: Bool = false) -> String? {
        // Its first word folds to "theo": skip the split of long lines that cannot match.
        guard let first = prompt.unicodeScalars.first(where: { $0 != " " && !Folding.isMark($0) }),
              Folding.fold(first) == "t" else { return nil }
        // At most nine words ("Theo dõi" + six + "trên"): skip splitting long lines.
        if simple || ScalarText.isSimple(prompt), ScalarText.wordCount(ofSimple: prompt, separator: 0x20, upTo: 10) > 9 { return nil }
        let words = prompt.split(separator: " ")
        guard words.count >= 3, Folding.folded(words[0]) == "theo", Folding.folded(words[1]) == "doi" else { return nil }
        var rest = Array(words.dropFirst(2))
        guard let last = rest.last, Folding.folded(last) == "tren" else { return nil }
        rest.removeLast()
        guard !rest.isEmpty, rest.count <= 6 else { return nil }
        let name = rest.joined(separator: " ")
        return lexicon.outlet(named: name) ?? name
    }

    /// "Khói đen bao trùm khách sạn. Ảnh:" + "Phương Uyên." → one caption line.
    func joinDanglingCredits(_ lines: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if i + 1 < lines.count,
               line.unicodeScalars.last(where: { !Folding.isMark($0) }) == ":",
               Folding.folded(line).hasSuffix("anh:"),
               lines[i + 1].split(separator: " ").count <= 6 {
                out.append(line + " " + lines[i + 1]); i += 2; continue
            }
            out.append(line); i += 1
        }
        return out
    }
}
