/// Aligned columns for a terminal: each cell on one line (line breaks become
/// spaces), cut to its column's width with `…`, highlights rendered after
/// cutting so markers never count towards the width.
public struct TableFormatter: Sendable {
    public var highlight: HighlightStyle
    /// Widest a column may grow, by column name; others use `defaultWidth`.
    public var widths: [String: Int]
    public var defaultWidth: Int

    public init(highlight: HighlightStyle, widths: [String: Int] = [:], defaultWidth: Int = 40) {
        self.highlight = highlight; self.widths = widths; self.defaultWidth = defaultWidth
    }

    public func format<Row: TabularRow>(_ rows: [Row]) -> String {
        format(columns: Row.columns, rows: rows.map(\.cells))
    }

    public func format(columns: [String], rows: [[String]]) -> String {
        let limits = columns.map { max(3, widths[$0] ?? defaultWidth) }
        let cut = rows.map { row in row.enumerated().map { Self.truncate(Self.oneLine($1), to: limits[$0]) } }
        var width = columns.map { Self.visibleCount($0) }
        for row in cut { for (i, cell) in row.enumerated() where i < width.count { width[i] = max(width[i], Self.visibleCount(cell)) } }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let pad = i == cells.count - 1 ? "" : String(repeating: " ", count: max(0, width[i] - Self.visibleCount(cell)))
                parts.append(highlight.render(cell) + pad)
            }
            return parts.joined(separator: "  ")
        }
        var out = line(columns.map { $0.uppercased() }) + "\n"
        for row in cut { out += line(row) + "\n" }
        return out
    }

    static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    static func isMarker(_ c: Character) -> Bool { String(c) == Highlight.open || String(c) == Highlight.close }

    /// Characters a reader sees (markers excluded).
    static func visibleCount(_ s: String) -> Int { s.reduce(0) { $0 + (isMarker($1) ? 0 : 1) } }

    /// Cuts to `limit` visible characters, ending with `…`. A highlighted phrase the cut
    /// would split ("«quy tắc ứ»") is left out whole rather than shown broken; only a
    /// highlight that starts the cell and outruns it is cut and closed.
    static func truncate(_ s: String, to limit: Int) -> String {
        guard visibleCount(s) > limit else { return s }
        var out: [Character] = [], seen = 0, openAt: Int?
        for c in s {
            if isMarker(c) {
                openAt = String(c) == Highlight.open ? out.count : nil
                out.append(c); continue
            }
            if seen == limit - 1 { break }
            out.append(c); seen += 1
        }
        if let at = openAt {
            if at > 0 {
                out.removeSubrange(at...)
                while out.last == " " { out.removeLast() }
            } else {
                out.append(contentsOf: Highlight.close)
            }
        }
        return String(out) + "…"
    }
}
