import Foundation

/// Finds the `*.txt` files under the roots, sorted, as absolute paths.
/// Hidden folders (the index's own `.vnpress`) are skipped. A directory whose
/// name ends in `.txt` is returned too: reading it fails, and the failure is
/// reported like any other bad file.
enum FileWalker {
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    static func files(under roots: [String]) throws -> [String] {
        let fm = FileManager.default
        var found = Set<String>()
        for root in roots {
            let base = absolute(root)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: base, isDirectory: &isDir) else { throw IngestInputError(path: root) }
            guard isDir.boolValue else { found.insert(base); continue }
            guard let walker = fm.enumerator(atPath: base) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                if name.lowercased().hasSuffix(".txt") { found.insert(base + "/" + relative) }
            }
        }
        return found.sorted()
    }

    /// True when `path` is one of the roots or lies under one.
    static func isUnder(_ path: String, roots: [String]) -> Bool {
        roots.contains { root in
            let base = absolute(root)
            return path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
        }
    }
}
