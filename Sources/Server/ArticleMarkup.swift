import Extract
import Query

/// Turns an article's text and the spans of its facts into HTML with every
/// fact highlighted. Spans count Unicode scalars of ``ArticleDetail/text``,
/// `[start, end)`; invalid or overlapping spans are skipped, never trusted.
public enum ArticleMarkup {
    public enum Kind: String, Sendable, CaseIterable {
        case date, agency, official, metric, document
        public var label: String {
            switch self {
            case .date: return "Ngày tháng"
            case .agency: return "Cơ quan"
            case .official: return "Cán bộ"
            case .metric: return "Số liệu"
            case .document: return "Văn bản"
            }
        }
    }

    public struct Marked: Sendable, Equatable {
        public var kind: Kind
        public var start: Int
        public var end: Int
        /// Shown on hover: the normalized value (ISO date, canonical name, ...).
        public var note: String
    }

    public static func marks(_ facts: Facts) -> [Marked] {
        var marks: [Marked] = []
        func add(_ kind: Kind, _ span: [Int], _ note: String) {
            guard span.count == 2 else { return }
            marks.append(Marked(kind: kind, start: span[0], end: span[1], note: note))
        }
        for d in facts.dates { add(.date, d.span, d.value) }
        for a in facts.agencies { add(.agency, a.span, a.canonical) }
        for o in facts.officials { add(.official, o.span, [o.name, o.title, o.agency].compactMap { $0 }.joined(separator: " · ")) }
        for m in facts.metrics { add(.metric, m.span, [FiguresTable.number(m.value), m.unit].compactMap { $0 }.joined(separator: " ")) }
        for d in facts.documents { add(.document, d.span, [d.kind, d.number].compactMap { $0 }.joined(separator: " ")) }
        return marks
    }

    /// The article body as HTML: escaped text with `<mark class="f-KIND">` around facts.
    public static func html(text: String, facts: Facts) -> String {
        let scalars = Array(text.unicodeScalars)
        let ordered = marks(facts)
            .filter { $0.start >= 0 && $0.end <= scalars.count && $0.start < $0.end }
            .sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out = ""
        var cursor = 0
        func piece(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            return HTML.escape(String(view))
        }
        for mark in ordered where mark.start >= cursor {
            out += piece(cursor, mark.start)
            out += "<mark class=\"f-\(mark.kind.rawValue)\" title=\"\(HTML.escape(mark.kind.label + ": " + mark.note))\">"
            out += piece(mark.start, mark.end) + "</mark>"
            cursor = mark.end
        }
        return out + piece(cursor, scalars.count)
    }
}
