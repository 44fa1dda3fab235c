enum EntitiesTemplate {
    static let text = """
    {{% CONTENT_TYPE: VNHTML}}<h1>{{heading}}</h1>
    <p>{{#tabs}}<a class="chip" href="{{href}}">{{label}}</a>{{/tabs}}</p>
    <form class="filters" method="get" action="{{formAction}}"><input type="search" name="q" value="{{query}}" maxlength="300" aria-label="Lọc theo tên"> <button type="submit">Lọc</button></form>
    <table class="entities">
    <thead><tr><th>Tên</th><th>{{detailLabel}}</th><th>Số bài</th><th>Tên khác</th><th>Bài viết</th></tr></thead>
    <tbody>
    {{#rows}}<tr><td><a href="{{searchHref}}">{{name}}</a></td><td>{{detail}}</td><td class="num">{{count}}</td><td>{{aliases}}</td><td>{{#articles}}<a href="{{href}}">#{{id}}</a> {{/articles}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    {{^rows}}<p>Chưa có dữ liệu.</p>{{/rows}}
    """
}
