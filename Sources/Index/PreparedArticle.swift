import Extract
import Foundation
import Ingest
import VietText

/// Everything one file contributes to the index, computed off the writer
/// thread (parsing, extraction, folding), so the single writer only binds values.
public struct PreparedArticle: Sendable {
    public var path: String
    public var hash: String
    public var size: Int
    public var article: Article
    public var facts: Facts
    public var text: String
    /// Publication date, else the dominant date mention (ISO).
    public var date: String?
    public var search: SearchColumns
    public var metrics: [PreparedMetric]
    /// The rows of `mentions`, keys folded here rather than on the single writer thread.
    public var mentions: [PreparedMention]
    /// Columns of `articles` computed here for the same reason.
    public var sourceFolded: String?
    public var authorsJSON: String
    public var diagnosticsJSON: String

    public init(path: String, hash: String, size: Int, article: Article, facts: Facts) {
        self.path = path; self.hash = hash; self.size = size; self.article = article; self.facts = facts
        text = article.text
        date = Self.articleDate(published: article.published, dates: facts.dates)
        search = SearchColumns(title: article.title, text: text)
        let sentences = SentenceLocator(text: text)
        metrics = facts.metrics.map { PreparedMetric(metric: $0, sentences: sentences, agencies: facts.agencies) }
        mentions = PreparedMention.rows(of: facts)
        sourceFolded = article.source.map(SearchAnalyzer.folded)
        authorsJSON = JSONText.array(article.authors)
        diagnosticsJSON = JSONText.array(article.diagnostics.map(\.description))
    }

    /// The publication date when known; otherwise the most frequent fully
    /// dated mention (a year-month-day beats a month, a month beats a year).
    static func articleDate(published: String?, dates: [DateMention]) -> String? {
        if let published, !published.isEmpty { return published }
        var counts: [String: Int] = [:]
        for d in dates where Self.isCalendarDate(d.value) { counts[d.value, default: 0] += 1 }
        return counts.max { a, b in
            (a.value, a.key.count, b.key) < (b.value, b.key.count, a.key)
        }?.key
    }

    /// `2018`, `2018-10`, `2018-10-12`: a date with a known year, comparable as text.
    static func isCalendarDate(_ value: String) -> Bool {
        let s = Array(value.utf8)
        guard [4, 7, 10].contains(s.count) else { return false }
        for (i, c) in s.enumerated() {
            if i == 4 || i == 7 { if c != UInt8(ascii: "-") { return false } } else if !(c >= 48 && c <= 57) { return false }
        }
        return true
    }
}

/// One row of `mentions`: the mention, its canonical value and that value's keys.
public struct PreparedMention: Sendable {
    public var kind: String
    public var text: String
    public var value: String
    /// Lowercase value (aliases that differ in case group together).
    public var key: String
    /// Accent-blind value, for filters typed without diacritics.
    public var folded: String
    public var title: String?
    public var agency: String?
    /// A document's signing date.
    public var date: String?
    /// An official's other titles, as a JSON array (nil when none).
    public var titles: String?
    public var start: Int
    public var end: Int

    init(kind: String, text: String, value: String, title: String? = nil, agency: String? = nil,
         date: String? = nil, titles: [String] = [], span: [Int]) {
        self.kind = kind; self.text = text; self.value = value; self.title = title; self.agency = agency
        self.date = date
        let (exact, folded) = SearchAnalyzer.exactAndFolded(value)
        self.key = exact; self.folded = folded
        self.titles = titles.isEmpty ? nil : JSONText.array(titles)
        (start, end) = Self.bounds(span)
    }

    /// `[start, end)` of a contract span; `end` is `start` when the span has no end.
    static func bounds(_ span: [Int]) -> (start: Int, end: Int) {
        let start = span.first ?? 0
        return (start, span.count > 1 ? span[1] : start)
    }

    static func rows(of f: Facts) -> [PreparedMention] {
        f.dates.map { PreparedMention(kind: "date", text: $0.text, value: $0.value, span: $0.span) }
            + f.agencies.map { PreparedMention(kind: "agency", text: $0.text, value: $0.canonical, span: $0.span) }
            + f.officials.map { PreparedMention(kind: "official", text: $0.text, value: $0.name, title: $0.title,
                                                agency: $0.agency, titles: $0.titles, span: $0.span) }
            + f.documents.map { PreparedMention(kind: "document", text: $0.text, value: $0.number, title: $0.kind,
                                                agency: $0.issuer, date: $0.date, span: $0.span) }
    }
}

/// A figure with the sentence it stands in and the agency of that sentence.
public struct PreparedMetric: Sendable {
    public var metric: MetricMention
    /// The figure's span (`end` is `start` when the mention has no end).
    public var start: Int
    public var end: Int
    public var sentence: String
    /// Canonical name of the agency mention in the same sentence nearest to the figure.
    public var agency: String?
    /// Accent-blind unit and agency, for filters.
    public var unitFolded: String?
    public var agencyFolded: String?

    init(metric: MetricMention, sentences: SentenceLocator, agencies: [AgencyMention]) {
        self.metric = metric
        let (start, end) = PreparedMention.bounds(metric.span)
        self.start = start; self.end = end
        let range = sentences.sentence(containing: start)
        sentence = sentences.substring(range)
        var best: (distance: Int, canonical: String)?
        for a in agencies where a.span.count == 2 && a.span[0] >= range.lowerBound && a.span[1] <= range.upperBound {
            let distance = a.span[1] <= start ? start - a.span[1] : max(0, a.span[0] - end)
            if best == nil || distance < best!.distance { best = (distance, a.canonical) }
        }
        agency = best?.canonical
        unitFolded = metric.unit.map(SearchAnalyzer.folded)
        agencyFolded = agency.map(SearchAnalyzer.folded)
    }
}

/// Sentence bounds in scalar offsets: a line break, or `.!?…` followed by a
/// space and then an uppercase letter, digit or quote. Decimal points and
/// `TP.HCM` have no space after the dot, so they do not end a sentence.
struct SentenceLocator {
    let scalars: [Unicode.Scalar]

    init(text: String) { scalars = UTF8Buffer.scalars(text) }

    func sentence(containing offset: Int) -> Range<Int> {
        let n = scalars.count
        let at = min(max(0, offset), n)
        var lo = at
        while lo > 0 && !isBoundary(before: lo) { lo -= 1 }
        var hi = min(at + 1, n)
        while hi < n && !isBoundary(before: hi) { hi += 1 }
        while lo < hi && scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo && scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        return lo..<hi
    }

    /// True when a sentence starts at `index` (the previous one ended just before).
    func isBoundary(before index: Int) -> Bool {
        guard index > 0, index < scalars.count else { return true }
        let prev = scalars[index - 1]
        if prev == "\n" { return true }
        guard prev == " " && index >= 2 else { return false }
        let end = scalars[index - 2]
        guard end == "." || end == "!" || end == "?" || end == "…" else { return false }
        let next = scalars[index]
        return next.properties.isUppercase || ("0"..."9").contains(next) || next == "\"" || next == "“"
    }

    func substring(_ range: Range<Int>) -> String { UTF8Buffer.string(scalars[range]) }
}
