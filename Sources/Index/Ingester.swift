import Extract
import Foundation
import GRDB
import Ingest

/// Incremental, parallel ingest of folders of press reports into an ``IndexDatabase``.
///
/// Files are taken in batches: the workers read, hash, parse and extract one
/// batch (`concurrentPerform` over `jobs` threads) while the single writer
/// commits the previous one in one transaction. A file whose hash and size
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
        let batches = stride(from: 0, to: files.count, by: options.batchSize).map {
            Array(files[$0..<min($0 + options.batchSize, files.count)])
        }
        let queue = DispatchQueue(label: "vnpress.ingest.prepare")
        var pending: [Outcome]? = batches.isEmpty ? nil : prepare(batches[0], known: known, jobs: options.jobs)
        var done = 0
        for index in batches.indices {
            guard let outcomes = pending else { break }
            // Prepare the next batch while this one is written.
            let group = DispatchGroup()
            let next = Box<[Outcome]?>(nil)
            if index + 1 < batches.count {
                let batch = batches[index + 1]
                queue.async(group: group) { next.value = self.prepare(batch, known: known, jobs: options.jobs) }
            }
            guard options.shouldContinue() else { group.wait(); summary.interrupted = true; break }
            try commit(outcomes, into: &summary)
            done += outcomes.count
            options.progress(IngestProgress(done: done, total: files.count, bytes: summary.bytes))
            group.wait()
            pending = next.value
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

    func prepare(_ batch: [String], known: [String: Known], jobs: Int) -> [Outcome] {
        let results = UnsafeMutableBufferPointer<Outcome>.allocate(capacity: batch.count)
        defer { results.deallocate() }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while true {
                let i = next.increment()
                guard i < batch.count else { return }
                (results.baseAddress! + i).initialize(to: prepare(path: batch[i], known: known[batch[i]]))
            }
        }
        let out = Array(results)
        _ = results.baseAddress!.deinitialize(count: batch.count)
        return out
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

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return ns.localizedDescription
    }
}

final class Box<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// A shared work index for the workers of one batch.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
}
