import ArgumentParser
import Foundation
import Index
import Query

/// `vnpress ingest DIR…`: index every `*.txt` under the folders, incrementally.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Index the *.txt press reports under folders (incremental by content hash).",
        discussion: """
            The index goes to <first DIR>/.vnpress/index.sqlite unless --db is given. Unchanged files are \
            skipped, changed ones replaced; --prune removes indexed files that are gone. Work is committed \
            every --batch articles, so Ctrl-C (or a crash) keeps what was committed and a re-run resumes.
            Exit codes: 0 ok, 1 some files failed (reported on stderr, the rest indexed), 2 usage or \
            database error, 130 interrupted.
            """)

    @Argument(help: "Folders (or single files) to index.")
    var roots: [String]

    @Option(help: "Index file (default: <first DIR>/.vnpress/index.sqlite).")
    var db: String?

    @Option(help: "Worker threads for reading and extraction (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Articles per committed transaction.")
    var batch: Int = IngestOptions.defaultBatchSize

    @Flag(help: "Remove indexed articles whose files no longer exist under the given folders.")
    var prune = false

    @Option(help: "Summary format: table or json.")
    var format: OutputFormat = .table

    func run() throws {
        guard jobs >= 1, batch >= 1 else { throw ExitCodes.fail("--jobs and --batch must be at least 1") }
        guard format != .csv else { throw ExitCodes.fail("ingest prints its summary as table or json") }
        let path = DatabaseLocation.forIngest(db: db, firstRoot: roots[0])
        let database: IndexDatabase
        do { database = try IndexDatabase(path: path) } catch { throw ExitCodes.fail(error) }

        let stop = StopFlag()
        let signals = stop.installSIGINT()
        defer { signals.cancel() }
        let bar = ProgressBar()
        let options = IngestOptions(jobs: jobs, batchSize: batch, prune: prune,
                                    shouldContinue: { !stop.isSet },
                                    progress: { bar.update(done: $0.done, total: $0.total, bytes: $0.bytes) })
        let summary: IngestSummary
        do {
            summary = try Ingester(database: database).ingest(roots: roots, options: options)
        } catch let error as IngestInputError {
            bar.finish(); throw ExitCodes.fail(error)
        } catch {
            bar.finish(); throw ExitCodes.fail("database error while writing \(path): \(error)")
        }
        bar.finish()
        for failure in summary.failures { Terminal.err("vnpress: \(failure)\n") }
        switch format {
        case .json: Terminal.out(try JSONOutput.encode(summary))
        default: Terminal.out(Self.describe(summary, path: path))
        }
        if summary.interrupted { throw ExitCodes.interrupted }
        if summary.failed > 0 { throw ExitCodes.partialFailure }
    }

    static func describe(_ s: IngestSummary, path: String) -> String {
        var text = String(format: "%d files: %d new, %d updated, %d unchanged, %d failed, %d removed in %.2f s (%.1f MB/s)\n",
                          s.files, s.new, s.updated, s.skipped, s.failed, s.removed, s.seconds, s.mbPerSecond)
        if s.warnings > 0 { text += "\(s.warnings) warning(s) in decoded files\n" }
        if s.interrupted { text += "interrupted: committed batches kept; run the same command again to resume\n" }
        return text + "index: \(path)\n"
    }
}

/// Set by the first SIGINT; the ingest stops before its next batch.
/// A second SIGINT kills the process (the open transaction rolls back).
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }

    func installSIGINT() -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [self] in
            lock.lock(); value = true; lock.unlock()
            Terminal.err("\nvnpress: stopping after the current batch (Ctrl-C again to abort)\n")
            signal(SIGINT, SIG_DFL)
        }
        source.resume()
        return source
    }
}
