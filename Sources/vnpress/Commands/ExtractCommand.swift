import ArgumentParser
import Extract
import Foundation
import Ingest

/// `vnpress extract FILE…|DIR…|-`: one JSON object per article on standard output,
/// in input order, written as soon as it and every earlier one are ready.
///
/// Files are processed in windows of a few per worker, so memory stays bounded
/// however many files are given, while `--jobs` workers share each window.
/// A file that cannot be read still gets its line, with the problem in
/// `diagnostics`, so a batch never stops on one bad file.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract dates, agencies, officials, figures and documents as JSON Lines.",
        discussion: """
        Each argument is a file, a directory (searched recursively for *.txt files) or - \
        for one article on standard input. Output is one JSON object per article, in \
        argument order (see EXTRACTION.md for the fields). A file that cannot be read \
        (missing, unreadable, an empty directory) gets an object whose diagnostics say why; \
        the run goes on.

        Exit status: 0 when every input was read, 1 when some could not be read.
        """)

    @Argument(help: "Files or directories to read; - reads one article from standard input.")
    var files: [String]

    @Flag(name: .customLong("with-text"), help: "Include the cleaned text that spans refer to.")
    var withText = false

    @Option(name: .customLong("jobs"), help: "Number of articles processed in parallel (default: number of cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let inputs = ExtractInput.expand(files)
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let pipeline = ExtractPipeline(withText: withText)
        let progress = ProgressLine(total: inputs.count)
        let window = max(1, workers * 4)
        var failed = 0, done = 0
        var start = 0
        while start < inputs.count {
            let chunk = Array(inputs[start..<min(inputs.count, start + window)])
            let results = ResultSlots(count: chunk.count)
            if workers == 1 || chunk.count == 1 {
                for (k, input) in chunk.enumerated() { results.set(k, pipeline.process(input)) }
            } else {
                let next = Counter()
                DispatchQueue.concurrentPerform(iterations: min(workers, chunk.count)) { _ in
                    while let k = next.take(below: chunk.count) { results.set(k, pipeline.process(chunk[k])) }
                }
            }
            var out = Data()
            for k in 0..<chunk.count {
                let r = results.get(k)
                out.append(r.line)
                if r.failed { failed += 1 }
            }
            FileHandle.standardOutput.write(out)
            done += chunk.count
            progress.update(done)
            start += chunk.count
        }
        progress.finish()
        if failed > 0 { throw ExitCode(1) }
    }
}

/// One thing to read: a file path, standard input, or an argument that cannot be read.
enum ExtractInput: Sendable {
    case file(String)
    case stdin
    case unreadable(String, String)

    static func expand(_ arguments: [String]) -> [ExtractInput] {
        var out: [ExtractInput] = []
        let fm = FileManager.default
        for arg in arguments {
            if arg == "-" { out.append(.stdin); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
                out.append(.unreadable(arg, "no such file or directory; check the path")); continue
            }
            guard isDir.boolValue else { out.append(.file(arg)); continue }
            var found: [String] = []
            if let walker = fm.enumerator(atPath: arg) {
                for case let rel as String in walker where rel.lowercased().hasSuffix(".txt") {
                    found.append((arg as NSString).appendingPathComponent(rel))
                }
            }
            if found.isEmpty {
                out.append(.unreadable(arg, "directory holds no .txt files; give files or a folder of .txt articles"))
            } else {
                out += found.sorted().map { .file($0) }
            }
        }
        return out
    }
}

/// Read, extract and encode one input; never throws.
struct ExtractPipeline: Sendable {
    let reader = ArticleReader()
    let extractor = Extractor()
    let withText: Bool

    func process(_ input: ExtractInput) -> (line: Data, failed: Bool) {
        let article: Article
        var failed = false
        switch input {
        case .stdin:
            article = reader.read(bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()), file: "-")
        case .file(let path):
            do { article = try reader.read(path: path) } catch {
                article = Self.failure(path, (error as? ArticleReader.ReadError)?.message ?? "\(error)")
                failed = true
            }
        case .unreadable(let path, let message):
            article = Self.failure(path, message); failed = true
        }
        let facts = failed ? Facts() : extractor.extract(article)
        let record = ExtractionRecord(article: article, facts: facts, includeText: withText && !failed)
        return (JSONLineWriter.line(record), failed)
    }

    static func failure(_ path: String, _ message: String) -> Article {
        Article(file: path, diagnostics: [Diagnostic(severity: .error, file: path, message: message)])
    }
}

/// Result slots filled by workers in any order and read in input order.
final class ResultSlots: @unchecked Sendable {
    private var slots: [(line: Data, failed: Bool)?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ value: (line: Data, failed: Bool)) { lock.lock(); slots[k] = value; lock.unlock() }
    func get(_ k: Int) -> (line: Data, failed: Bool) { lock.lock(); defer { lock.unlock() }; return slots[k]! }
}

final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// "extract: 120/20000 files" on standard error, only when it is a terminal.
struct ProgressLine {
    let total: Int
    let enabled = isatty(STDERR_FILENO) != 0

    func update(_ done: Int) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\rvnpress extract: \(done)/\(total) files".utf8))
    }

    func finish() {
        guard enabled, total > 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
