import Foundation

/// How an ingest runs. The hooks make long runs observable and stoppable
/// between batches (SIGINT in the CLI, a limit in tests).
public struct IngestOptions: Sendable {
    /// Worker threads for read+parse+extract; the writer is always one more.
    public var jobs: Int
    /// Articles per write transaction: the unit an interruption can lose.
    public var batchSize: Int
    /// A thousand articles is a fraction of a second of work to lose, and five
    /// times fewer commits than 200 took a tenth off the writer's time (each
    /// commit rewrites the B-tree pages on the path to every insert, and every
    /// eighth one waits for a log restart).
    public static let defaultBatchSize = 1000
    /// Remove indexed articles under the given roots whose files are gone.
    public var prune: Bool
    /// Asked before each batch is committed; `false` stops the run cleanly.
    public var shouldContinue: @Sendable () -> Bool
    /// Called after each committed batch.
    public var progress: @Sendable (IngestProgress) -> Void

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = defaultBatchSize, prune: Bool = false,
                shouldContinue: @escaping @Sendable () -> Bool = { true },
                progress: @escaping @Sendable (IngestProgress) -> Void = { _ in }) {
        self.jobs = max(1, jobs); self.batchSize = max(1, batchSize); self.prune = prune
        self.shouldContinue = shouldContinue; self.progress = progress
    }
}

public struct IngestProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int
}

/// One file that could not be indexed, and why.
public struct IngestFailure: Sendable, Codable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// What a run did. `interrupted` runs committed every batch before the stop.
public struct IngestSummary: Sendable, Codable, Equatable {
    public var files = 0
    public var new = 0
    public var updated = 0
    public var skipped = 0
    public var failed = 0
    public var removed = 0
    public var warnings = 0
    public var bytes = 0
    public var seconds = 0.0
    public var interrupted = false
    public var failures: [IngestFailure] = []
    public var mbPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }

    enum CodingKeys: String, CodingKey {
        case files, new, updated, skipped, failed, removed, warnings, bytes, seconds, interrupted, failures, mbPerSecond
    }
    public init() {}
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        files = try c.decode(Int.self, forKey: .files); new = try c.decode(Int.self, forKey: .new)
        updated = try c.decode(Int.self, forKey: .updated); skipped = try c.decode(Int.self, forKey: .skipped)
        failed = try c.decode(Int.self, forKey: .failed); removed = try c.decode(Int.self, forKey: .removed)
        warnings = try c.decode(Int.self, forKey: .warnings); bytes = try c.decode(Int.self, forKey: .bytes)
        seconds = try c.decode(Double.self, forKey: .seconds); interrupted = try c.decode(Bool.self, forKey: .interrupted)
        failures = try c.decode([IngestFailure].self, forKey: .failures)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(files, forKey: .files); try c.encode(new, forKey: .new); try c.encode(updated, forKey: .updated)
        try c.encode(skipped, forKey: .skipped); try c.encode(failed, forKey: .failed); try c.encode(removed, forKey: .removed)
        try c.encode(warnings, forKey: .warnings); try c.encode(bytes, forKey: .bytes); try c.encode(seconds, forKey: .seconds)
        try c.encode(interrupted, forKey: .interrupted); try c.encode(failures, forKey: .failures)
        try c.encode((mbPerSecond * 100).rounded() / 100, forKey: .mbPerSecond)
    }
}

/// A root given to ingest does not exist.
public struct IngestInputError: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path): no such file or directory" }
}
