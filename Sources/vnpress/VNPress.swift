import ArgumentParser

@main
struct VNPress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vnpress",
        abstract: "Turn folders of Vietnamese press reports into a searchable corpus of facts.",
        version: "0.1.0",
        subcommands: [ExtractCommand.self, IngestCommand.self, SearchCommand.self, FiguresCommand.self, EntitiesCommand.self]
    )
}
