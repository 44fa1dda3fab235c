import Query

/// Validation of what comes in the URL. Every limit here is a promise to the
/// index: no query it receives from the web is oversized or malformed.
public enum RequestParameters {
    public static let maxQueryLength = 500
    public static let maxFilterLength = 300
    public static let maxLimit = 200

    /// Free text, at most ``maxQueryLength`` characters.
    public static func text(_ params: QueryString, _ name: String, max: Int = maxFilterLength) throws -> String? {
        guard let value = params.nonEmpty(name) else { return nil }
        if value.count > max {
            throw ClientError.badRequest("Parameter '\(name)' is too long (at most \(max) characters).")
        }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
            throw ClientError.badRequest("Parameter '\(name)' contains control characters.")
        }
        return value
    }

    public static func integer(_ params: QueryString, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = params.nonEmpty(name) else { return value }
        guard raw.count <= 9, raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), let number = Int(raw) else {
            throw ClientError.badRequest("Parameter '\(name)' must be an integer.")
        }
        guard range.contains(number) else {
            throw ClientError.badRequest("Parameter '\(name)' must be between \(range.lowerBound) and \(range.upperBound).")
        }
        return number
    }

    public static func limit(_ params: QueryString, default value: Int) throws -> Int {
        try integer(params, "limit", default: value, range: 1...maxLimit)
    }

    public static func offset(_ params: QueryString) throws -> Int {
        try integer(params, "offset", default: 0, range: 0...1_000_000)
    }

    /// An ISO date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public static func date(_ params: QueryString, _ name: String) throws -> String? {
        guard let raw = params.nonEmpty(name) else { return nil }
        guard isISODate(raw) else {
            throw ClientError.badRequest("Parameter '\(name)' must be a date written YYYY, YYYY-MM or YYYY-MM-DD.")
        }
        return raw
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return false }
        let widths = [4, 2, 2]
        for (index, part) in parts.enumerated() {
            guard part.count == widths[index], part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        }
        if parts.count >= 2, !(1...12).contains(Int(parts[1])!) { return false }
        if parts.count == 3, !(1...31).contains(Int(parts[2])!) { return false }
        return true
    }

    public static func filters(_ params: QueryString) throws -> SearchFilters {
        SearchFilters(
            agency: try text(params, "agency"), official: try text(params, "official"),
            source: try text(params, "source"),
            from: try date(params, "from"), to: try date(params, "to"))
    }

    public static func search(_ params: QueryString) throws -> SearchRequest {
        SearchRequest(
            query: try text(params, "q", max: maxQueryLength) ?? "",
            filters: try filters(params),
            limit: try limit(params, default: 20), offset: try offset(params))
    }

    public static func figures(_ params: QueryString) throws -> FiguresRequest {
        FiguresRequest(
            query: try text(params, "q", max: maxQueryLength), unit: try text(params, "unit", max: 100),
            filters: try filters(params),
            limit: try limit(params, default: 100), offset: try offset(params))
    }

    public static func entityKind(_ raw: String?) throws -> EntityKind {
        guard let raw, let kind = EntityKind(rawValue: raw) else {
            throw ClientError.notFound("Unknown entity kind. Use one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return kind
    }

    public static func articleID(_ raw: String?) throws -> Int64 {
        guard let raw, raw.count <= 18, raw.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int64(raw) else {
            throw ClientError.badRequest("The article id must be a positive integer.")
        }
        return id
    }
}
