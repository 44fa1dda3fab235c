import Foundation
import XCTest
@testable import Index

/// The hand-over between ingest workers and the writer: every file once, in
/// order, never more than `window` files ahead, and a stop releases the workers.
final class OutcomeQueueTests: XCTestCase {
    func testEveryIndexArrivesInOrderWithinTheWindow() {
        for (count, window, workers) in [(0, 3, 2), (1, 1, 3), (57, 4, 3), (500, 16, 2)] {
            let queue = OutcomeQueue<Int>(count: count, window: window)
            let ahead = AheadCheck()
            let group = DispatchGroup()
            for _ in 0..<workers {
                DispatchQueue.global().async(group: group) {
                    while let i = queue.claim() {
                        ahead.claimed(i)
                        queue.put(i, i * i)
                    }
                }
            }
            for i in 0..<count {
                XCTAssertEqual(queue.take(i), i * i)
                ahead.taken(i + 1)
            }
            group.wait()
            // The writer records a take just after the queue does, so a worker may be seen one file further.
            XCTAssertLessThanOrEqual(ahead.maxAhead, window + 1, "count \(count) window \(window)")
        }
    }

    func testWorkersWaitForTheWriterAtTheWindow() {
        let queue = OutcomeQueue<Int>(count: 10, window: 3)
        let claims = AheadCheck()
        let group = DispatchGroup()
        for _ in 0..<2 {
            DispatchQueue.global().async(group: group) {
                while let i = queue.claim() { claims.claimed(i); queue.put(i, i) }
            }
        }
        func settled(at expected: Int) -> Int {
            let deadline = Date().addingTimeInterval(5)
            while claims.count < expected && Date() < deadline { usleep(1000) }
            usleep(50_000)
            return claims.count
        }
        XCTAssertEqual(settled(at: 3), 3)
        XCTAssertEqual(queue.take(0), 0)
        XCTAssertEqual(settled(at: 4), 4)
        queue.stop()
        XCTAssertEqual(group.wait(timeout: .now() + 10), .success)
    }

    func testStopReleasesWaitingWorkers() {
        let queue = OutcomeQueue<Int>(count: 100, window: 2)
        let group = DispatchGroup()
        let claims = AheadCheck()
        for _ in 0..<3 {
            DispatchQueue.global().async(group: group) {
                while let i = queue.claim() { claims.claimed(i); queue.put(i, i) }
            }
        }
        XCTAssertEqual(queue.take(0), 0)
        queue.stop()
        XCTAssertEqual(group.wait(timeout: .now() + 10), .success)
        XCTAssertLessThan(claims.count, 100)
    }
}

/// Records how far workers got ahead of the writer.
private final class AheadCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var highestClaimed = -1, takenCount = 0
    private(set) var maxAhead = 0, count = 0
    func claimed(_ i: Int) {
        lock.lock(); defer { lock.unlock() }
        count += 1
        highestClaimed = max(highestClaimed, i)
        maxAhead = max(maxAhead, highestClaimed + 1 - takenCount)
    }
    func taken(_ n: Int) { lock.lock(); takenCount = n; lock.unlock() }
}
