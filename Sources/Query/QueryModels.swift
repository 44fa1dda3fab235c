import Extract

/// Requests and results shared by the CLI and the web server. Both call
/// ``CorpusQueries`` and format its results; neither writes SQL.

/// Filters that narrow a search, a figures table or a timeline.
public struct SearchFilters: Sendable, Equatable, Codable {
    public var agency: String?
    public var official: String?
    public var source: String?
    /// Inclusive ISO date bounds (`2018`, `2018-10`, `2018-10-12`).
    public var from: String?
    public var to: String?
    public init(agency: String? = nil, official: String? = nil, source: String? = nil, from: String? = nil, to: String? = nil) {
        self.agency = agency; self.official = official; self.source = source; self.from = from; self.to = to
    }
}

public struct SearchRequest: Sendable, Equatable, Codable {
    /// Free text; typed with or without diacritics; `"quoted phrases"` allowed.
    public var query: String
    public var filters: SearchFilters
    public var limit: Int
    public var offset: Int
    /// Whether to count agency, official, source and year facets over all matches.
    /// The web page shows them; a plain search skips that work (most of its cost
    /// for common words).
    public var facets: Bool
    public init(query: String, filters: SearchFilters = .init(), limit: Int = 20, offset: Int = 0, facets: Bool = true) {
        self.query = query; self.filters = filters; self.limit = limit; self.offset = offset; self.facets = facets
    }
}

/// Highlighted ranges in a snippet are wrapped in these markers; the CLI turns
/// them into bold or brackets, the server into `<mark>` after escaping.
public enum Highlight {
    public static let open = "\u{02}"
    public static let close = "\u{03}"
}

public struct SearchHit: Sendable, Equatable, Codable {
    public var articleID: Int64
    public var path: String
    public var title: String?
    public var source: String?
    /// Publication date or dominant date of the article (ISO), when known.
    public var date: String?
    /// A passage with matches wrapped in ``Highlight`` markers.
    public var snippet: String
    /// BM25 score inside the hit's rank tier (see ``ParsedQuery/rankTiers``):
    /// lower is better, as SQLite's bm25() gives it; 0 for filter-only listings.
    public var score: Double
    public init(articleID: Int64, path: String, title: String?, source: String?, date: String?, snippet: String, score: Double) {
        self.articleID = articleID; self.path = path; self.title = title; self.source = source; self.date = date; self.snippet = snippet; self.score = score
    }
}

public struct FacetCount: Sendable, Equatable, Codable {
    public var value: String
    public var count: Int
    public init(value: String, count: Int) {
        self.value = value; self.count = count
    }
}

public struct SearchResult: Sendable, Equatable, Codable {
    public var total: Int
    public var hits: [SearchHit]
    /// Counts over all matching articles, for narrowing: "agency", "official", "source", "year".
    public var facets: [String: [FacetCount]]
    public init(total: Int, hits: [SearchHit], facets: [String: [FacetCount]]) {
        self.total = total; self.hits = hits; self.facets = facets
    }
}

public struct FiguresRequest: Sendable, Equatable, Codable {
    public var query: String?
    public var unit: String?
    public var filters: SearchFilters
    public var limit: Int
    public var offset: Int
    public init(query: String? = nil, unit: String? = nil, filters: SearchFilters = .init(), limit: Int = 100, offset: Int = 0) {
        self.query = query; self.unit = unit; self.filters = filters; self.limit = limit; self.offset = offset
    }
}

/// One row of the analysts' table.
public struct FigureRow: Sendable, Equatable, Codable {
    public var articleID: Int64
    public var value: Double
    public var total: Double?
    public var max: Double?
    public var unit: String?
    public var qualifier: String?
    public var text: String
    public var sentence: String
    public var title: String?
    public var date: String?
    public var agency: String?
    public var path: String
    public init(articleID: Int64, value: Double, total: Double?, max: Double?, unit: String?, qualifier: String?, text: String, sentence: String, title: String?, date: String?, agency: String?, path: String) {
        self.articleID = articleID; self.value = value; self.total = total; self.max = max; self.unit = unit; self.qualifier = qualifier; self.text = text; self.sentence = sentence; self.title = title; self.date = date; self.agency = agency; self.path = path
    }
}

public enum EntityKind: String, Sendable, Codable, CaseIterable { case agencies, officials, documents }

public struct EntityRow: Sendable, Equatable, Codable {
    public var name: String
    /// Title for officials, kind for documents.
    public var detail: String?
    public var count: Int
    public var aliases: [String]
    public var articleIDs: [Int64]
    /// Number of distinct articles mentioning it (`count` counts mentions;
    /// `articleIDs` lists at most 500 of them).
    public var articles: Int
    public init(name: String, detail: String?, count: Int, aliases: [String], articleIDs: [Int64], articles: Int = 0) {
        self.name = name; self.detail = detail; self.count = count; self.aliases = aliases; self.articleIDs = articleIDs; self.articles = articles
    }
}

public struct TimelineBucket: Sendable, Equatable, Codable {
    /// `YYYY-MM`.
    public var month: String
    public var count: Int
    public init(month: String, count: Int) {
        self.month = month; self.count = count
    }
}

/// One indexed article with everything extracted from it.
public struct ArticleDetail: Sendable, Equatable, Codable {
    public var id: Int64
    public var path: String
    public var title: String?
    public var source: String?
    public var authors: [String]
    public var date: String?
    /// The cleaned, normalized text that the facts' spans refer to.
    public var text: String
    public var facts: Facts
    public init(id: Int64, path: String, title: String?, source: String?, authors: [String], date: String?, text: String, facts: Facts) {
        self.id = id; self.path = path; self.title = title; self.source = source; self.authors = authors; self.date = date; self.text = text; self.facts = facts
    }
}
