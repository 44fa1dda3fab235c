import Extract
import Query

/// View model of `/article/{id}`: the highlighted text and the facts beside it.
struct ArticlePage {
    struct LegendItem { let kind: String; let label: String }
    struct FactItem { let kind: String; let text: String; let hasNote: Bool; let note: String; let href: String? }
    struct FactGroup { let label: String; let count: Int; let items: [FactItem] }

    let id: Int64
    let heading: String
    let hasDate: Bool
    let articleDate: String
    let hasSource: Bool
    let sourceName: String
    let hasAuthors: Bool
    let authors: String
    let path: String
    let legend: [LegendItem]
    let bodyHTML: String
    let factGroups: [FactGroup]

    init(_ article: ArticleDetail) {
        id = article.id
        heading = article.title ?? article.path
        hasDate = article.date != nil; articleDate = article.date ?? ""
        hasSource = article.source != nil; sourceName = article.source ?? ""
        hasAuthors = !article.authors.isEmpty; authors = article.authors.joined(separator: ", ")
        path = article.path
        legend = ArticleMarkup.Kind.allCases.map { LegendItem(kind: $0.rawValue, label: $0.label) }
        bodyHTML = ArticleMarkup.html(text: article.text, facts: article.facts)
        factGroups = Self.groups(article.facts)
    }

    static func item(_ kind: ArticleMarkup.Kind, _ text: String, _ note: String?, filter: (String, String)? = nil) -> FactItem {
        let href = filter.map { QueryString([(name: $0.0, value: $0.1)]).url("/") }
        return FactItem(kind: kind.rawValue, text: text, hasNote: !(note ?? "").isEmpty, note: note ?? "", href: href)
    }

    static func groups(_ facts: Facts) -> [FactGroup] {
        let groups: [(ArticleMarkup.Kind, [FactItem])] = [
            (.date, facts.dates.map { item(.date, $0.text, $0.value) }),
            (.agency, facts.agencies.map { item(.agency, $0.text, $0.canonical, filter: ("agency", $0.canonical)) }),
            (.official, facts.officials.map { o in
                let note = [o.name, o.title, o.agency].compactMap { $0 }.joined(separator: " · ")
                return item(.official, o.text, note, filter: ("official", o.name))
            }),
            (.metric, facts.metrics.map { m in
                var note = FiguresTable.number(m.value)
                if let total = m.total { note += "/" + FiguresTable.number(total) }
                if let max = m.max { note += "–" + FiguresTable.number(max) }
                if let unit = m.unit { note += " " + unit }
                return item(.metric, m.text, note)
            }),
            (.document, facts.documents.map { d in
                item(.document, d.text, [d.kind, d.number, d.date, d.issuer].compactMap { $0 }.joined(separator: " · "),
                     filter: ("q", "\"\(d.number)\""))
            }),
        ]
        return groups.filter { !$0.1.isEmpty }.map { FactGroup(label: $0.0.label, count: $0.1.count, items: $0.1) }
    }
}
