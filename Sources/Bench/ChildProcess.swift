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

    /// Runs `program` and reports its cost. With `measureMemory`, the program is
    /// started through a fresh copy of this executable in helper mode
    /// (`--child-rusage`), because Linux charges a child the parent's resident
    /// set at `exec` time when it was spawned with vfork semantics (as
    /// posix_spawn does): `ru_maxrss` would never read below this harness's own
    /// size. The helper is small, so the floor drops to its few MB
    /// (see ``memoryFloorBytes()``).
    static func run(_ program: String, _ arguments: [String], stdout output: Output = .discard,
                    measureMemory: Bool = false) throws -> ChildResult {
        let scratch = FileManager.default.temporaryDirectory.path
        let token = UUID().uuidString
        let outPath = output == .capture ? "\(scratch)/vnpress-bench-\(token).out" : "/dev/null"
        let errPath = "\(scratch)/vnpress-bench-\(token).err"
        let usagePath = "\(scratch)/vnpress-bench-\(token).rusage"
        defer {
            if output == .capture { _ = unlink(outPath) }
            _ = unlink(errPath)
            _ = unlink(usagePath)
        }
        let helper = measureMemory ? rusageHelper : nil
        let direct = try spawnAndWait(helper?.program ?? program,
                                      helper.map { $0.arguments + [usagePath, program] + arguments } ?? arguments,
                                      stdin: "/dev/null", stdout: outPath, stderr: errPath)
        var measured = direct
        if helper != nil, let line = try? String(contentsOfFile: usagePath, encoding: .utf8) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
            if fields.count == 6 {
                measured = Reaped(status: Int32(fields[0]), seconds: fields[1], maxRSSBytes: Int64(fields[2]),
                                  userSeconds: fields[3], systemSeconds: fields[4])
            }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let termSignal = measured.status & 0x7f
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return ChildResult(
            exitCode: termSignal == 0 ? (measured.status >> 8) & 0xff : -1,
            signal: termSignal == 0 ? nil : termSignal,
            seconds: measured.seconds, maxRSSBytes: measured.maxRSSBytes,
            userSeconds: measured.userSeconds, systemSeconds: measured.systemSeconds,
            stdout: output == .capture ? FileManager.default.contents(atPath: outPath) : nil,
            stderrTail: String(decoding: errData.suffix(2000), as: UTF8.self))
    }

    /// The smallest available process that can spawn, wait4 and report: python3
    /// (about 10 MB resident) when installed, else this executable in helper mode.
    static let rusageHelper: (program: String, arguments: [String])? = {
        if let python = which("python3") {
            return (python, ["-S", "-c", """
                import os, sys, time
                start = time.monotonic()
                pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
                _, status, usage = os.wait4(pid, 0)
                with open(sys.argv[1], "w") as f:
                    f.write(f"{status} {time.monotonic() - start} {usage.ru_maxrss * 1024} {usage.ru_utime} {usage.ru_stime} 0\\n")
                """])
        }
        return selfExecutable().map { ($0, ["--child-rusage"]) }
    }()

    /// Helper mode: `vnpress-bench --child-rusage RESULT PROGRAM ARGS…` runs PROGRAM
    /// with the inherited standard streams and writes
    /// "status seconds maxrss-bytes user system 0" to RESULT.
    static func helperMain(_ arguments: [String]) -> Never {
        guard arguments.count >= 2 else { exit(64) }
        let reaped: Reaped
        do { reaped = try spawnAndWait(arguments[1], Array(arguments.dropFirst(2)), stdin: nil, stdout: nil, stderr: nil) } catch {
            FileHandle.standardError.write(Data("vnpress-bench: \(error)\n".utf8))
            exit(127)
        }
        let line = "\(reaped.status) \(reaped.seconds) \(reaped.maxRSSBytes) \(reaped.userSeconds) \(reaped.systemSeconds) 0\n"
        _ = FileManager.default.createFile(atPath: arguments[0], contents: Data(line.utf8))
        exit(0)
    }

    /// What `ru_maxrss` reads for a child that does almost nothing (`/bin/true`):
    /// peaks near this value are the floor of the method, not the program.
    static func memoryFloorBytes() -> Int64? {
        guard let truePath = which("true"), let result = try? run(truePath, [], measureMemory: true) else { return nil }
        return result.maxRSSBytes
    }

    struct Reaped {
        var status: Int32
        var seconds: Double
        var maxRSSBytes: Int64
        var userSeconds: Double
        var systemSeconds: Double
    }

    /// posix_spawn + wait4. Streams given as nil are inherited.
    private static func spawnAndWait(_ program: String, _ arguments: [String],
                                     stdin: String?, stdout: String?, stderr: String?) throws -> Reaped {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        if let stdout { posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }
        if let stderr { posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }

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
        return Reaped(status: status, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                      maxRSSBytes: maxRSSBytes(usage),
                      userSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
                      systemSeconds: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
    }

    static func selfExecutable() -> String? {
        #if os(Linux)
        return try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        #else
        return CommandLine.arguments.first
        #endif
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
