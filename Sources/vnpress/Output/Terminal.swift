import ArgumentParser
import Foundation
import Query

/// Standard streams, and whether a person is watching them.
enum Terminal {
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    static func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    static func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// Bold on a terminal, `«»` in pipes and files.
    static var highlight: HighlightStyle { stdoutIsTTY ? .bold : .guillemets }
}

/// Exit codes of the index commands:
/// 0 success; 1 some input files failed (the rest were indexed);
/// 2 usage or database error (no index, bad date, unreadable database);
/// 130 interrupted by SIGINT (committed batches are kept).
/// Argument syntax errors caught by the parser itself exit 64 (ArgumentParser's EX_USAGE).
enum ExitCodes {
    static let partialFailure = ExitCode(1)
    static let usage = ExitCode(2)
    static let interrupted = ExitCode(130)

    /// Prints `vnpress: message` and returns the usage/database exit code.
    static func fail(_ message: Any) -> ExitCode {
        Terminal.err("vnpress: \(message)\n")
        return usage
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Prints rows in the chosen format on standard output.
enum Printer {
    static func print<Row: TabularRow & Encodable>(_ rows: [Row], format: OutputFormat, widths: [String: Int] = [:],
                                                   hidden: Set<String> = []) throws {
        switch format {
        case .json: Terminal.out(try JSONOutput.encode(rows))
        case .csv: Terminal.out(CSVFormatter.format(rows))
        case .table:
            let keep = Row.columns.enumerated().filter { !hidden.contains($0.element) }.map(\.offset)
            let table = TableFormatter(highlight: Terminal.highlight, widths: widths)
            Terminal.out(table.format(columns: keep.map { Row.columns[$0] }, rows: rows.map { r in keep.map { r.cells[$0] } }))
        }
    }
}
