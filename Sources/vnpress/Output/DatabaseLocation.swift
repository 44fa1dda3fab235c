import Foundation

/// Where the index file is. `ingest` defaults to `<first DIR>/.vnpress/index.sqlite`;
/// the query commands take `--db` (a file, or a corpus folder holding `.vnpress/`),
/// else `$VNPRESS_DB`, else the nearest `.vnpress/index.sqlite` in the current
/// folder or one of its parents (the way git finds `.git`).
enum DatabaseLocation {
    static let relative = ".vnpress/index.sqlite"

    static func forIngest(db: String?, firstRoot: String) -> String {
        if let db { return resolve(db) }
        var isDir: ObjCBool = false
        let base = FileManager.default.fileExists(atPath: firstRoot, isDirectory: &isDir) && !isDir.boolValue
            ? (firstRoot as NSString).deletingLastPathComponent : firstRoot
        return ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(relative)
    }

    static func forQuery(db: String?) -> String {
        if let db { return resolve(db) }
        if let env = ProcessInfo.processInfo.environment["VNPRESS_DB"], !env.isEmpty { return resolve(env) }
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while true {
            let candidate = dir.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        return relative
    }

    /// A folder means the corpus folder: its `.vnpress/index.sqlite`.
    static func resolve(_ path: String) -> String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            return (path as NSString).appendingPathComponent(relative)
        }
        return path
    }
}
