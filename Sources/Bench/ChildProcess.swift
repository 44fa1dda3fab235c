import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one child process cost: wall time from spawn to reap, and the kernel's
/// own account of its peak resident set (`ru_maxrss` from `wait4`), which is the
/// only honest per-child memory figure: sampling `/proc` misses short peaks.
struct ChildResult {
    var exitCode: Int32
    /// Set when the child died from a signal instead of exiting.
    var signal: Int32?
    var seconds: Double
    /// Peak resident set size in bytes.
    var maxRSSBytes: Int64
    var userSeconds: Double
    var systemSeconds: Double
    /// Standard output, when it was captured.
    var stdout: Data?
    /// The last part of standard error, for explaining failures.
    var stderrTail: String

    var succeeded: Bool { signal == nil && exitCode == 0 }
}

struct SpawnError: Error, CustomStringConvertible {
    var program: String
    var code: Int32
    var description: String { "cannot start \(program): \(String(cString: strerror(code))) (errno \(code))" }
}

/// Runs a program with `posix_spawn` (no shell, so arguments need no quoting)
/// and reaps it with `wait4` to get its resource usage.
enum ChildProcess {
    /// Where the child's standard output goes.
    enum Output { case discard, capture }

    static func run(_ program: String, _ arguments: [String], stdout output: Output = .discard) throws -> ChildResult {
        let scratch = FileManager.default.temporaryDirectory.path
        let token = UUID().uuidString
        let outPath = output == .capture ? "\(scratch)/vnpress-bench-\(token).out" : "/dev/null"
        let errPath = "\(scratch)/vnpress-bench-\(token).err"
        defer {
            if output == .capture { _ = unlink(outPath) }
            _ = unlink(errPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let rc = argv.withUnsafeBufferPointer { buffer in
            posix_spawn(&pid, program, &actions, nil, buffer.baseAddress!, environ)
        }
        guard rc == 0 else { throw SpawnError(program: program, code: rc) }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            if errno != EINTR { throw SpawnError(program: program, code: errno) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let termSignal = status & 0x7f
        let exitCode = termSignal == 0 ? (status >> 8) & 0xff : -1
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        let tail = String(decoding: errData.suffix(2000), as: UTF8.self)
        return ChildResult(
            exitCode: exitCode,
            signal: termSignal == 0 ? nil : termSignal,
            seconds: seconds,
            maxRSSBytes: maxRSSBytes(usage),
            userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6,
            stdout: output == .capture ? FileManager.default.contents(atPath: outPath) : nil,
            stderrTail: tail)
    }

    /// Linux reports kilobytes, macOS bytes.
    private static func maxRSSBytes(_ usage: rusage) -> Int64 {
        #if os(Linux)
        return Int64(usage.ru_maxrss) * 1024
        #else
        return Int64(usage.ru_maxrss)
        #endif
    }

    /// Runs a short helper (`tar`, `swift --version`) and returns its output, or nil on failure.
    static func output(_ program: String, _ arguments: [String]) -> String? {
        guard let path = which(program),
              let result = try? run(path, arguments, stdout: .capture), result.succeeded,
              let data = result.stdout else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Finds a program on PATH (posix_spawn, unlike posix_spawnp, wants a path).
    static func which(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
