import Mustache

/// Renders a page body with its template and wraps it in the layout.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() {
        HTML.registerContentType()
        var library = MustacheLibrary()
        let templates = [
            "layout": LayoutTemplate.text, "search": SearchTemplate.text, "article": ArticleTemplate.text,
            "figures": FiguresTemplate.text, "entities": EntitiesTemplate.text,
        ]
        for (name, text) in templates {
            // The templates are constants of this target; a parse error is a programming error caught by every test.
            try! library.register(text, named: name)
        }
        self.library = library
    }

    struct Layout { let pageTitle: String; let css: String; let body: String }

    func page(_ template: String, title: String, _ model: Any) -> String {
        let body = library.render(model, withTemplate: template) ?? ""
        return library.render(Layout(pageTitle: title, css: Style.css, body: body), withTemplate: "layout") ?? body
    }
}

/// A link in a page, for optional sections (`{{#nextPage}}…{{/nextPage}}`).
struct Link { let href: String }

/// Previous/next links for offset pagination over `total` results.
func pageLinks(_ params: QueryString, path: String, offset: Int, limit: Int, total: Int) -> (previous: Link?, next: Link?) {
    let previous = offset > 0 ? Link(href: params.setting("offset", offset - limit > 0 ? String(offset - limit) : nil).url(path)) : nil
    let next = offset + limit < total ? Link(href: params.setting("offset", String(offset + limit)).url(path)) : nil
    return (previous, next)
}

func showingRange(offset: Int, count: Int) -> String {
    count == 0 ? "" : "\(offset + 1)–\(offset + count)"
}
