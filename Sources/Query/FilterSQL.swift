import GRDB
import VietText

/// A filter value the query layer cannot use (a malformed date, say).
public struct QueryError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// SQL conditions over `articles a` for ``SearchFilters``; every value is bound, never spliced.
struct FilterSQL {
    var conditions: [String] = []
    var arguments = StatementArguments()

    init(_ filters: SearchFilters) throws {
        if let agency = Self.nonEmpty(filters.agency) {
            conditions.append("EXISTS (SELECT 1 FROM mentions x WHERE x.article_id = a.id AND x.kind = 'agency' AND x.folded LIKE ? ESCAPE '\\')")
            _ = arguments.append(contentsOf: [Self.contains(agency)])
        }
        if let official = Self.nonEmpty(filters.official) {
            conditions.append("EXISTS (SELECT 1 FROM mentions x WHERE x.article_id = a.id AND x.kind = 'official' AND x.folded LIKE ? ESCAPE '\\')")
            _ = arguments.append(contentsOf: [Self.contains(official)])
        }
        if let source = Self.nonEmpty(filters.source) {
            conditions.append("a.source_folded LIKE ? ESCAPE '\\'")
            _ = arguments.append(contentsOf: [Self.contains(source)])
        }
        if let from = Self.nonEmpty(filters.from) {
            try Self.validate(from, "--from")
            conditions.append("a.date >= ?")
            _ = arguments.append(contentsOf: [from])
        }
        if let to = Self.nonEmpty(filters.to) {
            try Self.validate(to, "--to")
            // `2018-10` includes every day of October: compare against `2018-10~`.
            conditions.append("a.date <= ?")
            _ = arguments.append(contentsOf: [to + "~"])
        }
    }

    var sql: String { conditions.isEmpty ? "1" : conditions.joined(separator: " AND ") }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        return s
    }

    /// `%folded%` with LIKE's wildcards escaped.
    static func contains(_ text: String) -> String { "%\(escapedFolded(text))%" }

    /// The folded text with LIKE's wildcards and escape character escaped.
    static func escapedFolded(_ text: String) -> String {
        SearchAnalyzer.folded(text)
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static func validate(_ date: String, _ flag: String) throws {
        let s = Array(date.utf8)
        let ok = [4, 7, 10].contains(s.count) && s.enumerated().allSatisfy { i, c in
            (i == 4 || i == 7) ? c == UInt8(ascii: "-") : (c >= 48 && c <= 57)
        }
        if !ok { throw QueryError("\(flag) \(date): expected an ISO date (2018, 2018-10 or 2018-10-12)") }
    }
}

import Foundation
