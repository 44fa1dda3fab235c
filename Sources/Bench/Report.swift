import Foundation

/// Everything one run measured, written as JSON so runs on different days or
/// machines can be compared field by field.
struct RunReport: Codable {
    var tool = "vnpress-bench"
    var formatVersion = 1
    var machine: MachineInfo
    var settings: Settings
    var steps: [Step] = []
    var notes: [String] = []

    struct Settings: Codable {
        var build: String
        var corpus: String
        var corpusArticles: Int
        var sizes: [Int]
        var quick: Bool
        var jobs: [Int]
        var searchRepetitions: Int
        var vnpress: String?
        var vnpressSubcommands: [String]
    }

    /// All figures for one corpus size.
    struct Step: Codable {
        var articles: Int
        var bytes: Int64
        var repeatedCorpus: Bool
        var extraction: [Figure] = []
        var ingest: [Figure] = []
        var search: SearchFigures?
    }
}

struct MachineInfo: Codable {
    var date: String
    var hostname: String
    var os: String
    var cores: Int
    var memoryBytes: Int64?
    var cpuModel: String?
    var swiftVersion: String?
    var gitCommit: String?
    /// `/proc/loadavg` at the start: a loaded machine makes wall times meaningless.
    var loadAverage: String?
    /// Peak RSS that `/bin/true` reports through the same method: the floor below
    /// which a child's peak memory cannot be seen.
    var memoryFloorBytes: Int64?

    static func collect(packageRoot: String) -> MachineInfo {
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memKB = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int64($0) }
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let swift = ChildProcess.output("swift", ["--version"])?.split(separator: "\n").first.map(String.init)
        let commit = ChildProcess.output("git", ["-C", packageRoot, "rev-parse", "--short", "HEAD"])
        let formatter = ISO8601DateFormatter()
        return MachineInfo(date: formatter.string(from: Date()), hostname: ProcessInfo.processInfo.hostName,
                           os: ProcessInfo.processInfo.operatingSystemVersionString,
                           cores: ProcessInfo.processInfo.activeProcessorCount,
                           memoryBytes: memKB.map { $0 * 1024 }, cpuModel: model, swiftVersion: swift, gitCommit: commit,
                           loadAverage: (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
                               .split(separator: " ").prefix(3).joined(separator: " "))
    }
}

/// Human-readable numbers, kept in one place so the table stays aligned.
enum Format {
    static func seconds(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value < 1 ? String(format: "%.0f ms", value * 1000) : String(format: "%.2f s", value)
    }
    static func rate(_ value: Double?, decimals: Int = 1) -> String {
        guard let value else { return "-" }
        return String(format: "%.\(decimals)f", value)
    }
    static func megabytes(_ bytes: Int64?) -> String {
        guard let bytes else { return "-" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
    static func ms(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.1f", value)
    }
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        guard count < width else { return text }
        let fill = String(repeating: " ", count: width - count)
        return right ? fill + text : text + fill
    }
}

/// Progress lines go to standard error, so standard output holds only the table.
struct ProgressLog {
    let start = DispatchTime.now().uptimeNanoseconds
    func say(_ message: String) {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        FileHandle.standardError.write(Data((String(format: "[%6.1fs] ", elapsed) + message + "\n").utf8))
    }
}

enum TablePrinter {
    static func print(_ report: RunReport) {
        var out = ""
        let m = report.machine
        out += "vnpress-bench  \(m.date)  \(m.cpuModel ?? "?")  \(m.cores) cores  "
            + "\(Format.megabytes(m.memoryBytes)) RAM  load \(m.loadAverage ?? "?")\n\(m.swiftVersion ?? "")  commit \(m.gitCommit ?? "?")  "
        out += "build \(report.settings.build)   corpus: \(report.settings.corpus) (\(report.settings.corpusArticles) articles)\n\n"

        out += "Throughput (art/s and MB/s of input text per wall second; cpu = user+system seconds;\n"
            + "peak RSS is the child's ru_maxrss, floor \(Format.megabytes(m.memoryFloorBytes)) (/bin/true);\n"
            + "wall time on a busy machine exceeds cpu/jobs)\n"
        let header = [("size", 8), ("measure", 24), ("jobs", 5), ("wall", 9), ("cpu", 9), ("art/s", 8),
                      ("MB/s", 7), ("peak RSS", 10), ("notes", 0)]
        out += header.map { Format.pad($0.0, $0.1) }.joined(separator: " ") + "\n"
        for step in report.steps {
            for figure in step.extraction + step.ingest {
                var notes = figure.status == "ok" ? [] : [figure.status]
                if let db = figure.counts["databaseBytes"] { notes.append("db \(Format.megabytes(db))") }
                if let facts = figure.counts["facts"] { notes.append("facts \(facts)") }
                if let failures = figure.counts["readFailures"], failures > 0 { notes.append("\(failures) unreadable") }
                if step.repeatedCorpus { notes.append("corpus repeated") }
                let cells = [
                    Format.pad(String(step.articles), 8, right: true), Format.pad(figure.label, 24),
                    Format.pad(figure.jobs.map(String.init) ?? "-", 5, right: true),
                    Format.pad(figure.status == "ok" ? Format.seconds(figure.seconds) : "-", 9, right: true),
                    Format.pad(Format.seconds(figure.cpuSeconds), 9, right: true),
                    Format.pad(Format.rate(figure.articlesPerSecond, decimals: 0), 8, right: true),
                    Format.pad(Format.rate(figure.megabytesPerSecond, decimals: 2), 7, right: true),
                    Format.pad(Format.megabytes(figure.maxRSSBytes), 10, right: true), notes.joined(separator: "; "),
                ]
                out += cells.joined(separator: " ") + "\n"
            }
        }

        out += "\nSearch latency (ms over queries × repetitions after one warm-up round)\n"
        out += [("size", 8), ("p50", 8), ("p95", 8), ("p99", 8), ("mean", 8), ("max", 8), ("samples", 8),
                ("zero-hit", 9), ("mode / notes", 0)].map { Format.pad($0.0, $0.1) }.joined(separator: " ") + "\n"
        for step in report.steps {
            guard let search = step.search else { continue }
            let cells = [
                Format.pad(String(step.articles), 8, right: true),
                Format.pad(Format.ms(search.p50Ms), 8, right: true), Format.pad(Format.ms(search.p95Ms), 8, right: true),
                Format.pad(Format.ms(search.p99Ms), 8, right: true), Format.pad(Format.ms(search.meanMs), 8, right: true),
                Format.pad(Format.ms(search.maxMs), 8, right: true), Format.pad(String(search.samples), 8, right: true),
                Format.pad(search.zeroHitQueries.map { "\($0)/\(search.queries)" } ?? "-", 9, right: true),
                search.status == "ok" ? search.mode + (search.failures > 0 ? ", \(search.failures) failed" : "")
                    : search.status,
            ]
            out += cells.joined(separator: " ") + "\n"
        }
        if let scaling = scalingSummary(report), !scaling.isEmpty { out += "\nScaling\n" + scaling }
        if !report.notes.isEmpty { out += "\nNotes\n" + report.notes.map { "- \($0)\n" }.joined() }
        Swift.print(out, terminator: "")
    }

    /// Time growth against size growth from the smallest step, per measure:
    /// a ratio near 1 means linear, well below 1 sublinear.
    static func scalingSummary(_ report: RunReport) -> String? {
        guard report.steps.count > 1, let first = report.steps.first else { return nil }
        var lines = ""
        let keyed = { (step: RunReport.Step) -> [String: Double] in
            var map: [String: Double] = [:]
            for figure in step.extraction + step.ingest where figure.status == "ok" {
                map["\(figure.label) ×\(figure.jobs ?? 0)"] = figure.seconds
            }
            if let p50 = step.search?.p50Ms { map["search p50"] = p50 }
            return map
        }
        let base = keyed(first)
        for step in report.steps.dropFirst() {
            let sizeRatio = Double(step.articles) / Double(first.articles)
            for (key, value) in keyed(step).sorted(by: { $0.key < $1.key }) {
                guard let baseValue = base[key], baseValue > 0 else { continue }
                let timeRatio = value / baseValue
                lines += "  \(Format.pad(key, 34)) \(first.articles)→\(step.articles): size ×"
                    + String(format: "%.0f, time ×%.2f (time/size %.2f)\n", sizeRatio, timeRatio, timeRatio / sizeRatio)
            }
        }
        return lines
    }
}
