import Foundation
@testable import Ingest
import VietText

/// The `Character`-based code the byte and scalar fast paths replaced, kept verbatim as
/// the oracle of ``FastPathTests``: a fast path must give exactly these answers.
enum Reference {
    static func folded(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !Folding.isMark(s) { out.append(Folding.fold(s)) }
        return String(out)
    }

    static func traits(_ text: String) -> (folded: String, wordCount: Int, hasLetterOrNumber: Bool) {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return (folded(words.joined(separator: " ")), words.count, !text.allSatisfy { !$0.isLetter && !$0.isNumber })
    }

    static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(whereSeparator: ScalarText.isNewline).map { LineClassifier.trim($0) }.filter { !$0.isEmpty }
    }

    static func outletKey(_ name: some StringProtocol) -> String {
        let folded = folded(name).replacingOccurrences(of: "&", with: " va ")
        var out = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber || ch == "." || ch == "+" { out.append(ch) } else { out.append(" ") }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    static func restoreSentenceSpaces(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 2 else { return text }
        var out = ""
        var wordLength = 0
        for i in chars.indices {
            let c = chars[i]
            out.append(c)
            if c.isLetter { wordLength = c.isLowercase ? wordLength + 1 : (wordLength == 0 ? 1 : wordLength + 1) }
            if ".!?".contains(c), wordLength >= 3, i > 0, chars[i - 1].isLowercase,
               i + 2 < chars.count, chars[i + 1].isUppercase, chars[i + 2].isLowercase {
                out.append(" ")
            }
            if !c.isLetter { wordLength = 0 }
        }
        return out
    }

    static func trailingFragment(_ paragraph: String) -> (body: String, tail: String)? {
        let words = paragraph.split(separator: " ")
        guard words.count >= 25 else { return nil }
        var k = words.count - 1
        while k > 0, words.count - k <= 8 {
            if LineTraits.endsSentence(words[k - 1]) {
                return (words[..<k].joined(separator: " "), words[k...].joined(separator: " "))
            }
            k -= 1
        }
        return nil
    }

    static func isPersonName(_ text: some StringProtocol, lexicon: IngestLexicon) -> Bool {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= 4 else { return false }
        var syllables = 0
        for word in words {
            let parts = word.split(separator: ".", omittingEmptySubsequences: true)
            guard !parts.isEmpty else { return false }
            for part in parts {
                guard let first = part.first, first.isUppercase else { return false }
                guard part.allSatisfy({ $0.isLetter }) else { return false }
                if part.count > 1, part.dropFirst().contains(where: { $0.isUppercase }) { return false }
                syllables += 1
            }
        }
        guard syllables >= 2, syllables <= 5 else { return false }
        let folded = folded(words.joined(separator: " "))
        if lexicon.entries("not-author").contains(folded) { return false }
        let firstWord = Folding.lowercased(words[0])
        if ["theo", "nguồn", "ảnh", "photo", "video", "clip"].contains(firstWord) { return false }
        let nameWords = lexicon.markedEntries("not-name-word")
        if words.contains(where: { nameWords.contains(Folding.lowercased($0)) }) { return false }
        if lexicon.outlet(named: text) != nil { return false }
        return true
    }

    static func firstDate(in text: some StringProtocol) -> String? {
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" }) {
            let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
                  parts[2].count == 4, (1...31).contains(d), (1...12).contains(m), (1900...2100).contains(y)
            else { continue }
            return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        }
        return nil
    }

    static func extractInlineCaptions(_ paragraph: String, into captions: inout [String]) -> String {
        var text = paragraph
        var searchFrom = text.startIndex
        while let open = text.range(of: "(Ảnh", range: searchFrom..<text.endIndex)
                ?? text.range(of: "(ảnh", range: searchFrom..<text.endIndex) {
            guard let close = text[open.upperBound...].firstIndex(of: ")") else { break }
            var before = text[..<open.lowerBound]
            while let last = before.last, last == " " || ".!?".contains(last) { before.removeLast() }
            var start = text.startIndex
            if let r = before.range(of: ". ", options: .backwards) ?? before.range(of: "! ", options: .backwards)
                ?? before.range(of: "? ", options: .backwards) {
                start = r.upperBound
            }
            let captionRange = start..<text.index(after: close)
            let caption = text[captionRange].trimmingCharacters(in: .whitespaces)
            guard caption.split(separator: " ").count <= 60 else { searchFrom = text.index(after: close); continue }
            captions.append(caption)
            text.replaceSubrange(captionRange, with: " ")
            text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            searchFrom = text.startIndex
        }
        return text
    }

    static func bodyMention(in paragraphs: [String], lexicon: IngestLexicon) -> String? {
        let leads = lexicon.entries("source-mention").map { $0.split(separator: " ").map(String.init) }
        for paragraph in paragraphs {
            let words = paragraph.split(separator: " ")
            let foldedWords = words.map { Reference.folded($0) }
            for leadWords in leads {
                var i = 0
                while i + leadWords.count < words.count {
                    if foldedWords[i..<(i + leadWords.count)].elementsEqual(leadWords),
                       let (name, _) = lexicon.outletPrefix(of: words[(i + leadWords.count)...].joined(separator: " ")) {
                        return name
                    }
                    i += 1
                }
            }
        }
        return nil
    }

    static func leadIn(_ paragraph: String, lexicon: IngestLexicon) -> (source: String, rest: String)? {
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 4 else { return nil }
        for k in 0..<min(5, words.count - 1) {
            var word = words[k]
            let dashAttached = k == 0 && (word.hasSuffix("-") || word.hasSuffix("–")) && word.count > 1
            let isDash = word == "-" || word == "–" || word == "—"
            guard isDash || dashAttached else { continue }
            if dashAttached { word.removeLast() }
            var prefixWords = Array(words[0..<k])
            if dashAttached { prefixWords = [word] }
            var prefix = prefixWords.joined(separator: " ")
            if prefix.hasPrefix("("), prefix.hasSuffix(")") { prefix = String(prefix.dropFirst().dropLast()) }
            guard !prefix.isEmpty else { return nil }
            let restStart = dashAttached ? 1 : k + 1
            let rest = words[restStart...].joined(separator: " ")
            if let known = lexicon.outlet(named: prefix) { return (known, rest) }
            if prefixWords.count == 1, folded(prefix) == Folding.lowercased(prefix),
               prefix.first?.isUppercase == true,
               !lexicon.entries("not-author").contains(folded(prefix)) {
                return (prefix, rest)
            }
            return nil
        }
        if let (name, n) = lexicon.outletPrefix(of: paragraph), n < words.count,
           words[n].first?.isUppercase == true, n <= 3 {
            if words[0..<n].joined(separator: " ") == name { return (name, words[n...].joined(separator: " ")) }
        }
        return nil
    }
}

/// Random text made to hit the fast paths' edges: both tone placements, đ, capitals,
/// decomposed marks, odd spaces, CR, letters whose fold is not simple, lexicon words.
struct TextGenerator {
    static let pieces: [String] = [
        "a", "ă", "â", "đ", "Đ", "e", "ê", "o", "ô", "ơ", "ư", "hoà", "hòa", "uỷ", "ủy", "Ủy", "Thuỷ", "Thủy",
        "Ảnh", "ảnh", "Ảnh:", "(Ảnh", "(ảnh:", "Theo", "theo báo", "Theo báo", "phóng viên", "PV", "Dân trí",
        "Nhân Dân", "VnExpress", "TTXVN", "VOV.VN", "Bình luận", "Chia sẻ", "Tin liên quan", "Xem thêm", "Email",
        "minh họa", "minh hoạ", "Nguyễn", "Văn", "Hùng", "Minh Anh", "và", "-và", "Bài và ảnh:", "Nhóm PV",
        "Hà Nội", "TP.HCM", "08/02/2017", "15:10", "2024", "A", "Z", "x", "quận", "Quân",
        " ", " ", " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{200B}", "\r", "\u{301}", "\u{300}", "e\u{302}\u{301}",
        ".", ",", ";", ":", "!", "?", "-", "–", "—", "(", ")", "[", "]", "|", "/", "&", "+", "…", "“", "”", "'",
        "Ⱥ", "ⱥ", "₫", "→", "😀", "İ", "ß", "\u{37E}",
    ]

    var state: UInt64

    mutating func next(below n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }

    /// A line of `1..<maxPieces` pieces, mostly separated by spaces.
    mutating func line(maxPieces: Int = 40) -> String {
        var out = ""
        for _ in 0..<(1 + next(below: maxPieces)) {
            out += Self.pieces[next(below: Self.pieces.count)]
            if next(below: 3) > 0 { out += " " }
        }
        return out
    }
}
