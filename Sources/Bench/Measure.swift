import Dispatch
import Extract
import Foundation
import Ingest

/// One timed run: how long, how much, and what it cost in memory when it ran
/// as a child process. `status` is "ok", or says why there is no figure.
struct Figure: Codable {
    var label: String
    var jobs: Int?
    var status: String
    var seconds: Double?
    var articles: Int?
    var bytes: Int64?
    var articlesPerSecond: Double?
    var megabytesPerSecond: Double?
    /// Peak resident set of the child process (`ru_maxrss` from `wait4`).
    var maxRSSBytes: Int64?
    var userSeconds: Double?
    var systemSeconds: Double?
    /// Extra counts worth keeping (facts found, read errors, database size …).
    var counts: [String: Int64] = [:]

    static func unavailable(_ label: String, jobs: Int? = nil, _ reason: String) -> Figure {
        Figure(label: label, jobs: jobs, status: reason)
    }

    static func timed(_ label: String, jobs: Int?, seconds: Double, articles: Int, bytes: Int64) -> Figure {
        Figure(label: label, jobs: jobs, status: "ok", seconds: seconds, articles: articles, bytes: bytes,
               articlesPerSecond: seconds > 0 ? Double(articles) / seconds : nil,
               megabytesPerSecond: seconds > 0 ? Double(bytes) / 1e6 / seconds : nil)
    }

    var cpuSeconds: Double? {
        guard let userSeconds, let systemSeconds else { return nil }
        return userSeconds + systemSeconds
    }

    mutating func attach(_ child: ChildResult) {
        maxRSSBytes = child.maxRSSBytes
        userSeconds = child.userSeconds
        systemSeconds = child.systemSeconds
    }
}

/// Read + parse + extract in this process, over a fixed pool of worker threads
/// pulling batches from a shared cursor (so one slow file does not idle a core).
enum InProcessExtraction {
    static func run(_ subset: Subset, jobs: Int) -> Figure {
        let reader = ArticleReader()
        let extractor = Extractor()
        // Warm-up: lexicons, ICU transliterators and tokenizer tables load lazily.
        for file in subset.files.prefix(20) { _ = try? extractor.extract(reader.read(path: file)) }

        let files = subset.files
        let lock = NSLock()
        var cursor = 0
        var facts: Int64 = 0
        var failures: Int64 = 0
        let batch = 16
        let cpuBefore = processCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            var localFacts: Int64 = 0
            var localFailures: Int64 = 0
            while true {
                lock.lock()
                let begin = cursor
                cursor += batch
                lock.unlock()
                if begin >= files.count { break }
                for file in files[begin..<min(begin + batch, files.count)] {
                    do {
                        let found = extractor.extract(try reader.read(path: file))
                        localFacts += Int64(found.dates.count + found.agencies.count + found.officials.count
                                            + found.metrics.count + found.documents.count)
                    } catch {
                        localFailures += 1
                    }
                }
            }
            lock.lock()
            facts += localFacts
            failures += localFailures
            lock.unlock()
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpuAfter = processCPUSeconds()
        var figure = Figure.timed("extract in-process", jobs: jobs, seconds: seconds,
                                  articles: files.count, bytes: subset.bytes)
        figure.userSeconds = cpuAfter.user - cpuBefore.user
        figure.systemSeconds = cpuAfter.system - cpuBefore.system
        figure.counts = ["facts": facts, "readFailures": failures]
        return figure
    }
}

/// CPU time of this process so far: on a shared machine, wall time alone
/// cannot tell slow code from a busy neighbour.
#if os(Linux)
private let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_WHO = RUSAGE_SELF
#endif

func processCPUSeconds() -> (user: Double, system: Double) {
    var usage = rusage()
    _ = getrusage(RUSAGE_SELF_WHO, &usage)
    return (Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
}

/// The `vnpress` release binary driven as a child process, the way users run it.
struct CLIRunner {
    let binary: String
    /// Subcommands (and flags) this binary actually has, probed once.
    let subcommands: Set<String>
    let extractHasJobs: Bool

    init(binary: String) {
        self.binary = binary
        var found: Set<String> = []
        var jobs = false
        for name in ["extract", "ingest", "search"] {
            // ArgumentParser prints "USAGE: vnpress NAME" only for a known subcommand.
            guard let result = try? ChildProcess.run(binary, [name, "--help"], stdout: .capture), result.succeeded,
                  let text = result.stdout.map({ String(decoding: $0, as: UTF8.self) }),
                  text.contains("vnpress \(name)") else { continue }
            found.insert(name)
            if name == "extract" { jobs = text.contains("--jobs") }
        }
        subcommands = found
        extractHasJobs = jobs
    }

    func has(_ name: String) -> Bool { subcommands.contains(name) }

    func missing(_ name: String) -> String { "not available: `vnpress \(name)` missing in \(binary)" }

    /// `vnpress extract --jobs N DIR > /dev/null`.
    func extract(_ subset: Subset, jobs: Int) -> Figure {
        let label = "extract CLI"
        guard has("extract") else { return .unavailable(label, jobs: jobs, missing("extract")) }
        guard extractHasJobs else {
            // Older CLI: files as arguments, one at a time. Kept while the argument
            // list stays well under ARG_MAX, so there is a memory figure today.
            let argumentBytes = subset.files.reduce(0) { $0 + $1.utf8.count + 1 }
            guard jobs == 1, argumentBytes < 1_000_000 else {
                return .unavailable(label, jobs: jobs, "not available: `vnpress extract` has no --jobs / directory input yet")
            }
            var figure = timedChild(label, jobs: 1, ["extract"] + subset.files, subset)
            figure.label = "extract CLI (file list)"
            return figure
        }
        return timedChild(label, jobs: jobs, ["extract", "--jobs", String(jobs), subset.directory], subset)
    }

    /// `vnpress ingest DIR --db PATH --jobs N`; the database size is recorded.
    func ingest(_ subset: Subset, db: String, jobs: Int, label: String) -> Figure {
        guard has("ingest") else { return .unavailable(label, jobs: jobs, missing("ingest")) }
        var figure = timedChild(label, jobs: jobs, ["ingest", subset.directory, "--db", db, "--jobs", String(jobs)], subset)
        let dbBytes = ["", "-wal", "-shm"].reduce(Int64(0)) { $0 + fileSize(db + $1) }
        if figure.status == "ok" { figure.counts["databaseBytes"] = dbBytes }
        return figure
    }

    private func timedChild(_ label: String, jobs: Int, _ arguments: [String], _ subset: Subset) -> Figure {
        do {
            let child = try ChildProcess.run(binary, arguments, measureMemory: true)
            guard child.succeeded else {
                let how = child.signal.map { "signal \($0)" } ?? "exit \(child.exitCode)"
                let tail = child.stderrTail.split(separator: "\n").suffix(2).joined(separator: " | ")
                var figure = Figure.unavailable(label, jobs: jobs, "failed (\(how)): \(tail)")
                figure.attach(child)
                figure.seconds = child.seconds
                return figure
            }
            var figure = Figure.timed(label, jobs: jobs, seconds: child.seconds, articles: subset.files.count, bytes: subset.bytes)
            figure.attach(child)
            return figure
        } catch {
            return .unavailable(label, jobs: jobs, "failed: \(error)")
        }
    }
}
