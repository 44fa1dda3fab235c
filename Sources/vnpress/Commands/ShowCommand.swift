import ArgumentParser
import Foundation
import Ingest

/// `vnpress show FILE…|-`: each article as ingestion cleaned it, part by part,
/// so a user can see what was taken as title, byline, credit, caption or body.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print cleaned articles: title, source, authors, date, captions, body, diagnostics.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files to read; - reads one article from standard input.")
    var files: [String]

    @Option(help: "Output format: text or json (one object per article; pretty for a single file).")
    var format: Format = .text

    @Flag(name: .customLong("learn-boilerplate"),
          help: "First learn lines repeated across the given files and drop them as site boilerplate.")
    var learnBoilerplate = false

    func run() throws {
        let stdinBytes = files.contains("-") ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : []
        var model: BoilerplateModel?
        if learnBoilerplate {
            let texts = files.compactMap { file -> String? in
                let bytes = file == "-" ? stdinBytes : FileManager.default.contents(atPath: file).map { [UInt8]($0) }
                return bytes.map { String(decoding: $0, as: UTF8.self) }
            }
            model = BoilerplateModel.learn(from: texts)
        }
        let reader = ArticleReader(parser: ArticleParser(boilerplate: model))
        var failed = false
        for file in files {
            do {
                let article = file == "-" ? reader.read(bytes: stdinBytes, file: "-") : try reader.read(path: file)
                FileHandle.standardOutput.write(Data(try render(article).utf8))
            } catch {
                FileHandle.standardError.write(Data("vnpress: \(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    func render(_ article: Article) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = files.count == 1
                ? [.withoutEscapingSlashes, .prettyPrinted, .sortedKeys] : [.withoutEscapingSlashes, .sortedKeys]
            return String(decoding: try encoder.encode(article), as: UTF8.self) + "\n"
        case .text:
            var out = "== \(article.file)\n"
            out += "title:     \(article.title ?? "-")\n"
            out += "source:    \(article.source ?? "-")\n"
            out += "authors:   \(article.authors.isEmpty ? "-" : article.authors.joined(separator: "; "))\n"
            out += "published: \(article.published ?? "-")\n"
            out += "captions:\(article.captions.isEmpty ? " -" : "")\n"
            for caption in article.captions { out += "  - \(caption)\n" }
            out += "body:\n"
            for paragraph in article.paragraphs { out += "  \(paragraph)\n\n" }
            if !article.diagnostics.isEmpty {
                out += "diagnostics:\n"
                for diagnostic in article.diagnostics { out += "  \(diagnostic)\n" }
            }
            return out + "\n"
        }
    }
}
