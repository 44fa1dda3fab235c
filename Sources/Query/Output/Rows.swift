import Foundation

extension SearchHit: TabularRow {
    public static let columns = ["id", "date", "source", "title", "snippet", "path", "score"]
    public var cells: [String] {
        [String(articleID), date ?? "", source ?? "", title ?? "", snippet, path, String(format: "%.4g", score)]
    }
}

extension FigureRow: TabularRow {
    public static let columns = ["value", "total", "max", "unit", "qualifier", "text", "agency", "date", "title", "sentence", "article_id", "path"]
    public var cells: [String] {
        [formatNumber(value), formatNumber(total), formatNumber(max), unit ?? "", qualifier ?? "", text, agency ?? "",
         date ?? "", title ?? "", sentence, String(articleID), path]
    }
}

extension EntityRow: TabularRow {
    public static let columns = ["name", "detail", "articles", "mentions", "aliases", "article_ids"]
    public var cells: [String] {
        [name, detail ?? "", String(articles), String(count), aliases.joined(separator: "; "),
         articleIDs.map(String.init).joined(separator: " ")]
    }
}

extension TimelineBucket: TabularRow {
    public static let columns = ["month", "count"]
    public var cells: [String] { [month, String(count)] }
}

/// JSON for listing commands: one array, pretty-printed, keys sorted;
/// highlight markers in snippets become `«` `»`.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
            .replacingOccurrences(of: "\\u0002", with: "«").replacingOccurrences(of: "\\u0003", with: "»")
        return HighlightStyle.guillemets.render(json) + "\n"
    }
}
