import Foundation
import VietText
#if canImport(Glibc)
import Glibc
/// `read(2)`, named apart from ``ArticleReader``'s own `read` methods.
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
#elseif canImport(Darwin)
import Darwin
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
#endif

/// Reads one file (or standard input) into an ``Article``: decode, normalize,
/// parse. Never throws for bad content: problems become diagnostics.
public struct ArticleReader: Sendable {
    public let parser: ArticleParser

    public init(parser: ArticleParser = ArticleParser()) { self.parser = parser }

    /// Failure to read the file at all (missing, unreadable, a directory).
    public struct ReadError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    public func read(path: String) throws -> Article {
        guard let bytes = Self.regularFileBytes(path) ?? FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) else {
            throw ReadError(file: path, message: "cannot read the file; check that it exists and is readable")
        }
        return read(bytes: bytes, file: path)
    }

    /// The bytes of a regular file read straight into the array (`nil` for anything else or on
    /// any failure: the caller then asks `FileManager`, whose answers stay the rule). Why:
    /// `Data` and its copy into an array cost as much as reading a small article.
    static func regularFileBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = readFile(fd, buffer.baseAddress! + count, size - count)
                guard n > 0 else { return }
                count += n
            }
            // The file may have grown since fstat: then let FileManager read it whole.
            var probe: UInt8 = 0
            complete = readFile(fd, &probe, 1) == 0
        }
        return complete ? bytes : nil
    }

    public func read(bytes: [UInt8], file: String) -> Article {
        let decoded = Normalizer.decodeNormalized(bytes)
        var article = parser.parse(text: decoded.text, file: file)
        if decoded.invalidSequences > 0 {
            article.diagnostics.append(Diagnostic(
                severity: .warning, file: file, byteOffset: decoded.firstInvalidOffset,
                message: "\(decoded.invalidSequences) invalid byte sequence(s) in \(decoded.encoding.rawValue) replaced by U+FFFD; re-save the file as UTF-8"))
        }
        return article
    }
}
