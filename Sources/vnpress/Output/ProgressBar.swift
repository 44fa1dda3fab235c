import Foundation

/// A one-line progress bar on standard error, drawn only when standard error
/// is a terminal, so pipes and logs stay clean.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    let started = Date()
    private let lock = NSLock()

    init(enabled: Bool = Terminal.stderrIsTTY) { self.enabled = enabled }

    func update(done: Int, total: Int, bytes: Int) {
        guard enabled, total > 0 else { return }
        lock.lock(); defer { lock.unlock() }
        let width = 30
        let fraction = min(1, Double(done) / Double(total))
        let filled = Int(fraction * Double(width))
        let elapsed = max(0.001, Date().timeIntervalSince(started))
        let rate = Double(bytes) / 1_000_000 / elapsed
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.err(String(format: "\r%@ %3d%% %d/%d files  %.1f MB/s", bar, Int(fraction * 100), done, total, rate))
    }

    func finish() {
        guard enabled else { return }
        Terminal.err("\r\u{1B}[K")
    }
}
