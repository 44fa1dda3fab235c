/// The page frame. Every template starts with the VNHTML pragma so `{{x}}`
/// escapes through ``HTML/escape(_:)``; `{{{x}}}` is used only for HTML built by this target.
enum LayoutTemplate {
    static let text = """
    {{% CONTENT_TYPE: VNHTML}}<!doctype html>
    <html lang="vi">
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{{pageTitle}} · vnpress</title><style>{{{css}}}</style></head>
    <body>
    <header><nav><a href="/">Tìm kiếm</a><a href="/figures">Số liệu</a><a href="/entities/agencies">Cơ quan</a><a href="/entities/officials">Cán bộ</a><a href="/entities/documents">Văn bản</a></nav></header>
    <main>
    {{{body}}}
    </main>
    </body>
    </html>
    """
}
