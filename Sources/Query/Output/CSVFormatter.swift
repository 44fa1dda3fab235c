/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and inner
/// quotes doubled; records end with CRLF; the first record is the header.
public enum CSVFormatter {
    public static func format(columns: [String], rows: [[String]]) -> String {
        var out = record(columns)
        for row in rows { out += record(row) }
        return out
    }

    public static func format<Row: TabularRow>(_ rows: [Row], highlight: HighlightStyle = .guillemets) -> String {
        format(columns: Row.columns, rows: rows.map { $0.cells.map(highlight.render) })
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
