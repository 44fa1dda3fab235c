enum SearchTemplate {
    static let text = """
    {{% CONTENT_TYPE: VNHTML}}<h1>Tìm kiếm bài viết</h1>
    <form class="search" method="get" action="/" role="search">
    <input type="search" name="q" value="{{query}}" maxlength="500" placeholder="Gõ có dấu hoặc không dấu: hoi nghi, thi dua…" aria-label="Từ khóa">
    {{#hiddenFilters}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hiddenFilters}}
    <button type="submit">Tìm</button>
    </form>
    {{#hasActiveFilters}}<p class="active">Đang lọc: {{#activeFilters}}<a class="chip" href="{{removeHref}}" title="Bỏ bộ lọc">{{label}}: {{value}} ✕</a>{{/activeFilters}}</p>{{/hasActiveFilters}}
    {{#searched}}
    <p class="count"><strong>{{total}}</strong> bài viết phù hợp{{#hasHits}} · hiển thị {{showingRange}}{{/hasHits}}</p>
    {{{timelineSVG}}}
    <div class="layout">
    <aside>
    {{#facetGroups}}<section class="facet facet-{{key}}"><h2>{{label}}</h2><ul>{{#items}}<li><a href="{{href}}">{{value}}</a> <span class="n">{{count}}</span></li>{{/items}}</ul></section>{{/facetGroups}}
    </aside>
    <div class="main">
    <ol class="results" start="{{firstNumber}}">
    {{#hits}}<li class="hit"><a class="title" href="{{href}}">{{heading}}</a>
    <div class="meta">{{date}}{{#hasSource}} · {{sourceName}}{{/hasSource}}</div>
    <p class="snippet">{{{snippetHTML}}}</p></li>
    {{/hits}}
    </ol>
    {{^hits}}<p>Không tìm thấy bài viết nào. Thử bỏ bớt bộ lọc hoặc gõ từ khóa khác.</p>{{/hits}}
    <nav class="pages" aria-label="Trang">{{#previousPage}}<a rel="prev" href="{{href}}">← Trang trước</a>{{/previousPage}}{{#nextPage}}<a rel="next" href="{{href}}">Trang sau →</a>{{/nextPage}}</nav>
    </div>
    </div>
    {{/searched}}
    """
}
