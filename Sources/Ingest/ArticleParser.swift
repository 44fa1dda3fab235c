import Foundation
import VietText

/// Turns the text of one press-report file into an ``Article``.
/// (Skeleton: title = first non-empty line, body = the other lines.)
public struct ArticleParser: Sendable {
    public init() {}

    public func parse(text: String, file: String) -> Article {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Article(file: file, title: lines.first, paragraphs: Array(lines.dropFirst()))
    }
}
