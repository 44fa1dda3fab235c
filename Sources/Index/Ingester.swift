import Extract
import Foundation
import GRDB
import Ingest

/// Incremental, parallel ingest of folders of press reports into an ``IndexDatabase``.
///
/// `jobs` worker threads read, hash, parse and extract files ahead of the single
/// writer, which commits them in file order, one transaction per batch. A file whose hash and size
/// match the index is skipped before parsing; a changed one is replaced; with
/// `prune`, indexed files that are gone from the roots are removed. Stopping
/// between batches (or a crash anywhere) leaves whole batches only, and a
/// re-run skips what was committed.
public struct Ingester: Sendable {
    public let database: IndexDatabase
    public let reader: ArticleReader
    /// The extraction step; tests pass facts built by hand.
    public let extract: @Sendable (Article) -> Facts

    public init(database: IndexDatabase, reader: ArticleReader = ArticleReader(), extractor: Extractor = Extractor()) {
        self.init(database: database, reader: reader, extract: { extractor.extract($0) })
    }

    public init(database: IndexDatabase, reader: ArticleReader = ArticleReader(), extract: @escaping @Sendable (Article) -> Facts) {
        self.database = database; self.reader = reader; self.extract = extract
    }

    struct Known { var id: Int64; var hash: String; var size: Int }

    enum Outcome {
        case skipped(bytes: Int)
        case prepared(PreparedArticle, replacing: Int64?)
        case failed(IngestFailure)
    }

    /// Ingests every `*.txt` under `roots` (folders or single files).
    public func ingest(roots: [String], options: IngestOptions = IngestOptions()) throws -> IngestSummary {
        let started = Date()
        let files = try FileWalker.files(under: roots)
        let known = try database.writer.read { db -> [String: Known] in
            var map: [String: Known] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, content_hash, size FROM articles")
            while let row = try rows.next() { map[row["path"]] = Known(id: row["id"], hash: row["content_hash"], size: row["size"]) }
            return map
        }
        var summary = IngestSummary()
        summary.files = files.count
        // Workers prepare files ahead of the writer (see OutcomeQueue); the writer
        // commits them in file order, `batchSize` per transaction.
        let queue = OutcomeQueue<Outcome>(count: files.count, window: 2 * options.batchSize)
        let workers = DispatchGroup()
        // Threads of their own: workers block while far ahead, which must not starve a shared pool.
        for _ in 0..<min(options.jobs, max(1, files.count)) {
            workers.enter()
            let thread = Thread {
                Self.yieldToWriter()
                while let i = queue.claim() { queue.put(i, self.prepare(path: files[i], known: known[files[i]])) }
                workers.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { queue.stop(); workers.wait() }
        var done = 0, batches = 0
        try database.withBackgroundCheckpoints { checkpointer in
            while done < files.count {
                let end = min(done + options.batchSize, files.count)
                let outcomes = (done..<end).map { queue.take($0) }
                guard options.shouldContinue() else { summary.interrupted = true; break }
                try commit(outcomes, into: &summary)
                batches += 1
                // Every few batches the log starts over; in between it is copied in the background.
                if batches % 8 == 0 { checkpointer?.restart() } else { checkpointer?.request() }
                done = end
                options.progress(IngestProgress(done: done, total: files.count, bytes: summary.bytes))
            }
        }
        if options.prune && !summary.interrupted {
            let present = Set(files)
            let gone = known.filter { !present.contains($0.key) && FileWalker.isUnder($0.key, roots: roots) }
            try database.writer.write { db in
                for (_, k) in gone { try IndexWriter.delete(db, articleID: k.id) }
            }
            summary.removed = gone.count
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    func commit(_ outcomes: [Outcome], into summary: inout IngestSummary) throws {
        let now = IndexWriter.timestamp.string(from: Date())
        var s = summary
        try database.writer.write { db in
            for outcome in outcomes {
                switch outcome {
                case .skipped(let bytes):
                    s.skipped += 1; s.bytes += bytes
                case .failed(let failure):
                    s.failed += 1; s.failures.append(failure)
                case .prepared(let p, let replacing):
                    try IndexWriter.upsert(db, p, replacing: replacing, now: now)
                    if replacing == nil { s.new += 1 } else { s.updated += 1 }
                    s.bytes += p.size
                    s.warnings += p.article.diagnostics.count
                }
            }
        }
        summary = s
    }

    /// Reads, hashes and (when new or changed) parses and extracts one file.
    func prepare(path: String, known: Known?) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            return .failed(IngestFailure(path: path, message: "cannot read the file (\(Self.reason(error))); check that it is a readable text file"))
        }
        let hash = ContentHash.hex(bytes)
        if let known, known.hash == hash, known.size == bytes.count { return .skipped(bytes: bytes.count) }
        if bytes.contains(0) {
            return .failed(IngestFailure(path: path, message: "binary data (NUL byte at offset \(bytes.firstIndex(of: 0)!)), not a text file; skipped"))
        }
        let article = reader.read(bytes: bytes, file: path)
        if article.text.allSatisfy(\.isWhitespace) {
            return .failed(IngestFailure(path: path, message: "no text after decoding; check the file's encoding"))
        }
        let facts = extract(article)
        return .prepared(PreparedArticle(path: path, hash: hash, size: bytes.count, article: article, facts: facts),
                         replacing: known?.id)
    }

    /// Lowers the calling worker thread's scheduling priority (nice +10).
    ///
    /// The single writer bounds an ingest, yet with as many workers as cores it
    /// ran with a third of the CPU taken from it while the workers, far ahead,
    /// then sat blocked on the queue (4 s of 9 on the 20k bench). Nice workers
    /// give the writer its core whenever it has work and use the rest, so neither
    /// side waits (the run's wall time fell by about a tenth). On Linux a thread's
    /// nice value is its own; elsewhere this does nothing.
    static func yieldToWriter() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return ns.localizedDescription
    }
}
