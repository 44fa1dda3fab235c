/// A press report after cleaning: the parts a reader cares about, with the
/// site's boilerplate removed. Produced by ``ArticleParser``.
public struct Article: Sendable, Equatable, Codable {
    /// Where the article came from (a path, or `-` for standard input).
    public var file: String
    /// The headline, without site slogans, kickers or section names.
    public var title: String?
    /// The credited outlet or agency ("Kinhtedothi", "TTXVN"), `nil` when none is given.
    public var source: String?
    /// Bylines of the people who wrote the piece (photo credits excluded).
    public var authors: [String]
    /// The publication date or dateline when the article states one (ISO 8601, `2017-02-08`).
    public var published: String?
    /// Body paragraphs in order, each NFC with uniform tone placement.
    public var paragraphs: [String]
    /// Photo captions, kept apart from the body and de-duplicated.
    public var captions: [String]
    /// Problems met while reading the file (invalid bytes, ...), none fatal.
    public var diagnostics: [Diagnostic]

    public init(file: String, title: String? = nil, source: String? = nil, authors: [String] = [],
                published: String? = nil, paragraphs: [String] = [], captions: [String] = [],
                diagnostics: [Diagnostic] = []) {
        self.file = file; self.title = title; self.source = source; self.authors = authors
        self.published = published; self.paragraphs = paragraphs; self.captions = captions
        self.diagnostics = diagnostics
    }

    /// The cleaned text that spans refer to: the title, then the body
    /// paragraphs, separated by blank lines (`"\n\n"`).
    public var text: String {
        ([title].compactMap { $0 } + paragraphs).joined(separator: "\n\n")
    }
}

/// A problem found in one input, carried with the result instead of stopping a batch.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }
    public var severity: Severity
    /// The file the problem is in.
    public var file: String
    /// Byte offset in the file, when the problem has one.
    public var byteOffset: Int?
    /// Line number (1-based), when the problem has one.
    public var line: Int?
    /// What is wrong and what to do about it.
    public var message: String

    public init(severity: Severity, file: String, byteOffset: Int? = nil, line: Int? = nil, message: String) {
        self.severity = severity; self.file = file; self.byteOffset = byteOffset; self.line = line
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(severity.rawValue): \(message)"
    }
}
