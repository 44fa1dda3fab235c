import ArgumentParser
import Query

/// `vnpress search QUERY`: BM25-ranked articles with highlighted snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index, with or without diacritics.",
        discussion: """
            Words are all required; "quoted words" form a phrase; word* matches a prefix; -word excludes. \
            Typed without diacritics a query matches any accents (so tay → sổ tay, dao → Đào); typed with \
            diacritics it ranks exact matches first. Other syntax is searched as plain text.
            """)

    @Argument(help: "What to look for.")
    var query: String
    @OptionGroup var filter: FilterOptions
    @OptionGroup var index: IndexOptions
    @Flag(help: "Print facet counts (agency, official, source, year) on stderr after the table.")
    var facets = false

    @Option(name: .customLong("bench"), help: .hidden)
    var benchRounds: Int?

    func run() throws {
        let corpus = try index.corpus()
        if let benchRounds { return try SearchBenchmark.run(corpus: corpus, queries: query, rounds: benchRounds, limit: index.limit) }
        let result = try runQuery {
            try corpus.search(SearchRequest(query: query, filters: filter.filters, limit: index.limit, offset: index.offset,
                                            facets: facets))
        }
        try Printer.print(result.hits, format: index.format,
                          widths: ["title": 40, "snippet": 90, "source": 14, "path": 30],
                          hidden: ["path", "score"])
        if index.format == .table {
            Terminal.err("\(result.total) matching article(s)\n")
            if facets {
                for name in ["agency", "official", "source", "year"] {
                    let values = (result.facets[name] ?? []).map { "\($0.value) (\($0.count))" }
                    if !values.isEmpty { Terminal.err("\(name): \(values.joined(separator: ", "))\n") }
                }
            }
        }
    }
}
