import ArgumentParser
import Query

extension EntityKind: ExpressibleByArgument {}

/// `vnpress entities agencies|officials|documents`.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List agencies, officials or documents with their aliases and article counts.")

    @Argument(help: "agencies, officials or documents.")
    var kind: EntityKind
    @Option(help: "Only names containing this text (accent-blind).")
    var name: String?
    @OptionGroup var index: IndexOptions

    func run() throws {
        let corpus = try index.corpus()
        let rows = try runQuery { try corpus.entities(kind, query: name, limit: index.limit) }
        try Printer.print(rows, format: index.format, widths: ["name": 50, "detail": 24, "aliases": 60],
                          hidden: ["article_ids"])
    }
}
