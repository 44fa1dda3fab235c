import Foundation
import VietText

/// Turns the normalized text of one press-report file into an ``Article``.
///
/// Decisions are made on evidence that holds across sites rather than on one
/// site's wording: the headline is the longest early line that is not a
/// sentence, a byline or furniture (a kicker or a campaign slogan above it is
/// shorter); bylines are short runs of capitalised syllables next to the top
/// or the end of the body; captions carry a photo credit or repeat; furniture
/// is recognised from the lexicon in `Resources/` and, when given, from lines
/// a ``BoilerplateModel`` saw repeated across the batch.
public struct ArticleParser: Sendable {
    public let boilerplate: BoilerplateModel?
    let lexicon: IngestLexicon

    public init(boilerplate: BoilerplateModel? = nil, lexicon: IngestLexicon = .shared) {
        self.boilerplate = boilerplate; self.lexicon = lexicon
    }

    /// At most this many leading text lines compete for the headline.
    static let headlineWindow = 4

    public func parse(text: String, file: String) -> Article {
        var classifier = LineClassifier(lexicon: lexicon, model: boilerplate)
        var lines = classifier.lines(of: text)
        let sources = SourceFinder(lexicon: lexicon)
        var article = Article(file: file)
        var found: (SourceFinder.Evidence, String)?
        func credit(_ evidence: SourceFinder.Evidence, _ name: String?) {
            guard let name else { return }
            if found == nil || evidence < found!.0 { found = (evidence, name) }
        }
        func addAuthors(_ names: [String]) {
            for name in names where !article.authors.contains(name) { article.authors.append(name) }
        }
        dropRelatedBlocks(&lines)
        // Header lines are read as bylines and credits twice (headline candidates, then the
        // header loop): each line's answer is kept. Both readings are pure functions of the text.
        var bylines: [Int: Byline?] = [:], credits: [Int: String?] = [:]
        func bylineOf(_ i: Int) -> Byline? {
            if let known = bylines[i] { return known }
            let byline = Byline.parse(lines[i].text, lexicon: lexicon)
            bylines[i] = .some(byline)
            return byline
        }
        func creditOf(_ i: Int) -> String? {
            if let known = credits[i] { return known }
            let name = sources.credit(lines[i].text)
            credits[i] = .some(name)
            return name
        }

        // Headline: the first early candidate, unless it is a bare kicker or slogan
        // and a fuller headline follows before the body.
        let textIndices = lines.indices.filter { lines[$0].kind == .text }
        let firstBody = textIndices.first { isBodyLike(lines[$0].traits) } ?? lines.count
        let early = textIndices.prefix(Self.headlineWindow).enumerated().filter { $0.offset == 0 || $0.element < firstBody }
        let candidates = early.map(\.element).filter { i in
            isHeadlineCandidate(lines[i].traits, byline: { bylineOf(i) }, credit: { creditOf(i) })
        }
        var titleIndex = candidates.first
        // No candidate: a short first line ending with '.' is still the headline when text follows.
        if titleIndex == nil, let first = textIndices.first, textIndices.count > 1,
           lines[first].traits.wordCount <= 20, !LineTraits.isPersonName(lines[first].text, lexicon: lexicon) {
            titleIndex = first
        }
        if let first = titleIndex, isKickerLike(lines[first].traits) {
            let fuller = candidates.dropFirst().filter { isFullerHeadline(lines[$0].traits, than: lines[first].traits) }
            titleIndex = fuller.max { lines[$0].text.count < lines[$1].text.count } ?? first
        }
        article.title = titleIndex.map { lines[$0].text }

        // Above the headline: kickers, section names, slogans — dropped; bylines kept.
        // Between the headline and the body: bylines, datelines, credits.
        var body: [Int] = []
        for (k, i) in textIndices.enumerated() {
            let line = lines[i]
            if i == titleIndex { continue }
            let inHeader = i < firstBody
            // The text lines after this one: the rest of the (ascending) `textIndices`.
            let nearEdge = inHeader || isNearEnd(i, linesAfter: textIndices.count - 1 - k, firstBody)
            if nearEdge, !isBodyLike(line.traits), let byline = bylineOf(i) {
                addAuthors(byline.authors)
                if article.published == nil { article.published = byline.published }
                credit(.byline, byline.source)
                continue
            }
            if nearEdge, line.traits.wordCount <= 9, !isBodyLike(line.traits) {
                if let name = creditOf(i) { credit(.creditLine, name); continue }
                if let name = lexicon.outlet(named: ScalarText.trimming(line.text, " .")) {
                    credit(.bareOutlet, name); continue
                }
            }
            if let titleIndex, i < titleIndex { continue }
            body.append(i)
        }

        // Captions: marked lines, lines repeated right after themselves, repeats of the headline.
        var seen = Set<String>()
        var previousKey = ""
        for (i, line) in lines.enumerated() {
            let key = line.traits.folded
            if line.kind == .caption {
                addCaption(line.text, to: &article, seen: &seen)
            } else if line.kind == .text, i > 0, key == previousKey, line.traits.wordCount <= LineClassifier.captionWords {
                addCaption(line.text, to: &article, seen: &seen)
            }
            previousKey = key
        }
        let titleKey = titleIndex.map { lines[$0].traits.folded }   // the title is that line's text
        var paragraphs: [String] = []
        // Which paragraphs are simple text (their line's traits tell; the repairs below only
        // delete text and insert spaces, which keeps it simple): spares the scanners a pass.
        var simple: [Bool] = []
        // What the repairs' byte prefilters would find in each paragraph (see ``RepairHints``).
        var hints: [RepairHints] = []
        for (n, i) in body.enumerated() {
            let key = lines[i].traits.folded
            if n + 1 < body.count, body[n + 1] == i + 1, lines[i + 1].traits.folded == key { continue }
            if seen.contains(key) || key == titleKey { continue }
            paragraphs.append(lines[i].text)
            simple.append(lines[i].traits.isSimple)
            hints.append(lines[i].traits.hints)
        }

        // Repairs inside paragraphs; evidence run into them.
        if let first = paragraphs.first, let lead = sources.leadIn(first) {
            credit(.leadIn, lead.source)
            paragraphs[0] = lead.rest
        }
        /// Takes the byline or credit run onto the end of the last paragraph ("… mủ. Xuân Hùng").
        func takeTrailingByline(simple: Bool?, doubleSpace: Bool?) -> Bool {
            guard let last = paragraphs.last,
                  let (rest, tail) = BodyRepair.trailingFragment(last, simple: simple, doubleSpace: doubleSpace) else { return false }
            if let byline = Byline.parse(tail, lexicon: lexicon), !byline.authors.isEmpty {
                addAuthors(byline.authors); credit(.trailing, byline.source)
            } else if let name = sources.credit(tail) {
                credit(.trailing, name)
            } else {
                return false
            }
            paragraphs[paragraphs.count - 1] = rest
            return true
        }
        let tookTrailing = takeTrailingByline(simple: simple.last, doubleSpace: hints.last?.contains(.doubleSpace))
        var inlineCaptions: [String] = []
        let repaired = paragraphs.indices.map { n in
            let paragraph = paragraphs[n], simple = simple[n]
            // A repair whose prefilter the hints rule out returns its input: skipped. Once the
            // links are cut, new bytes meet: the other prefilters run again then.
            let hint = hints[n].contains(.bracket) ? RepairHints.all : hints[n]
            var text = hint.contains(.bracket) ? BodyRepair.removeBracketLinks(paragraph, simple: simple) : paragraph
            if hint.contains(.sentence) { text = BodyRepair.restoreSentenceSpaces(text, simple: simple) }
            // Spaces inserted after '.', '!' or '?' put no letter after a '('.
            if hint.contains(.photo) { text = BodyRepair.extractInlineCaptions(text, into: &inlineCaptions, simple: simple) }
            return (text, simple)
        }.filter { !$0.0.isEmpty }
        paragraphs = repaired.map(\.0)
        // A photo credit before the byline hid it ("… (Ảnh: VTC) An Minh/VOV.VN"): with the
        // captions cut out, the end of the last paragraph is read again.
        if !tookTrailing, !inlineCaptions.isEmpty { _ = takeTrailingByline(simple: repaired.last?.1, doubleSpace: nil) }
        for caption in inlineCaptions { addCaption(caption, to: &article, seen: &seen) }
        article.paragraphs = paragraphs

        if found == nil, let followed = classifier.followedOutlets.first { credit(.followPrompt, followed) }
        if found == nil { credit(.bodyMention, sources.bodyMention(in: paragraphs, simple: repaired.map(\.1))) }
        article.source = found?.1
        return article
    }

    /// A paragraph of running text: a long enough line ending like a sentence
    /// or an introduction (':'), or a very long line. A closing quote or '?'
    /// alone does not make a sentence: headlines end that way.
    func isBodyLike(_ t: LineTraits) -> Bool {
        if t.wordCount >= 45 { return true }
        guard t.wordCount >= 12 else { return false }
        if t.isSimple { return Self.endsBodyLike(simple: t.text) }
        var text = Substring(t.text)
        while let last = text.last, "\"”’)".contains(last) { text.removeLast() }
        guard let last = text.last else { return false }
        if last == "." { return !text.hasSuffix("..") }
        return last == ":" || last == ";"
    }

    /// ``isBodyLike(_:)``'s test of the line's end on simple text, where each scalar is a
    /// character: the scalars from the end, without grapheme breaking.
    static func endsBodyLike(simple text: String) -> Bool {
        var last: Unicode.Scalar?, beforeLast: Unicode.Scalar?
        for s in text.unicodeScalars.reversed() {
            if last == nil {
                if s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == ")" { continue }
                last = s
            } else {
                beforeLast = s; break
            }
        }
        guard let last else { return false }
        if last == "." { return beforeLast != "." }
        return last == ":" || last == ";"
    }

    /// A kicker, section name or slogan above a headline: short, and only
    /// words (headlines carry ':', '?', quotes or figures far more often).
    func isKickerLike(_ t: LineTraits) -> Bool {
        t.wordCount <= 10 && t.text.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" || $0 == "-" || $0 == "–" }
    }

    /// A later line that reads as the real headline: longer than the kicker,
    /// headline-sized, one sentence (a sapo runs on past a '. ').
    func isFullerHeadline(_ t: LineTraits, than kicker: LineTraits) -> Bool {
        guard t.wordCount > kicker.wordCount, t.wordCount <= 25 else { return false }
        // A sapo trails off ("… thương mại Mỹ - Trung…"); a headline does not after a kicker.
        if t.text.hasSuffix("…") || t.text.hasSuffix("..") { return false }
        let chars = Array(t.text)
        for i in chars.indices.dropLast(2) where ".!?".contains(chars[i]) && chars[i + 1] == " " && chars[i + 2].isUppercase {
            return false
        }
        return true
    }

    /// Could be a headline: a few words to a long line, not a sentence ending
    /// with '.', not a byline, dateline or credit.
    func isHeadlineCandidate(_ t: LineTraits) -> Bool {
        isHeadlineCandidate(t, byline: { Byline.parse(t.text, lexicon: lexicon) }, credit: { SourceFinder(lexicon: lexicon).credit(t.text) })
    }

    /// ``isHeadlineCandidate(_:)`` with the line's byline and credit readings given (kept by the caller).
    func isHeadlineCandidate(_ t: LineTraits, byline: () -> Byline?, credit: () -> String?) -> Bool {
        guard t.wordCount >= 2, t.wordCount <= 40 else { return false }
        if t.text.hasSuffix(".") && !t.text.hasSuffix("..") { return false }
        if t.text.hasSuffix(",") || t.text.hasSuffix(";") { return false }
        if LineTraits.isPersonName(t.text, lexicon: lexicon) { return false }
        if byline() != nil { return false }
        if credit() != nil { return false }
        if lexicon.outlet(named: t.text) != nil { return false }
        return true
    }

    /// Within the last few text lines after the body started: where bylines and credits sit.
    func isNearEnd(_ i: Int, linesAfter: Int, _ firstBody: Int) -> Bool {
        guard i > firstBody else { return false }
        return linesAfter <= 3
    }

    /// Appends a caption once (compared folded), without the trailing " |".
    func addCaption(_ text: String, to article: inout Article, seen: inout Set<String>) {
        seen.insert(LineTraits(text).folded)
        var caption = text
        while let last = caption.last, last == "|" || last == " " { caption.removeLast() }
        guard !caption.isEmpty else { return }
        let key = LineTraits(caption).folded
        if !article.captions.contains(where: { LineTraits($0).folded == key }) { article.captions.append(caption) }
    }

    /// Removes "Tin liên quan" / "Xem thêm" headers and the link titles under them.
    func dropRelatedBlocks(_ lines: inout [ClassifiedLine]) {
        var i = 0
        while i < lines.count {
            guard lines[i].kind == .related else { i += 1; continue }
            lines[i].kind = .boilerplate
            var header = lines[i].traits.folded
            if let lead = lexicon.leadingEntry(header, section: "related") { header = String(header.dropFirst(lead.count)) }
            let headerOnly = ScalarText.trimming(header, " :>.").isEmpty
            i += 1
            guard headerOnly else { continue }
            while i < lines.count {
                let t = lines[i].traits
                if lines[i].kind == .text {
                    if isBodyLike(t) || t.text.hasSuffix(".") || t.wordCount > 25
                        || LineTraits.isPersonName(t.text, lexicon: lexicon)
                        || SourceFinder(lexicon: lexicon).credit(t.text) != nil { break }
                    lines[i].kind = .boilerplate
                }
                i += 1
            }
        }
    }
}
