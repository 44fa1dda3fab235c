import ArgumentParser
import Extract
import Foundation
import Ingest

/// `vnpress extract FILE…|-`: one JSON object per article on standard output.
/// (First version: sequential; streaming in parallel comes with issue 4.)
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract dates, agencies, officials, figures and documents as JSON Lines.")

    @Argument(help: "Files to read; - reads one article from standard input.")
    var files: [String]

    @Flag(name: .customLong("with-text"), help: "Include the cleaned text that spans refer to.")
    var withText = false

    func run() throws {
        let reader = ArticleReader()
        let extractor = Extractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        for file in files {
            let article: Article
            if file == "-" {
                article = reader.read(bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()), file: "-")
            } else {
                do { article = try reader.read(path: file) } catch {
                    FileHandle.standardError.write(Data("vnpress: \(error)\n".utf8))
                    continue
                }
            }
            let record = ExtractionRecord(article: article, facts: extractor.extract(article), includeText: withText)
            var line = try encoder.encode(record)
            line.append(0x0A)
            FileHandle.standardOutput.write(line)
        }
    }
}
