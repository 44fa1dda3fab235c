import Foundation

/// Hands prepared files from the worker threads to the single writer, in file order.
///
/// Workers claim file indices and run ahead of the writer by at most `window`
/// files, so memory stays bounded while neither side waits for the other's
/// slowest file: with lock-step batches the workers idled whenever the writer
/// was still committing, and the writer whenever one long file held up a batch.
final class OutcomeQueue<Outcome>: @unchecked Sendable {
    private var slots: [Outcome?]
    private let condition = NSCondition()
    private var claimed = 0, taken = 0, stopped = false
    private let window: Int

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = max(1, window)
    }

    /// The next file index for a worker; nil when every file is claimed or the run stopped.
    /// Blocks while the workers are `window` files ahead of the writer.
    func claim() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while !stopped && claimed < slots.count && claimed >= taken + window { condition.wait() }
        guard !stopped, claimed < slots.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    func put(_ index: Int, _ outcome: Outcome) {
        condition.lock(); defer { condition.unlock() }
        slots[index] = outcome
        condition.broadcast()
    }

    /// The outcome of file `index` (the writer takes them in order), waiting until it is ready.
    func take(_ index: Int) -> Outcome {
        condition.lock(); defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let outcome = slots[index]!
        slots[index] = nil
        taken = index + 1
        condition.broadcast()
        return outcome
    }

    /// Lets waiting workers finish: no more files are handed out.
    func stop() {
        condition.lock(); defer { condition.unlock() }
        stopped = true
        condition.broadcast()
    }
}
