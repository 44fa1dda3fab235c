import Query

/// View model of `/figures`: filters, a sortable table, CSV and JSON links.
struct FiguresPage {
    struct Column { let label: String; let href: String?; let arrow: String }
    struct Row { let date: String; let text: String; let value: String; let unit: String; let agency: String
        let href: String; let heading: String; let sentence: String }

    let query: String, unit: String, agency: String, from: String, to: String
    let sortParameter: String?
    let total: Int
    let hasRows: Bool
    let showingRange: String
    let csvHref: String
    let jsonHref: String
    let columns: [Column]
    let rows: [Row]
    let previousPage: Link?
    let nextPage: Link?

    static let keys = ["q", "unit", "agency", "official", "source", "from", "to", "sort", "limit", "offset"]

    static func canonical(_ params: QueryString) -> QueryString {
        var out = QueryString()
        for key in keys { out.set(key, params.nonEmpty(key)) }
        return out
    }

    /// - Parameters:
    ///   - all: every matching row, already sorted; the page shows `request.offset ..< +limit`.
    init(params raw: QueryString, request: FiguresRequest, sort: FiguresTable.Sort?, all: [FigureRow]) {
        let params = Self.canonical(raw)
        let filters = params.setting("offset", nil).setting("limit", nil)
        query = request.query ?? ""; unit = request.unit ?? ""; agency = request.filters.agency ?? ""
        from = request.filters.from ?? ""; to = request.filters.to ?? ""
        sortParameter = sort?.parameter
        total = all.count
        let page = Array(all.dropFirst(request.offset).prefix(request.limit))
        hasRows = !page.isEmpty
        showingRange = Server.showingRange(offset: request.offset, count: page.count)
        csvHref = filters.url("/figures.csv")
        jsonHref = params.url("/api/figures")
        let headers: [(String, String?)] = [("Ngày", "date"), ("Số liệu", nil), ("Giá trị", "value"), ("Đơn vị", "unit"),
                                            ("Cơ quan", "agency"), ("Bài viết", "title"), ("Câu", nil)]
        columns = headers.map { label, column in
            guard let column else { return Column(label: label, href: nil, arrow: "") }
            let active = sort?.column == column
            let next = active && sort?.descending == false ? "-" + column : column
            let arrow = active ? (sort!.descending ? " ▼" : " ▲") : ""
            return Column(label: label, href: params.setting("offset", nil).setting("sort", next).url("/figures"), arrow: arrow)
        }
        rows = page.map { row in
            var value = FiguresTable.number(row.value)
            if let total = row.total { value += "/" + FiguresTable.number(total) }
            if let max = row.max { value += "–" + FiguresTable.number(max) }
            return Row(date: row.date ?? "", text: row.text, value: value, unit: row.unit ?? "", agency: row.agency ?? "",
                       href: "/article/\(row.articleID)", heading: row.title ?? row.path, sentence: row.sentence)
        }
        (previousPage, nextPage) = pageLinks(params, path: "/figures", offset: request.offset, limit: request.limit, total: all.count)
    }
}
