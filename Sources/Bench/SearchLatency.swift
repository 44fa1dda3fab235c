import Dispatch
import Foundation
import Index
import Query

// MARK: - Opening the index in-process

/// The one place that knows the concrete `CorpusQuerying` type: search latency
/// is measured in-process on the SQLite index, as the server and CLI use it.
/// When it cannot be opened, the harness falls back to timing the
/// `vnpress search` subprocess, which includes process start.
func openCorpus(dbPath: String) throws -> any CorpusQuerying {
    SQLiteCorpus(database: try IndexDatabase(path: dbPath, create: false))
}

// MARK: - Latency

/// Latency figures over every (query × repetition) sample of one size step.
struct SearchFigures: Codable {
    var mode: String
    var status: String
    var queries: Int
    var repetitions: Int
    var samples: Int
    var failures: Int
    var p50Ms: Double?
    var p95Ms: Double?
    var p99Ms: Double?
    var meanMs: Double?
    var maxMs: Double?
    /// Queries whose result total was zero (when the result could be read).
    var zeroHitQueries: Int?
    var perQuery: [PerQuery]

    struct PerQuery: Codable {
        var query: String
        var medianMs: Double
        var total: Int?
        var error: String?
    }

    static func unavailable(_ reason: String, mode: String) -> SearchFigures {
        SearchFigures(mode: mode, status: reason, queries: 0, repetitions: 0, samples: 0, failures: 0, perQuery: [])
    }
}

enum SearchLatency {
    static let inProcessMode = "in-process (CorpusQuerying)"
    static let subprocessMode = "subprocess latency, includes process start"

    /// Each query once as warm-up, then `repetitions` timed rounds over the whole list
    /// (rounds rather than back-to-back repeats, so a query does not only ever hit
    /// a cache it just warmed itself).
    static func measure(queries: [BenchQuery], db: String, repetitions: Int, cli: CLIRunner?,
                        progress: ProgressLog) -> SearchFigures {
        let run: (BenchQuery) -> Result<Int?, Error>
        let mode: String
        do {
            let corpus = try openCorpus(dbPath: db)
            mode = inProcessMode
            run = { query in Result { try corpus.search(query.request).total } }
        } catch {
            guard let cli, cli.has("search") else {
                return .unavailable("not available: \(error); and `vnpress search` missing", mode: subprocessMode)
            }
            mode = subprocessMode
            run = { query in
                Result {
                    let child = try ChildProcess.run(cli.binary, query.cliArguments(db: db, limit: 20), stdout: .capture)
                    guard child.succeeded else {
                        throw SearchFailure(message: "exit \(child.exitCode): \(child.stderrTail.prefix(200))")
                    }
                    return child.stdout.flatMap(resultTotal)
                }
            }
        }

        var totals = [Int?](repeating: nil, count: queries.count)
        var errors = [String?](repeating: nil, count: queries.count)
        for (index, query) in queries.enumerated() {
            switch run(query) {
            case .success(let total): totals[index] = total
            case .failure(let error): errors[index] = String(describing: error)
            }
        }
        var samples = [[Double]](repeating: [], count: queries.count)
        var failures = 0
        for round in 1...repetitions {
            progress.say("  search round \(round)/\(repetitions) (\(queries.count) queries, \(mode))")
            for (index, query) in queries.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                let outcome = run(query)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                if case .failure(let error) = outcome {
                    failures += 1
                    errors[index] = errors[index] ?? String(describing: error)
                } else {
                    samples[index].append(ms)
                }
            }
        }
        let all = samples.flatMap { $0 }.sorted()
        let perQuery = queries.indices.map { index in
            SearchFigures.PerQuery(query: queries[index].label, medianMs: percentile(samples[index].sorted(), 50) ?? 0,
                                   total: totals[index], error: errors[index])
        }
        let known = totals.compactMap { $0 }
        let status = all.isEmpty ? "failed: every query failed (first: \(errors.compactMap { $0 }.first ?? "?"))" : "ok"
        return SearchFigures(
            mode: mode, status: status, queries: queries.count, repetitions: repetitions, samples: all.count,
            failures: failures, p50Ms: percentile(all, 50), p95Ms: percentile(all, 95), p99Ms: percentile(all, 99),
            meanMs: all.isEmpty ? nil : all.reduce(0, +) / Double(all.count), maxMs: all.last,
            zeroHitQueries: known.isEmpty ? nil : known.filter { $0 == 0 }.count, perQuery: perQuery)
    }

    /// Nearest-rank percentile of sorted samples.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// `total` from the JSON of `vnpress search --format json`, whatever its outer shape.
    static func resultTotal(_ data: Data) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        if let dictionary = object as? [String: Any] {
            if let total = dictionary["total"] as? Int { return total }
            if let hits = dictionary["hits"] as? [Any] { return hits.count }
        }
        if let array = object as? [Any] { return array.count }
        return nil
    }
}

struct SearchFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
