import Foundation
import Hummingbird
import HummingbirdTesting
import Index
import Query
import Logging
import Server
import XCTest

/// The real server on 127.0.0.1 (ephemeral port) read by a real headless
/// Chromium: proves the pages render in a browser, not only in string checks.
/// Skips when no Chromium is installed; `.ci/run` installs it.
final class BrowserEndToEndTests: XCTestCase {
    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "chrome"]
    static let timeout: TimeInterval = 60

    static func browserPath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in browserNames {
            for dir in path.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    func testChromiumRendersSearchResults() async throws {
        // Typed without diacritics, as users often do.
        let dom = try await Self.render(corpus: FakeCorpus(), path: "/?q=thi+dua")
        XCTAssertTrue(dom.contains("<ol class=\"results\""), String(dom.prefix(2000)))
        XCTAssertTrue(dom.contains("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2018"))
        XCTAssertTrue(dom.contains("Quảng Ninh: 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn"))
        XCTAssertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; Hội nghị thi đua"), "hostile title shown as text")
        XCTAssertFalse(dom.contains("Phát hành 30.000 sổ tay"))
        XCTAssertTrue(dom.contains("<svg class=\"timeline\""))
    }

    /// The whole chain: the five real articles of `corpus/` ingested into a fresh
    /// SQLite index, served, searched without diacritics and rendered by Chromium.
    func testChromiumRendersSearchOverTheRealIndex() async throws {
        let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vnpress-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try IndexDatabase(path: folder.appendingPathComponent("index.sqlite").path)
        let summary = try Ingester(database: database).ingest(roots: [corpusFolder])
        XCTAssertEqual(summary.new, 5)

        let dom = try await Self.render(corpus: SQLiteCorpus(database: database), path: "/?q=quy+tac+ung+xu&agency=lao+dong")
        XCTAssertTrue(dom.contains("<ol class=\"results\""), String(dom.prefix(2000)))
        // Typed without diacritics and narrowed by an extracted agency: the two articles that
        // name the Sở Lao động - Thương binh và Xã hội (one only as "Sở LĐTB&XH")…
        XCTAssertTrue(dom.contains("Sở LĐTB&amp;XH Hà Nội có nhiều sáng tạo trong tuyên truyền quy tắc ứng xử"))
        XCTAssertTrue(dom.contains("Cán bộ, công chức, viên chức, người lao động Thủ đô thi đua thực hiện văn hóa công sở"))
        // …and not the others, which also speak of quy tắc ứng xử.
        XCTAssertFalse(dom.contains("Lan tỏa những nét đẹp trong văn hóa công sở"))
    }

    /// Serves `corpus` on 127.0.0.1 (ephemeral port) and returns the DOM Chromium
    /// renders for `path`; skips the test when no Chromium is installed.
    static func render(corpus: any CorpusQuerying, path: String) async throws -> String {
        guard let browser = browserPath() else {
            throw XCTSkip("No chromium binary on PATH; install it (apt-get install chromium) to run the browser test.")
        }
        var logger = Logger(label: "e2e")
        logger.logLevel = .warning
        let app = buildApplication(corpus: corpus, configuration: ServerConfiguration(host: "127.0.0.1", port: 0), logger: logger)
        return try await app.test(.live) { client -> String in
            let port = try XCTUnwrap(client.port)
            return try await dumpDOM(browser: browser, url: "http://127.0.0.1:\(port)\(path)")
        }
    }

    /// Runs `chromium --dump-dom` and returns its output; kills it after ``timeout``.
    static func dumpDOM(browser: String, url: String) async throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vnpress-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("dom.html")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage",
                             "--no-first-run", "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
                             "--dump-dom", url]
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice

        let finished = AsyncStream<Void> { continuation in
            process.terminationHandler = { _ in continuation.yield(); continuation.finish() }
        }
        try process.run()
        let watchdog = Task {
            try await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
            if process.isRunning { process.terminate() }
        }
        for await _ in finished { break }
        watchdog.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            struct BrowserFailed: Error, CustomStringConvertible { let description: String }
            throw BrowserFailed(description: "chromium did not finish within \(Int(timeout)) s or failed (status \(process.terminationStatus))")
        }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }
}
