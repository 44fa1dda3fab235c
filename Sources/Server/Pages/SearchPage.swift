import Query

/// View model of the search page `/`.
struct SearchPage {
    struct Hidden { let name: String; let value: String }
    struct Active { let label: String; let value: String; let removeHref: String }
    struct FacetItem { let value: String; let count: Int; let href: String }
    struct FacetGroup { let key: String; let label: String; let items: [FacetItem] }
    struct Hit { let href: String; let heading: String; let date: String; let hasSource: Bool; let sourceName: String; let snippetHTML: String }

    let query: String
    let hiddenFilters: [Hidden]
    let hasActiveFilters: Bool
    let activeFilters: [Active]
    let searched: Bool
    let total: Int
    let hasHits: Bool
    let showingRange: String
    let timelineSVG: String
    let facetGroups: [FacetGroup]
    let firstNumber: Int
    let hits: [Hit]
    let previousPage: Link?
    let nextPage: Link?

    static let filterLabels: [(key: String, label: String)] = [
        ("agency", "Cơ quan"), ("official", "Cán bộ"), ("source", "Nguồn"), ("from", "Từ"), ("to", "Đến"),
    ]
    static let facetLabels: [(key: String, label: String)] = [
        ("year", "Năm"), ("agency", "Cơ quan"), ("official", "Cán bộ"), ("source", "Nguồn"),
    ]

    /// Only the parameters the page understands, in a stable order, so links stay canonical.
    static func canonical(_ params: QueryString) -> QueryString {
        var out = QueryString()
        for key in ["q", "agency", "official", "source", "from", "to", "limit", "offset"] {
            out.set(key, params.nonEmpty(key))
        }
        return out
    }

    /// Whether there is anything to search for; a bare `/` shows only the box.
    static func wantsSearch(_ request: SearchRequest) -> Bool {
        let f = request.filters
        return !request.query.isEmpty || [f.agency, f.official, f.source, f.from, f.to].contains { $0 != nil }
    }

    init(params raw: QueryString, request: SearchRequest, result: SearchResult?, timeline: [TimelineBucket]) {
        let params = Self.canonical(raw)
        let base = params.setting("offset", nil)
        query = request.query
        hiddenFilters = Self.filterLabels.compactMap { key, _ in params[key].map { Hidden(name: key, value: $0) } }
            + (params["limit"].map { [Hidden(name: "limit", value: $0)] } ?? [])
        activeFilters = Self.filterLabels.compactMap { key, label in
            params[key].map { Active(label: label, value: $0, removeHref: base.setting(key, nil).url("/")) }
        }
        hasActiveFilters = !activeFilters.isEmpty
        searched = result != nil
        let resultHits = result?.hits ?? [], facets = result?.facets ?? [:]
        total = result?.total ?? 0
        hasHits = !resultHits.isEmpty
        showingRange = Server.showingRange(offset: request.offset, count: resultHits.count)
        timelineSVG = TimelineChart.svg(timeline) { month in base.setting("from", month).setting("to", month).url("/") }
        facetGroups = Self.facetLabels.compactMap { key, label in
            guard let counts = facets[key], !counts.isEmpty else { return nil }
            let items = counts.prefix(15).map { facet -> FacetItem in
                let narrowed = key == "year"
                    ? base.setting("from", facet.value).setting("to", facet.value)
                    : base.setting(key, facet.value)
                return FacetItem(value: facet.value, count: facet.count, href: narrowed.url("/"))
            }
            return FacetGroup(key: key, label: label, items: items)
        }
        firstNumber = request.offset + 1
        hits = resultHits.map { hit in
            Hit(href: "/article/\(hit.articleID)", heading: hit.title ?? hit.path, date: hit.date ?? "",
                hasSource: hit.source != nil, sourceName: hit.source ?? "", snippetHTML: HTML.snippet(hit.snippet))
        }
        (previousPage, nextPage) = pageLinks(params, path: "/", offset: request.offset, limit: request.limit, total: total)
    }
}
