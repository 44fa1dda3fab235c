enum FiguresTemplate {
    static let text = """
    {{% CONTENT_TYPE: VNHTML}}<h1>Bảng số liệu</h1>
    <form class="filters" method="get" action="/figures">
    <label>Từ khóa <input type="search" name="q" value="{{query}}" maxlength="500"></label>
    <label>Đơn vị <input name="unit" value="{{unit}}"></label>
    <label>Cơ quan <input name="agency" value="{{agency}}"></label>
    <label>Từ <input name="from" value="{{from}}" placeholder="YYYY-MM-DD"></label>
    <label>Đến <input name="to" value="{{to}}" placeholder="YYYY-MM-DD"></label>
    {{#sortParameter}}<input type="hidden" name="sort" value="{{sortParameter}}">{{/sortParameter}}
    <button type="submit">Lọc</button>
    </form>
    <p><strong>{{total}}</strong> số liệu{{#hasRows}} · hiển thị {{showingRange}}{{/hasRows}} · <a class="csv" href="{{csvHref}}" download>Tải CSV</a> · <a href="{{jsonHref}}">JSON</a></p>
    <table class="figures">
    <thead><tr>{{#columns}}<th>{{#href}}<a href="{{href}}">{{label}}{{arrow}}</a>{{/href}}{{^href}}{{label}}{{/href}}</th>{{/columns}}</tr></thead>
    <tbody>
    {{#rows}}<tr><td class="date">{{date}}</td><td>{{text}}</td><td class="num">{{value}}</td><td>{{unit}}</td><td>{{agency}}</td><td><a href="{{href}}">{{heading}}</a></td><td>{{sentence}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    <nav class="pages" aria-label="Trang">{{#previousPage}}<a rel="prev" href="{{href}}">← Trang trước</a>{{/previousPage}}{{#nextPage}}<a rel="next" href="{{href}}">Trang sau →</a>{{/nextPage}}</nav>
    """
}
