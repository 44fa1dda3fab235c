/// The facts of one article, exactly as `../shared/EXTRACTION.md` (v1) writes them.
/// Every type encodes absent values as `null`, never omits them.

/// A calendar reference: `Sáng 12/10` → `2018-10-12`, `quý I/2019` → `2019-Q1`.
public struct DateMention: Sendable, Equatable, Codable {
    public var text: String
    /// ISO 8601 / TIMEX3 value: `2019-06-19`, `XXXX-10-12`, `2018-10`, `2018`, `2019-Q1`, `2018/2020`.
    public var value: String
    public var span: [Int]
    public init(text: String, value: String, span: [Int]) { self.text = text; self.value = value; self.span = span }
}

/// A named organisation with its canonical (expanded, localized) name.
public struct AgencyMention: Sendable, Equatable, Codable {
    public var text: String
    public var canonical: String
    public var span: [Int]
    public init(text: String, canonical: String, span: [Int]) { self.text = text; self.canonical = canonical; self.span = span }
}

/// A person named with an official position.
public struct OfficialMention: Sendable, Equatable, Codable {
    public var text: String
    public var name: String
    /// The first stated position, without its organisation ("Phó Giám đốc").
    public var title: String?
    /// Further positions held ("Trưởng đoàn"); empty when none.
    public var titles: [String]
    /// Canonical name of the organisation the title belongs to.
    public var agency: String?
    public var span: [Int]
    public init(text: String, name: String, title: String?, titles: [String] = [], agency: String?, span: [Int]) {
        self.text = text; self.name = name; self.title = title; self.titles = titles; self.agency = agency; self.span = span
    }
    enum CodingKeys: String, CodingKey { case text, name, title, titles, agency, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title); try c.encode(titles, forKey: .titles)
        try c.encode(agency, forKey: .agency); try c.encode(span, forKey: .span)
    }
}

/// A figure written with digits: `hơn 30.000 sổ tay`, `13/13 phường`, `1,2 tỷ đồng`.
public struct MetricMention: Sendable, Equatable, Codable {
    public enum Qualifier: String, Sendable, Codable { case over, under, about, nearly, at_least, at_most }
    public var text: String
    public var value: Double
    /// Denominator of a ratio (`13/13` → 13).
    public var total: Double?
    /// Upper end of a range (`3-5 ngày` → 5).
    public var max: Double?
    /// What is counted or measured, without quantity words (`sổ tay`, `%`, `đồng`).
    public var unit: String?
    public var qualifier: Qualifier?
    public var span: [Int]
    public init(text: String, value: Double, total: Double? = nil, max: Double? = nil, unit: String?,
                qualifier: Qualifier? = nil, span: [Int]) {
        self.text = text; self.value = value; self.total = total; self.max = max; self.unit = unit
        self.qualifier = qualifier; self.span = span
    }
    enum CodingKeys: String, CodingKey { case text, value, total, max, unit, qualifier, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(value, forKey: .value)
        try c.encode(total, forKey: .total); try c.encode(max, forKey: .max)
        try c.encode(unit, forKey: .unit); try c.encode(qualifier, forKey: .qualifier)
        try c.encode(span, forKey: .span)
    }
}

/// A legal or administrative document cited by number.
public struct DocumentMention: Sendable, Equatable, Codable {
    public var text: String
    /// Number-and-symbol as written, spaces removed: `04/KH-HĐTĐKT`.
    public var number: String
    /// Document type word: `Kế hoạch`, `Quyết định`, ...
    public var kind: String?
    /// Signing date (ISO), when given.
    public var date: String?
    /// Canonical issuing agency, when stated.
    public var issuer: String?
    public var span: [Int]
    public init(text: String, number: String, kind: String?, date: String? = nil, issuer: String? = nil, span: [Int]) {
        self.text = text; self.number = number; self.kind = kind; self.date = date; self.issuer = issuer; self.span = span
    }
    enum CodingKeys: String, CodingKey { case text, number, kind, date, issuer, span }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(number, forKey: .number)
        try c.encode(kind, forKey: .kind); try c.encode(date, forKey: .date)
        try c.encode(issuer, forKey: .issuer); try c.encode(span, forKey: .span)
    }
}
