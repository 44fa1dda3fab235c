import ArgumentParser
import Foundation
import Query
import Server

/// `vnpress serve`: the web interface for people who search coverage and read figures.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the search, article, figures and entities pages and the JSON API over HTTP.")

    @Option(help: "Port to listen on.")
    var port: Int = 8080

    @Option(help: "Address to bind. The default only accepts connections from this machine; 0.0.0.0 exposes the corpus to the network.")
    var host: String = "127.0.0.1"

    @Option(help: "Index file, or a corpus folder holding .vnpress/ (default: $VNPRESS_DB, else the nearest .vnpress/index.sqlite).")
    var db: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() async throws {
        let corpus = try openCorpus(dbPath: DatabaseLocation.forQuery(db: db))
        let configuration = ServerConfiguration(host: host, port: port)
        if configuration.isExposed {
            FileHandle.standardError.write(Data(
                "vnpress: warning: listening on \(host): anyone who can reach this machine can read the corpus.\n".utf8))
        }
        try await runServer(corpus: corpus, configuration: configuration)
    }
}
