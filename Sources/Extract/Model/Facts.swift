import Ingest

/// Everything the recognizers found in one article.
public struct Facts: Sendable, Equatable, Codable {
    public var dates: [DateMention] = []
    public var agencies: [AgencyMention] = []
    public var officials: [OfficialMention] = []
    public var metrics: [MetricMention] = []
    public var documents: [DocumentMention] = []
    public init() {}
}

/// One line of `vnpress extract` output: the article's parts and its facts,
/// in the field order of the contract.
public struct ExtractionRecord: Sendable, Codable {
    public var file: String
    public var title: String?
    public var source: String?
    public var authors: [String]
    public var published: String?
    public var facts: Facts
    /// The cleaned, normalized text spans refer to (only with `--with-text`).
    public var text: String?
    public var diagnostics: [Diagnostic]

    public init(article: Article, facts: Facts, includeText: Bool) {
        file = article.file; title = article.title; source = article.source; authors = article.authors
        published = article.published; self.facts = facts
        text = includeText ? article.text : nil
        diagnostics = article.diagnostics
    }

    enum CodingKeys: String, CodingKey {
        case file, title, source, authors, published, dates, agencies, officials, metrics, documents, text, diagnostics
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        published = try c.decodeIfPresent(String.self, forKey: .published)
        facts = Facts()
        facts.dates = try c.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
        facts.agencies = try c.decodeIfPresent([AgencyMention].self, forKey: .agencies) ?? []
        facts.officials = try c.decodeIfPresent([OfficialMention].self, forKey: .officials) ?? []
        facts.metrics = try c.decodeIfPresent([MetricMention].self, forKey: .metrics) ?? []
        facts.documents = try c.decodeIfPresent([DocumentMention].self, forKey: .documents) ?? []
        text = try c.decodeIfPresent(String.self, forKey: .text)
        diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(title, forKey: .title)
        try c.encode(source, forKey: .source)
        try c.encode(authors, forKey: .authors)
        try c.encode(published, forKey: .published)
        try c.encode(facts.dates, forKey: .dates)
        try c.encode(facts.agencies, forKey: .agencies)
        try c.encode(facts.officials, forKey: .officials)
        try c.encode(facts.metrics, forKey: .metrics)
        try c.encode(facts.documents, forKey: .documents)
        if let text { try c.encode(text, forKey: .text) }
        try c.encode(diagnostics, forKey: .diagnostics)
    }
}
