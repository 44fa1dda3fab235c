import Foundation
@testable import Ingest
import VietText

/// The `Character` code replaced by the byte paths of ``SimpleBytes`` and the session-4
/// shortcuts, kept verbatim as their oracle (see ``SimpleBytesTests``).
extension Reference {
    static func removeBracketLinks(_ paragraph: String) -> String {
        guard paragraph.contains("[") else { return paragraph }
        var out = ""
        var rest = Substring(paragraph)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let inner = rest[rest.index(after: open)..<close]
            let isLink = inner.split(separator: " ").count >= 5 && inner.first?.isUppercase == true
            out += rest[..<open]
            if !isLink { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// ``ArticleParser/isBodyLike(_:)``'s test of the end of a line of 12 to 44 words.
    static func endsBodyLike(_ line: String) -> Bool {
        var text = Substring(line)
        while let last = text.last, "\"”’)".contains(last) { text.removeLast() }
        guard let last = text.last else { return false }
        if last == "." { return !text.hasSuffix("..") }
        return last == ":" || last == ";"
    }

    /// ``LineClassifier/splitRunIn(_:checked:)``'s cut by `Character`: the prompt and the rest.
    static func runInCut(_ line: String) -> (prompt: String, rest: String?) {
        let chars = Array(line)
        var i = 1
        while i < chars.count {
            if chars[i].isUppercase, chars[i - 1].isLetter, chars[i - 1].isLowercase { break }
            i += 1
        }
        let prompt = String(chars[..<min(i, chars.count)])
        guard i < chars.count, i <= 80 else { return (prompt, nil) }
        return (prompt, String(chars[i...]))
    }

    static func outletPrefix(of text: some StringProtocol, lexicon: IngestLexicon) -> (name: String, words: Int)? {
        let words = IngestLexicon.outletKey(text).split(separator: " ")
        var n = min(words.count, lexicon.longestOutlet)
        while n > 0 {
            if let name = lexicon.outlets[words[0..<n].joined(separator: " ")] { return (name, n) }
            n -= 1
        }
        return nil
    }
}
