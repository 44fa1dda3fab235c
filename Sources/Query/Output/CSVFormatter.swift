/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and inner
/// quotes doubled; records end with CRLF; the first record is the header.
/// The one CSV writer of the CLI and the server.
public enum CSVFormatter {
    public static func format(columns: [String], rows: [[String]]) -> String {
        var out = record(columns)
        for row in rows { out += record(row) }
        return out
    }

    public static func format<Row: TabularRow>(_ rows: [Row], highlight: HighlightStyle = .guillemets) -> String {
        format(columns: Row.columns, rows: rows.map { $0.cells.map(highlight.render) })
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or
    /// CR first) get a leading `'`, as OWASP advises for CSV exports: scraped sentences
    /// and titles are untrusted. Numbers (`-5`, `+3.5`) are left as they are.
    public static func field(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
