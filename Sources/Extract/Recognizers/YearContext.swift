import VietText

/// Where the year of a day/month date comes from, in the contract's order:
/// a stated year in the same sentence, then in the same paragraph, then the
/// article's publication date, then the one year the whole article is about.
/// Anything that would take reasoning across the article leaves the year unknown.
public struct YearContext: Sendable {
    /// Token index and year of every plainly stated year (full dates, month/year, years).
    public private(set) var anchors: [(index: Int, year: Int)] = []
    let tokenized: TokenizedText
    let published: Int?

    public init(tokenized: TokenizedText, published: String?) {
        self.tokenized = tokenized
        if let published, published.count >= 4, let y = Int(published.prefix(4)), DateReading.isYear(y) {
            self.published = y
        } else {
            self.published = nil
        }
    }

    public mutating func add(year: Int, at index: Int) { anchors.append((index, year)) }

    /// The year to give a date written at token `i` without one, or nil (`XXXX`).
    public func year(forTokenAt i: Int) -> Int? {
        let tokens = tokenized.tokens
        guard i >= 0 && i < tokens.count else { return published ?? articleYear }
        let sentence = tokens[i].sentence
        if sentence < tokenized.sentences.count, let y = nearest(to: i, in: tokenized.sentences[sentence]) { return y }
        if let p = paragraph(of: i), let y = nearest(to: i, in: tokenized.paragraphs[p]) { return y }
        return published ?? articleYear
    }

    /// The article's dominant year: the year more than half of its stated years
    /// give (so 8 × 2017 beside one 2016 of background says 2017), else nil.
    /// A bare plurality is not enough: an article comparing 2016 with 2017
    /// does not tell which year its undated days belong to.
    public var articleYear: Int? {
        guard !anchors.isEmpty else { return nil }
        var counts: [Int: Int] = [:]
        for a in anchors { counts[a.year, default: 0] += 1 }
        guard let (year, count) = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { return nil }
        return 2 * count > anchors.count ? year : nil
    }

    private func nearest(to i: Int, in range: Range<Int>) -> Int? {
        var best: (distance: Int, year: Int)?
        for a in anchors where range.contains(a.index) {
            let d = abs(a.index - i)
            if best == nil || d < best!.distance { best = (d, a.year) }
        }
        return best?.year
    }

    private func paragraph(of i: Int) -> Int? {
        let ps = tokenized.paragraphs
        var lo = 0, hi = ps.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if ps[mid].upperBound <= i { lo = mid + 1 } else if ps[mid].lowerBound > i { hi = mid - 1 } else { return mid }
        }
        return nil
    }
}
