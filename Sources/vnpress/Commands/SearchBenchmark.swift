import Foundation
import Query

/// `vnpress search QUERIES_FILE --bench N` (hidden): runs each query of the file
/// (one a line) N times through the same code path as `search` (ranked page with
/// snippets and the total; facets only on request, as there), and prints latency
/// percentiles on stderr.
enum SearchBenchmark {
    static func run(corpus: SQLiteCorpus, queries file: String, rounds: Int, limit: Int) throws {
        let queries = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        var times: [Double] = []
        var perQuery: [(String, Double, Int)] = []
        for q in queries { _ = try corpus.search(SearchRequest(query: q, limit: limit, facets: false)) } // warm the cache
        for q in queries {
            var worst = 0.0, total = 0
            for _ in 0..<max(1, rounds) {
                let start = DispatchTime.now().uptimeNanoseconds
                total = try corpus.search(SearchRequest(query: q, limit: limit, facets: false)).total
                let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                times.append(ms); worst = max(worst, ms)
            }
            perQuery.append((q, worst, total))
        }
        times.sort()
        func pct(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
        for (q, worst, total) in perQuery { Terminal.err(String(format: "%8.2f ms max  %6d hits  %@\n", worst, total, q)) }
        Terminal.err(String(format: "%d searches: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                            times.count, pct(0.5), pct(0.9), pct(0.99), times.last ?? 0))
    }
}
