enum ArticleTemplate {
    static let text = """
    {{% CONTENT_TYPE: VNHTML}}<h1>{{heading}}</h1>
    <p class="meta">{{#hasDate}}{{articleDate}} · {{/hasDate}}{{#hasSource}}{{sourceName}} · {{/hasSource}}{{#hasAuthors}}{{authors}} · {{/hasAuthors}}<code>{{path}}</code> · <a href="/api/article/{{id}}">JSON</a></p>
    <p class="legend">{{#legend}}<mark class="f-{{kind}}">{{label}}</mark>{{/legend}}</p>
    <div class="layout">
    <div class="main"><div class="article">{{{bodyHTML}}}</div></div>
    <aside><h2>Dữ kiện trích xuất</h2>
    <dl class="facts">
    {{#factGroups}}<dt>{{label}} <span class="n">{{count}}</span></dt>
    {{#items}}<dd><mark class="f-{{kind}}">{{text}}</mark>{{#hasNote}} → {{#href}}<a href="{{href}}">{{note}}</a>{{/href}}{{^href}}{{note}}{{/href}}{{/hasNote}}</dd>{{/items}}
    {{/factGroups}}
    </dl>
    </aside>
    </div>
    """
}
