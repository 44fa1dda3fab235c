/// The only stylesheet, inlined in every page: no fonts, scripts or CDNs.
enum Style {
    static let css = """
    body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
    header{background:#7a1010;padding:.5em 1em}header a{color:#fff;margin-right:1.2em;text-decoration:none;font-weight:600}
    main{max-width:1100px;margin:0 auto;padding:1em}
    a{color:#0b4f9c}h1{font-size:1.4em;margin:.3em 0}
    form.search input[type=search]{width:60%;font-size:1.1em;padding:.35em}form.search button{font-size:1.05em;padding:.35em 1em}
    .layout{display:flex;gap:1.5em;align-items:flex-start}.layout>aside{flex:0 0 250px}.layout>.main{flex:1;min-width:0}
    aside section{margin-bottom:1em}aside h2{font-size:1em;margin:.2em 0;color:#555}aside ul{list-style:none;padding:0;margin:0}
    .n{color:#777;font-size:.85em}.chip{display:inline-block;background:#eee;border-radius:1em;padding:.1em .7em;margin:.2em;text-decoration:none}
    ol.results{padding-left:1.5em}.hit{margin-bottom:1em}.hit .title{font-size:1.1em;font-weight:600}.meta{color:#666;font-size:.85em}
    mark{background:#fff09a}.snippet{margin:.2em 0}
    .pages a{margin:0 .5em}.timeline .bar{fill:#7a1010}.timeline a:hover .bar{fill:#d33}
    .article{white-space:pre-wrap;background:#fff;padding:1em;border:1px solid #ddd}
    mark.f-date{background:#cfe8ff}mark.f-agency{background:#d7f5d0}mark.f-official{background:#ffd9ec}
    mark.f-metric{background:#ffe7b8}mark.f-document{background:#e5dcff}
    table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
    td.date{white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}th a{text-decoration:none}
    form.filters input{width:9em}.legend mark{margin-right:.5em}dl.facts dt{font-weight:600;margin-top:.6em}dl.facts dd{margin:0 0 0 .5em}
    """
}
