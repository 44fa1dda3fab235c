import Extract
import Foundation
@testable import Query

/// A small in-memory corpus with the behaviour the server relies on: search
/// with or without diacritics, filters, facets, snippets with highlight
/// markers, figures, entities and a timeline. Stands in for the SQLite index.
final class FakeCorpus: CorpusQuerying, @unchecked Sendable {
    var articles: [ArticleDetail]
    /// When set, every query throws it (to check that errors never reach clients).
    var failure: Error?

    init(articles: [ArticleDetail] = FakeCorpus.sample) { self.articles = articles }

    static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    static func terms(_ query: String) -> [String] {
        fold(query).split(whereSeparator: { $0 == " " || $0 == "\"" }).map(String.init)
    }

    func matching(_ query: String, _ filters: SearchFilters) -> [ArticleDetail] {
        let terms = Self.terms(query)
        return articles.filter { article in
            let haystack = Self.fold((article.title ?? "") + " " + article.text)
            guard terms.allSatisfy({ haystack.contains($0) }) else { return false }
            if let agency = filters.agency, !article.facts.agencies.contains(where: { $0.canonical == agency }) { return false }
            if let official = filters.official, !article.facts.officials.contains(where: { $0.name == official }) { return false }
            if let source = filters.source, article.source != source { return false }
            let date = article.date ?? ""
            if let from = filters.from, date.isEmpty || String(date.prefix(from.count)) < from { return false }
            if let to = filters.to, date.isEmpty || String(date.prefix(to.count)) > to { return false }
            return true
        }
    }

    func snippet(_ text: String, _ terms: [String]) -> String {
        let words = text.split(separator: " ")
        let first = words.firstIndex { word in terms.contains { Self.fold(String(word)).contains($0) } } ?? 0
        let window = words[max(0, first - 4)..<min(words.count, first + 10)]
        return window.map { word in
            terms.contains { Self.fold(String(word)).contains($0) } ? Highlight.open + word + Highlight.close : String(word)
        }.joined(separator: " ")
    }

    func search(_ request: SearchRequest) throws -> SearchResult {
        if let failure { throw failure }
        let found = matching(request.query, request.filters).sorted { ($0.date ?? "") > ($1.date ?? "") }
        var facets: [String: [String: Int]] = [:]
        for article in found {
            for name in Set(article.facts.agencies.map(\.canonical)) { facets["agency", default: [:]][name, default: 0] += 1 }
            for name in Set(article.facts.officials.map(\.name)) { facets["official", default: [:]][name, default: 0] += 1 }
            if let source = article.source { facets["source", default: [:]][source, default: 0] += 1 }
            if let date = article.date { facets["year", default: [:]][String(date.prefix(4)), default: 0] += 1 }
        }
        let terms = Self.terms(request.query)
        let hits = found.dropFirst(request.offset).prefix(request.limit).map { article in
            SearchHit(articleID: article.id, path: article.path, title: article.title, source: article.source,
                      date: article.date, snippet: snippet(article.text, terms), score: -1)
        }
        return SearchResult(total: found.count, hits: Array(hits), facets: facets.mapValues { counts in
            counts.map { FacetCount(value: $0.key, count: $0.value) }.sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        })
    }

    func figures(_ request: FiguresRequest) throws -> [FigureRow] {
        if let failure { throw failure }
        let rows = matching(request.query ?? "", request.filters).flatMap { article in
            article.facts.metrics.compactMap { metric -> FigureRow? in
                if let unit = request.unit, metric.unit != unit { return nil }
                return FigureRow(articleID: article.id, value: metric.value, total: metric.total, max: metric.max,
                                 unit: metric.unit, qualifier: metric.qualifier?.rawValue, text: metric.text,
                                 sentence: article.text, title: article.title, date: article.date,
                                 agency: article.facts.agencies.first?.canonical, path: article.path)
            }
        }
        return Array(rows.dropFirst(request.offset).prefix(request.limit))
    }

    func entities(_ kind: EntityKind, query: String?, limit: Int) throws -> [EntityRow] {
        if let failure { throw failure }
        var rows: [String: EntityRow] = [:]
        for article in articles {
            let names: [(String, String?)]
            switch kind {
            case .agencies: names = article.facts.agencies.map { ($0.canonical, nil) }
            case .officials: names = article.facts.officials.map { ($0.name, $0.title) }
            case .documents: names = article.facts.documents.map { ($0.number, $0.kind) }
            }
            for (name, detail) in names {
                var row = rows[name] ?? EntityRow(name: name, detail: detail, count: 0, aliases: [], articleIDs: [])
                if !row.articleIDs.contains(article.id) { row.articleIDs.append(article.id); row.count += 1 }
                rows[name] = row
            }
        }
        let wanted = query.map(Self.fold)
        return Array(rows.values.filter { row in wanted.map { Self.fold(row.name).contains($0) } ?? true }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(limit))
    }

    func article(id: Int64) throws -> ArticleDetail? {
        if let failure { throw failure }
        return articles.first { $0.id == id }
    }

    func timeline(query: String, filters: SearchFilters) throws -> [TimelineBucket] {
        if let failure { throw failure }
        var counts: [String: Int] = [:]
        for article in matching(query, filters) { if let date = article.date { counts[String(date.prefix(7)), default: 0] += 1 } }
        return counts.sorted { $0.key < $1.key }.map { TimelineBucket(month: $0.key, count: $0.value) }
    }
}
