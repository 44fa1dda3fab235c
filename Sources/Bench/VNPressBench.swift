import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// vnpress-bench: speed, memory and scaling of vnpress in one command.
/// See BENCHMARKS.md next to this file.
@main
struct VNPressBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vnpress-bench",
        abstract: "Measure vnpress: extraction and ingest throughput, search latency, peak memory, scaling.",
        discussion: "Run from a release build: swift build -c release && swift run -c release vnpress-bench --json bench.json")

    @Option(help: ArgumentHelp("news-20k.tar.xz or an unpacked folder of *.txt (default: $VNPRESS_BENCH_CORPUS, then ../shared/bench/news-20k.tar.xz).", valueName: "path"))
    var corpus: String?

    @Option(help: ArgumentHelp("Article counts, comma-separated; sizes beyond the corpus repeat it under new names.", valueName: "list"))
    var sizes: String?

    @Option(help: ArgumentHelp("Write every figure and the machine info as JSON.", valueName: "path"))
    var json: String?

    @Option(help: ArgumentHelp("The release vnpress binary (default: next to this executable).", valueName: "path"))
    var vnpress: String?

    @Flag(help: "Sizes 1000 only, 3 search rounds (unless --sizes/--repetitions are given).")
    var quick = false

    @Option(help: "Timed search rounds over the query list (default 5).")
    var repetitions: Int?

    @Flag(help: "Keep the scratch folder (subsets, databases) for inspection.")
    var keep = false

    @Flag(help: "Run even in a debug build (figures are then meaningless).")
    var allowDebug = false

    /// The sizes to measure, parsed from `--sizes` (underscores allowed: `100_000`).
    var sizeList: [Int] = [1000, 5000, 20000, 100_000]

    enum CodingKeys: String, CodingKey { case corpus, sizes, json, vnpress, quick, repetitions, keep, allowDebug }

    mutating func validate() throws {
        if let repetitions, repetitions <= 0 { throw ValidationError("--repetitions wants a positive integer") }
        if let sizes {
            let list = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")) }
            guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw ValidationError("--sizes wants positive integers separated by commas, e.g. 1000,5000")
            }
            sizeList = list.compactMap { $0 }
        } else if quick {
            sizeList = [1000]
        }
    }

    /// Helper mode first, before this process grows: see ChildProcess.run(measureMemory:).
    static func main() {
        if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--child-rusage" {
            ChildProcess.helperMain(Array(CommandLine.arguments.dropFirst(2)))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    func run() throws {
        #if DEBUG
        let build = "debug"
        if !allowDebug {
            fail("""
                this is a DEBUG build: its timings say nothing about vnpress. Run
                    swift build -c release && swift run -c release vnpress-bench
                (or pass --allow-debug to try the harness itself).
                """, code: 2)
        }
        FileHandle.standardError.write(Data("""
            ********************************************************************
            WARNING: DEBUG BUILD. Figures below are NOT representative.
            ********************************************************************

            """.utf8))
        #else
        let build = "release"
        #endif

        let progress = ProgressLog()
        let root = packageRoot()
        let source: String
        do { source = try Corpus.locate(explicit: self.corpus, packageRoot: root) } catch {
            // A missing corpus is not a failure: CI machines without shared/ skip benchmarks.
            print("vnpress-bench: \(error)")
            Glibc.exit(0)
        }

        let queries: [BenchQuery]
        do { queries = try QueryFile.loadBundled() } catch { fail("\(error)") }

        let binaryPath = vnpress ?? defaultVNPressBinary()
        var notes: [String] = []
        var cli: CLIRunner?
        if FileManager.default.isExecutableFile(atPath: binaryPath) {
            progress.say("probing \(binaryPath) …")
            let runner = CLIRunner(binary: binaryPath)
            cli = runner
            if binaryPath.contains("/debug/") { notes.append("WARNING: \(binaryPath) looks like a debug build") }
            for name in ["extract", "ingest", "search"] where !runner.has(name) {
                notes.append("`vnpress \(name)` not available in \(binaryPath): its figures are skipped")
            }
            if let date = (try? FileManager.default.attributesOfItem(atPath: binaryPath))?[.modificationDate] as? Date {
                notes.append("vnpress binary \(binaryPath) built \(ISO8601DateFormatter().string(from: date)); rebuild with `swift build -c release` if stale")
            }
        } else {
            notes.append("vnpress binary not found at \(binaryPath) (build it with `swift build -c release`, or pass --vnpress): CLI figures are skipped")
        }
        notes.forEach { progress.say($0) }

        progress.say("collecting machine info …")
        var machine = MachineInfo.collect(packageRoot: root)
        machine.memoryFloorBytes = ChildProcess.memoryFloorBytes()
        let corpus: Corpus
        do { corpus = try Corpus.prepare(source: source, progress: progress) } catch { fail("\(error)") }

        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let jobList = cores > 1 ? [1, cores] : [1]
        let repetitions = self.repetitions ?? (quick ? 3 : 5)
        var report = RunReport(
            machine: machine,
            settings: .init(build: build, corpus: source, corpusArticles: corpus.files.count, sizes: sizeList,
                            quick: quick, jobs: jobList, searchRepetitions: repetitions,
                            vnpress: cli?.binary, vnpressSubcommands: cli.map { $0.subcommands.sorted() } ?? []),
            notes: notes)
        if sizeList.contains(where: { $0 > corpus.files.count }) {
            report.notes.append("sizes above \(corpus.files.count) repeat the corpus under new file names (r2_…); "
                + "an index that deduplicates identical content would store fewer rows")
        }

        func writeJSON() {
            guard let path = json else { return }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do { try encoder.encode(report).write(to: URL(fileURLWithPath: path)) } catch {
                progress.say("cannot write \(path): \(error)")
            }
        }

        for size in sizeList {
            progress.say("── \(size) articles ──")
            let subset: Subset
            do { subset = try corpus.subset(size: size) } catch { fail("cannot build the \(size)-article subset: \(error)") }
            var step = RunReport.Step(articles: size, bytes: subset.bytes, repeatedCorpus: subset.repeated)

            for jobs in jobList {
                progress.say("extract in-process, \(jobs) thread(s) …")
                step.extraction.append(InProcessExtraction.run(subset, jobs: jobs))
            }
            for jobs in jobList {
                progress.say("vnpress extract --jobs \(jobs) …")
                step.extraction.append(cli?.extract(subset, jobs: jobs) ?? .unavailable("extract CLI", jobs: jobs, "not available: no vnpress binary"))
            }

            let db = "\(corpus.workDirectory)/index-\(size).sqlite"
            progress.say("vnpress ingest (fresh database) …")
            step.ingest.append(cli?.ingest(subset, db: db, jobs: cores, label: "ingest first run")
                ?? .unavailable("ingest first run", jobs: cores, "not available: no vnpress binary"))
            if step.ingest[0].status == "ok" {
                progress.say("vnpress ingest (unchanged re-run) …")
                step.ingest.append(cli!.ingest(subset, db: db, jobs: cores, label: "ingest unchanged re-run"))
                progress.say("search latency …")
                step.search = SearchLatency.measure(queries: queries, db: db, repetitions: repetitions, cli: cli, progress: progress)
            } else {
                step.search = .unavailable("not available: no index (ingest did not run)", mode: SearchLatency.subprocessMode)
            }

            report.steps.append(step)
            writeJSON()
            if !keep {
                corpus.remove(subset)
                for suffix in ["", "-wal", "-shm"] { _ = unlink(db + suffix) }
            }
        }

        TablePrinter.print(report)
        writeJSON()
        if let json = json { progress.say("wrote \(json)") }
        if keep { progress.say("kept scratch folder \(corpus.workDirectory)") } else { corpus.cleanUp() }
    }
}

/// The package root, from this file's compile-time path (Sources/Bench/main.swift),
/// falling back to the current directory.
func packageRoot() -> String {
    let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    if FileManager.default.fileExists(atPath: fromSource + "/Package.swift") { return fromSource }
    return FileManager.default.currentDirectoryPath
}

/// `vnpress` built in the same configuration sits next to this executable.
func defaultVNPressBinary() -> String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("vnpress").path
}

func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data("vnpress-bench: \(message)\n".utf8))
    exit(code)
}

