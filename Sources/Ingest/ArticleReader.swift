import Foundation
import VietText

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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(file: path, message: "cannot read the file; check that it exists and is readable")
        }
        return read(bytes: [UInt8](data), file: path)
    }

    public func read(bytes: [UInt8], file: String) -> Article {
        let decoded = TextDecoder.decode(bytes)
        var article = parser.parse(text: Normalizer.normalize(decoded.text), file: file)
        if decoded.invalidSequences > 0 {
            article.diagnostics.append(Diagnostic(
                severity: .warning, file: file, byteOffset: decoded.firstInvalidOffset,
                message: "\(decoded.invalidSequences) invalid byte sequence(s) in \(decoded.encoding.rawValue) replaced by U+FFFD; re-save the file as UTF-8"))
        }
        return article
    }
}
