import ArgumentParser

@main
struct VNPress: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vnpress",
        abstract: "Turn folders of Vietnamese press reports into a searchable corpus of facts.",
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, SearchCommand.self, FiguresCommand.self, EntitiesCommand.self,
            ShowCommand.self, ExtractCommand.self, ServeCommand.self,
        ]
    )
}
