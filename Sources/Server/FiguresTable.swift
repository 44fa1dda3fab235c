import Query

/// Sorting and CSV export of the analysts' figures table. The index returns
/// rows in its own order; the server sorts so any column can be chosen.
public enum FiguresTable {
    /// Columns a `sort` parameter may name; `-column` sorts descending.
    public static let sortableColumns = ["date", "value", "unit", "agency", "title"]
    /// Most rows fetched for sorting or export in one request.
    public static let maxRows = 10_000

    public struct Sort: Sendable, Equatable {
        public var column: String
        public var descending: Bool
        public var parameter: String { (descending ? "-" : "") + column }
    }

    public static func sort(_ params: QueryString) throws -> Sort? {
        guard let raw = params.nonEmpty("sort") else { return nil }
        let descending = raw.hasPrefix("-")
        let column = descending ? String(raw.dropFirst()) : raw
        guard sortableColumns.contains(column) else {
            throw ClientError.badRequest("Parameter 'sort' must be one of \(sortableColumns.joined(separator: ", ")), optionally prefixed with '-'.")
        }
        return Sort(column: column, descending: descending)
    }

    /// Stable sort; rows without a value in the column always come last.
    public static func sorted(_ rows: [FigureRow], by sort: Sort?) -> [FigureRow] {
        guard let sort else { return rows }
        func key(_ row: FigureRow) -> String? {
            switch sort.column {
            case "date": return row.date
            case "unit": return row.unit
            case "agency": return row.agency
            default: return row.title
            }
        }
        return rows.enumerated().sorted { a, b in
            let order: Bool?
            if sort.column == "value" {
                order = a.element.value == b.element.value ? nil
                    : (sort.descending ? a.element.value > b.element.value : a.element.value < b.element.value)
            } else {
                switch (key(a.element), key(b.element)) {
                case (nil, nil): order = nil
                case (nil, _): order = false
                case (_, nil): order = true
                case let (x?, y?): order = x == y ? nil : (sort.descending ? x > y : x < y)
                }
            }
            return order ?? (a.offset < b.offset)
        }.map(\.element)
    }

    public static let csvHeader = ["article_id", "date", "value", "total", "max", "unit", "qualifier",
                                   "text", "sentence", "agency", "title", "path"]

    /// The figures as CSV, written by the CLI's ``CSVFormatter`` (RFC 4180, formula-safe).
    public static func csv(_ rows: [FigureRow]) -> String {
        CSVFormatter.format(columns: csvHeader, rows: rows.map { row in
            [
                String(row.articleID), row.date ?? "", number(row.value), row.total.map(number) ?? "",
                row.max.map(number) ?? "", row.unit ?? "", row.qualifier ?? "", row.text, row.sentence,
                row.agency ?? "", row.title ?? "", row.path,
            ]
        })
    }

    /// `30000` rather than `30000.0`; fractions as Swift prints them (`1.2`).
    public static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
