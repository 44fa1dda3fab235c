import ArgumentParser
import Query

/// `vnpress figures [QUERY]`: the figures table for analysts.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List extracted figures with their sentence, article and agency.",
        discussion: "QUERY narrows to articles matching it; --agency filters on the agency named in the figure's sentence.")

    @Argument(help: "Only figures from articles matching this search.")
    var query: String?
    @Option(help: "Unit, accent-blind (so tay, %, dong).")
    var unit: String?
    @OptionGroup var filter: FilterOptions
    @OptionGroup var index: IndexOptions

    func run() throws {
        let corpus = try index.corpus()
        let rows = try runQuery {
            try corpus.figures(FiguresRequest(query: query, unit: unit, filters: filter.filters, limit: index.limit, offset: index.offset))
        }
        try Printer.print(rows, format: index.format,
                          widths: ["text": 24, "agency": 30, "title": 30, "sentence": 60, "unit": 16],
                          hidden: ["path", "article_id", "total", "max"])
    }
}
