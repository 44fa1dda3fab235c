import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The benchmark corpus (news-20k) unpacked once per run into a scratch folder,
/// and the subsets every measurement runs on. Nothing here is ever written
/// into the repository: the README of the corpus forbids copying articles.
struct Corpus {
    /// Every article file of the corpus, sorted (the corpus order is already mixed
    /// across its four sources, so a prefix is a fair sample).
    let files: [String]
    /// Scratch folder owned by this run; removed by ``cleanUp()``.
    let workDirectory: String

    struct Missing: Error, CustomStringConvertible {
        var looked: [String]
        var description: String {
            "bench corpus not found at \(looked.joined(separator: " or ")); skipping"
                + " (pass --corpus PATH or set VNPRESS_BENCH_CORPUS to news-20k.tar.xz or its unpacked folder)"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `--corpus`, then `VNPRESS_BENCH_CORPUS`, then `shared/bench/news-20k.tar.xz`
    /// in the parent (or grandparent) of the package root, which is where the
    /// shared folder sits for both the main checkout and the worktrees.
    static func locate(explicit: String?, packageRoot: String) throws -> String {
        if let explicit { return try existing([explicit]) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["VNPRESS_BENCH_CORPUS"], !fromEnvironment.isEmpty {
            return try existing([fromEnvironment])
        }
        var candidates: [String] = []
        var directory = URL(fileURLWithPath: packageRoot).standardizedFileURL
        for _ in 0..<3 {
            directory = directory.deletingLastPathComponent()
            candidates.append(directory.appendingPathComponent("shared/bench/news-20k.tar.xz").path)
        }
        return try existing(candidates)
    }

    private static func existing(_ candidates: [String]) throws -> String {
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) { return candidate }
        throw Missing(looked: candidates)
    }

    /// Unpacks an archive (or takes a folder as it is) and lists its `*.txt` files.
    static func prepare(source: String, progress: ProgressLog) throws -> Corpus {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("vnpress-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory)
        let root: String
        if isDirectory.boolValue {
            root = source
        } else {
            progress.say("unpacking \(source) into \(work)/corpus …")
            let target = "\(work)/corpus"
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            guard let tar = ChildProcess.which("tar") else { throw Failure(description: "tar not found on PATH") }
            let result = try ChildProcess.run(tar, ["-xJf", source, "-C", target])
            guard result.succeeded else {
                throw Failure(description: "tar -xJf \(source) failed (exit \(result.exitCode)): \(result.stderrTail)")
            }
            progress.say("unpacked in \(Format.seconds(result.seconds))")
            root = target
        }
        let files = listTextFiles(under: root)
        guard !files.isEmpty else { throw Failure(description: "no *.txt files under \(root)") }
        progress.say("corpus: \(files.count) articles")
        return Corpus(files: files, workDirectory: work)
    }

    static func listTextFiles(under root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        for case let relative as String in enumerator where relative.hasSuffix(".txt") {
            files.append("\(root)/\(relative)")
        }
        return files.sorted()
    }

    /// A folder holding exactly `size` articles: a prefix of the corpus, or for
    /// sizes beyond it the corpus repeated under new names (`r2_00001.txt`), so
    /// that the index really grows (an ingest that skips duplicate *content*
    /// would hide this; the report shows the database size per step).
    /// Hard links cost no space; copies are the fallback across file systems.
    func subset(size: Int) throws -> Subset {
        let directory = "\(workDirectory)/subset-\(size)"
        let manager = FileManager.default
        if manager.fileExists(atPath: directory) { try manager.removeItem(atPath: directory) }
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var paths: [String] = []
        paths.reserveCapacity(size)
        var bytes: Int64 = 0
        for index in 0..<size {
            let round = index / files.count + 1
            let source = files[index % files.count]
            let name = (source as NSString).lastPathComponent
            let target = "\(directory)/" + (round == 1 ? name : "r\(round)_\(name)")
            if link(source, target) != 0 { try manager.copyItem(atPath: source, toPath: target) }
            paths.append(target)
            bytes += fileSize(source)
        }
        return Subset(size: size, directory: directory, files: paths, bytes: bytes, repeated: size > files.count)
    }

    func remove(_ subset: Subset) {
        try? FileManager.default.removeItem(atPath: subset.directory)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: workDirectory)
    }
}

/// The articles one size step runs on.
struct Subset {
    var size: Int
    var directory: String
    var files: [String]
    var bytes: Int64
    /// True when the corpus had to be repeated to reach the size.
    var repeated: Bool
}

func fileSize(_ path: String) -> Int64 {
    var info = stat()
    return stat(path, &info) == 0 ? Int64(info.st_size) : 0
}
