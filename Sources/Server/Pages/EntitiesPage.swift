import Query

/// View model of `/entities/{kind}`: names with counts, each leading to its articles.
struct EntitiesPage {
    struct Tab { let label: String; let href: String }
    struct ArticleLink { let id: Int64; let href: String }
    struct Row { let name: String; let searchHref: String; let detail: String; let count: Int; let aliases: String; let articles: [ArticleLink] }

    let heading: String
    let tabs: [Tab]
    let formAction: String
    let query: String
    let detailLabel: String
    let rows: [Row]

    static func label(_ kind: EntityKind) -> String {
        switch kind {
        case .agencies: return "Cơ quan"
        case .officials: return "Cán bộ"
        case .documents: return "Văn bản"
        }
    }

    /// Where a name leads: the search narrowed to it (documents by their number as a phrase).
    static func searchURL(_ kind: EntityKind, _ name: String) -> String {
        switch kind {
        case .agencies: return QueryString([(name: "agency", value: name)]).url("/")
        case .officials: return QueryString([(name: "official", value: name)]).url("/")
        case .documents: return QueryString([(name: "q", value: "\"\(name)\"")]).url("/")
        }
    }

    init(kind: EntityKind, query: String?, rows entities: [EntityRow]) {
        heading = Self.label(kind)
        tabs = EntityKind.allCases.map { Tab(label: Self.label($0), href: "/entities/\($0.rawValue)") }
        formAction = "/entities/\(kind.rawValue)"
        self.query = query ?? ""
        detailLabel = kind == .officials ? "Chức vụ" : (kind == .documents ? "Loại" : "")
        rows = entities.map { entity in
            Row(name: entity.name, searchHref: Self.searchURL(kind, entity.name), detail: entity.detail ?? "",
                count: entity.count, aliases: entity.aliases.joined(separator: "; "),
                articles: entity.articleIDs.prefix(10).map { ArticleLink(id: $0, href: "/article/\($0)") })
        }
    }
}
