import Foundation
import Query

/// One benchmark query: free text exactly as a user types it (quotes kept, so
/// phrase search is exercised) plus the filters of the line.
struct BenchQuery: Sendable {
    var line: Int
    var text: String
    var filters: SearchFilters

    /// The same query as `vnpress search` arguments.
    func cliArguments(db: String, limit: Int) -> [String] {
        var arguments = ["search", text, "--db", db]
        if let agency = filters.agency { arguments += ["--agency", agency] }
        if let official = filters.official { arguments += ["--official", official] }
        if let source = filters.source { arguments += ["--source", source] }
        if let from = filters.from { arguments += ["--from", from] }
        if let to = filters.to { arguments += ["--to", to] }
        return arguments + ["--limit", String(limit), "--format", "json"]
    }

    /// As `vnpress search` asks it: a page of 20 ranked hits with snippets and the total.
    var request: SearchRequest { SearchRequest(query: text, filters: filters, limit: 20, facets: false) }

    /// The line as written, for reports.
    var label: String {
        var parts = [text]
        if let agency = filters.agency { parts.append("--agency \(agency)") }
        if let official = filters.official { parts.append("--official \(official)") }
        if let source = filters.source { parts.append("--source \(source)") }
        if let from = filters.from { parts.append("--from \(from)") }
        if let to = filters.to { parts.append("--to \(to)") }
        return parts.joined(separator: " ")
    }
}

struct QueryFileError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "\(file):\(line): \(message)" }
}

/// Reads `queries.txt`: one query a line, `#` comments, filters written like
/// the CLI's (`giáo dục --from 2018 --to 2019-06`). A filter's value runs to
/// the next filter, so agency names may contain spaces; the query text before
/// the first filter is kept verbatim, quotes included.
enum QueryFile {
    static let flags = ["agency", "official", "source", "from", "to"]

    static func loadBundled() throws -> [BenchQuery] {
        guard let url = Bundle.module.url(forResource: "queries", withExtension: "txt") else {
            throw QueryFileError(file: "queries.txt", line: 0, message: "missing from the bench target's resources")
        }
        return try parse(String(contentsOf: url, encoding: .utf8), file: url.path)
    }

    static func parse(_ contents: String, file: String) throws -> [BenchQuery] {
        var queries: [BenchQuery] = []
        for (offset, raw) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            queries.append(try parseLine(line, number: offset + 1, file: file))
        }
        return queries
    }

    static func parseLine(_ line: String, number: Int, file: String) throws -> BenchQuery {
        // Split "text --flag value --flag value" at each " --flag ".
        var pieces: [(flag: String?, value: String)] = [(nil, "")]
        var rest = Substring(" " + line)
        while !rest.isEmpty {
            if let next = nextFlag(in: rest) {
                pieces[pieces.count - 1].value += rest[rest.startIndex..<next.range.lowerBound]
                pieces.append((next.flag, ""))
                rest = rest[next.range.upperBound...]
            } else {
                pieces[pieces.count - 1].value += rest
                rest = ""
            }
        }
        let text = pieces[0].value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            throw QueryFileError(file: file, line: number, message: "no query text before the filters")
        }
        var filters = SearchFilters()
        for piece in pieces.dropFirst() {
            let value = piece.value.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else {
                throw QueryFileError(file: file, line: number, message: "--\(piece.flag!) needs a value")
            }
            switch piece.flag! {
            case "agency": filters.agency = value
            case "official": filters.official = value
            case "source": filters.source = value
            case "from": filters.from = value
            default: filters.to = value
            }
        }
        return BenchQuery(line: number, text: text, filters: filters)
    }

    private static func nextFlag(in text: Substring) -> (flag: String, range: Range<Substring.Index>)? {
        var best: (flag: String, range: Range<Substring.Index>)?
        for flag in flags {
            if let range = text.range(of: " --\(flag) "), best == nil || range.lowerBound < best!.range.lowerBound {
                best = (flag, range)
            }
        }
        return best
    }
}
