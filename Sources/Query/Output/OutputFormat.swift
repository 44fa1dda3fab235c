/// How listing commands print results.
/// - `table`: aligned columns for a terminal, long cells truncated with `…`.
/// - `json`: one JSON array of objects (not JSON Lines), keys as in the Codable models.
/// - `csv`: RFC 4180 (CRLF line ends, quoted fields when needed), a header row first.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv
}

/// How ``Highlight`` markers are shown.
public enum HighlightStyle: Sendable {
    /// ANSI bold, for a terminal.
    case bold
    /// `«` and `»`, for pipes, files and CSV.
    case guillemets
    /// Markers removed.
    case plain

    public func render(_ text: String) -> String {
        switch self {
        case .bold: text.replacingOccurrences(of: Highlight.open, with: "\u{1B}[1m").replacingOccurrences(of: Highlight.close, with: "\u{1B}[0m")
        case .guillemets: text.replacingOccurrences(of: Highlight.open, with: "«").replacingOccurrences(of: Highlight.close, with: "»")
        case .plain: text.replacingOccurrences(of: Highlight.open, with: "").replacingOccurrences(of: Highlight.close, with: "")
        }
    }
}

/// A result row that prints as table or CSV cells.
public protocol TabularRow {
    static var columns: [String] { get }
    /// Cells in column order; may contain ``Highlight`` markers.
    var cells: [String] { get }
}

/// Plain text for a number: integers without a decimal point (`30000`, not `30000.0`).
public func formatNumber(_ value: Double?) -> String {
    guard let value else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
