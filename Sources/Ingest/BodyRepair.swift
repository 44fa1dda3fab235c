import Foundation
import VietText

/// Repairs scraping damage inside body paragraphs: sentences glued without a
/// space, captions and links run into one-line bodies.
enum BodyRepair {
    /// "…quận Bắc Từ Liêm.Ngay sau khi…" → "…Liêm. Ngay sau khi…". Only after a
    /// lowercase word of three letters or more, so "TP.HCM", "Tp.Hà Nội" and
    /// "v.v" stay as written.
    /// `simple`: whether `text` is simple, when the caller knows (`nil`: find out).
    static func restoreSentenceSpaces(_ text: String, simple: Bool? = nil) -> String {
        guard needsSentenceSpace(text) else { return text }
        if simple ?? ScalarText.isSimple(text) {
            return insertsSentenceSpace(simple: text) ? restoreSentenceSpaces(simple: text) : text
        }
        let chars = Array(text)
        guard chars.count > 2 else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
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

    /// ``restoreSentenceSpaces(_:)`` for simple text, where each scalar is a `Character`
    /// and the table flags are its properties: the same loop without grapheme breaking.
    private static func restoreSentenceSpaces(simple text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 2 else { return text }
        let flags = scalars.map(ScalarText.flags)
        let letter = ScalarText.isLetterFlag, lower = ScalarText.isLowercaseFlag, upper = ScalarText.isUppercaseFlag
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var wordLength = 0
        for i in scalars.indices {
            let c = scalars[i], f = flags[i]
            UTF8Buffer.append(c, to: &out)
            if f & letter != 0 { wordLength += 1 }
            if c == "." || c == "!" || c == "?", wordLength >= 3, i > 0, flags[i - 1] & lower != 0,
               i + 2 < scalars.count, flags[i + 1] & upper != 0, flags[i + 2] & lower != 0 {
                out.append(0x20)
            }
            if f & letter == 0 { wordLength = 0 }
        }
        return UTF8Buffer.string(validUTF8: out)
    }

    /// Whether ``restoreSentenceSpaces(simple:)`` inserts anything: each '.', '!' or '?' is
    /// checked on the bytes around it (a capital then a small letter after it, three letters
    /// before it, the last one small), so that "TP.HCM" costs no scalar arrays.
    private static func insertsSentenceSpace(simple text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let letter = ScalarText.isLetterFlag, lower = ScalarText.isLowercaseFlag, upper = ScalarText.isUppercaseFlag
            var i = 0
            while i + 1 < bytes.count {
                let c = bytes[i]
                i += 1
                guard c == 0x2E || c == 0x21 || c == 0x3F else { continue }
                let (next, length) = UTF8Scalar.decode(bytes, at: i)
                guard ScalarText.flags(next) & upper != 0, i + length < bytes.count,
                      ScalarText.flags(UTF8Scalar.decode(bytes, at: i + length).0) & lower != 0 else { continue }
                // The run of letters right before the mark: three or more, the last one small.
                var p = i - 1, run = 0
                while run < 3, let s = FoldedMatch.scalar(before: p, in: bytes) {
                    let f = ScalarText.flags(s)
                    guard f & letter != 0, run > 0 || f & lower != 0 else { break }
                    run += 1
                    p -= s.utf8.count
                }
                if run >= 3 { return true }
            }
            return false
        }
    }

    /// Cheap byte prefilter: is there a `.`, `!` or `?` directly followed by an
    /// uppercase ASCII letter or a non-ASCII letter? Most paragraphs have none.
    private static func needsSentenceSpace(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for i in 0..<(bytes.count - 1) {
                let b = bytes[i]
                guard b == 0x2E || b == 0x21 || b == 0x3F else { continue }
                let next = bytes[i + 1]
                if (next >= 0x41 && next <= 0x5A) || next >= 0xC0 { return true }
            }
            return false
        }
    }

    /// Moves captions run into a paragraph ("… bang Virginia. (Ảnh: Đoàn Hùng/TTXVN) Trong…")
    /// to `captions`: the sentence before "(Ảnh: …)" is the caption.
    static func extractInlineCaptions(_ paragraph: String, into captions: inout [String], simple: Bool? = nil) -> String {
        // Byte prefilter: "(Ảnh"/"(ảnh", precomposed or not, starts with '(' then 'A', 'a' or Ả/ả.
        guard mayHoldPhotoCredit(paragraph) else { return paragraph }
        // In simple text "(Ảnh" and "(ảnh" have one spelling each: look for their bytes first.
        // Every search then runs on bytes: cutting captions out keeps simple text simple.
        let simple = simple ?? ScalarText.isSimple(paragraph)
        if simple, !ScalarText.contains(paragraph, bytes: Self.photoUpper), !ScalarText.contains(paragraph, bytes: Self.photoLower) {
            return paragraph
        }
        func find(_ pattern: String, _ bytes: [UInt8], in text: String, from: String.Index) -> Range<String.Index>? {
            simple ? ScalarText.firstRange(of: bytes, in: text, from: from) : text.range(of: pattern, range: from..<text.endIndex)
        }
        func findLast(_ pattern: String, in text: Substring) -> Range<String.Index>? {
            simple ? ScalarText.lastRange(of: Array(pattern.utf8), in: text) : text.range(of: pattern, options: .backwards)
        }
        var text = paragraph
        var searchFrom = text.startIndex
        while let open = find("(Ảnh", Self.photoUpper, in: text, from: searchFrom)
                ?? find("(ảnh", Self.photoLower, in: text, from: searchFrom) {
            guard let close = text[open.upperBound...].firstIndex(of: ")") else { break }
            // The caption is the sentence right before "(Ảnh", ending at its own '.' or not.
            var before = text[..<open.lowerBound]
            while let last = before.last, last == " " || ".!?".contains(last) { before.removeLast() }
            var start = text.startIndex
            if let r = findLast(". ", in: before) ?? findLast("! ", in: before) ?? findLast("? ", in: before) {
                start = r.upperBound
            }
            let captionRange = start..<text.index(after: close)
            let caption = ScalarText.trimmingWhitespaces(text[captionRange])
            guard caption.split(separator: " ").count <= LineClassifier.captionWords else { searchFrom = text.index(after: close); continue }
            captions.append(caption)
            text.replaceSubrange(captionRange, with: " ")
            text = simple ? SimpleBytes.collapsingSpaces(text)
                : text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            searchFrom = text.startIndex
        }
        return text
    }

    static let photoUpper = Array("(Ảnh".utf8), photoLower = Array("(ảnh".utf8)

    private static func mayHoldPhotoCredit(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > 1 else { return false }
            for i in 0..<(bytes.count - 1) where bytes[i] == 0x28 {
                // "(A", "(a", or "(" + E1 BA A2/A3 (Ả, ả).
                let next = bytes[i + 1]
                if next == 0x41 || next == 0x61 { return true }
                if i + 3 < bytes.count, next == 0xE1, bytes[i + 2] == 0xBA, bytes[i + 3] == 0xA2 || bytes[i + 3] == 0xA3 { return true }
            }
            return false
        }
    }

    /// Drops "[Việt Nam tăng cường quảng bá…]" links to other articles run into the text.
    /// `simple`: whether `paragraph` is simple, when the caller knows (then bytes decide).
    static func removeBracketLinks(_ paragraph: String, simple: Bool? = nil) -> String {
        guard ScalarText.contains(paragraph, bytes: [0x5B]) else { return paragraph }
        if simple ?? ScalarText.isSimple(paragraph) { return SimpleBytes.removeBracketLinks(paragraph) }
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

    /// The words after the last sentence end of a long paragraph, when short:
    /// where one-line bodies keep the byline or credit ("… mủ. Xuân Hùng").
    /// `doubleSpace`: whether the paragraph may hold two ' ' in a row or start with one,
    /// when the caller knows (``RepairHints/doubleSpace``).
    static func trailingFragment(_ paragraph: String, simple: Bool? = nil, doubleSpace: Bool? = nil) -> (body: String, tail: String)? {
        if simple ?? ScalarText.isSimple(paragraph), let answer = simpleTrailingFragment(paragraph, doubleSpace: doubleSpace ?? true) {
            return answer
        }
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

    /// ``trailingFragment(_:)`` on simple text, where a ' ' scalar is the ' ' character:
    /// counts words only up to 25 and splits only the last nine, instead of the whole
    /// paragraph. `nil` when the body part would need the slow join (repeated spaces).
    private static func simpleTrailingFragment(_ paragraph: String, doubleSpace: Bool) -> (body: String, tail: String)?? {
        guard ScalarText.wordCount(ofSimple: paragraph, separator: 0x20, upTo: 25) >= 25 else { return .some(nil) }
        let utf8 = paragraph.utf8
        // The last nine words, last first, as UTF-8 ranges.
        var tail: [Range<String.Index>] = []
        var end = utf8.endIndex, i = utf8.endIndex
        while i > utf8.startIndex, tail.count < 9 {
            let before = utf8.index(before: i)
            if utf8[before] == 0x20 {
                if i < end { tail.append(i..<end) }
                end = before
            }
            i = before
        }
        if tail.count < 9, i < end { tail.append(i..<end) }
        // words[k - 1] for k = n-1 down to n-8 is tail[j] for j = 1...8.
        guard let j = (1..<tail.count).first(where: { LineTraits.endsSentence(paragraph[tail[$0]]) }) else { return .some(nil) }
        let body = paragraph[..<tail[j].upperBound]
        // The body is its words joined by single spaces only when it has no other spaces.
        if doubleSpace {
            var previous: UInt8 = 0x20
            for b in body.utf8 {
                if b == 0x20 && previous == 0x20 { return nil }
                previous = b
            }
        }
        let rest = tail[..<j].reversed().map { paragraph[$0] }.joined(separator: " ")
        return .some((String(body), rest))
    }
}
