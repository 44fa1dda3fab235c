import Foundation
import VietText

/// Photo captions: lines that end with a credit. Kept apart from ``LineClassifier``
/// because the credit search has two forms that must agree: the `Character` one for
/// any text and a byte one for the simple text nearly every line is.
extension LineClassifier {
    /// A caption: ends with a photo credit ("… Ảnh: Lại Tấn.", "(Ảnh: TTXVN)",
    /// "Ảnh minh họa") or with the " |" some sites put after captions.
    func isCaption(_ t: LineTraits) -> Bool {
        if t.isSimple, let credits = lexicon.asciiSections["caption-credit"] {
            if t.text.utf8.last == 0x7C { return true }
            if let answer = t.folded.utf8.withContiguousStorageIfAvailable({ endsWithCredit(simple: $0, credits) }) {
                return answer
            }
        }
        return endsWithCredit(t)
    }

    /// ``isCaption(_:)`` by `Character`: any text, any lexicon.
    func endsWithCredit(_ t: LineTraits) -> Bool {
        if t.text.hasSuffix("|") { return true }
        // A credit stands near the end of the line with at most a few words after it,
        // so only the line's tail is searched: scanning a whole one-paragraph body for
        // every short credit word ("anh" is inside "thanh") was quadratic.
        let whole = t.folded
        let f = whole.count > 160 ? whole.suffix(160) : Substring(whole)
        let truncated = f.startIndex != whole.startIndex
        guard mayEndWithCredit(f) else { return false }
        for credit in lexicon.entries("caption-credit") {
            var searchEnd = f.endIndex
            while let r = f.range(of: credit, options: .backwards, range: f.startIndex..<searchEnd) {
                searchEnd = r.lowerBound
                let last = f[..<r.lowerBound].last(where: { $0 != " " && $0 != "\t" })
                let boundary = last.map { ".(-–;,".contains($0) } ?? !truncated
                guard boundary else { continue }
                let tail = ScalarText.trimmingWhitespaces(f[r.upperBound...])
                // "Ảnh: X" with a short credit, or a bare "Ảnh minh họa" at the end.
                // A bare credit must be explicit ("Ảnh minh họa"): "(video)" ends headlines too.
                let bare = tail.isEmpty || tail == ")" || tail == ")." || tail == "."
                if tail.hasPrefix(":") || (bare && credit.contains(" ")) {
                    if tail.split(separator: " ").count <= 8 { return true }
                }
            }
        }
        return false
    }

    /// ``isCaption(_:)``'s credit search on the bytes of a simple folded line with ASCII
    /// credits: the same tail of 160 characters, the same backward, non-overlapping search
    /// and the same tests, without Foundation or grapheme breaking.
    func endsWithCredit(simple bytes: UnsafeBufferPointer<UInt8>, _ credits: [[UInt8]]) -> Bool {
        let start = FoldedMatch.offsetOfLast(160, scalarsIn: bytes)
        let truncated = start != 0
        guard mayEndWithCredit(UnsafeBufferPointer(rebasing: bytes[start...])) else { return false }
        // Only a credit ending right before ':' or ' :', or within three bytes of the end,
        // can have a tail that fits, so only those ends are tried (no search over the tail).
        // Skipping, as the search does, an occurrence overlapping a later one loses nothing:
        // its tail would start inside the later one, with a letter or a space.
        guard lexicon.creditsAnchorable else { return searchCredit(simple: bytes, credits, start: start, truncated: truncated) }
        let n = bytes.count
        var p = start
        while p < n {
            if bytes[p] == 0x3A {
                if creditEnds(at: p, bytes, credits, start: start, truncated: truncated) { return true }
                if p > start, bytes[p - 1] == 0x20, creditEnds(at: p - 1, bytes, credits, start: start, truncated: truncated) { return true }
            }
            p += 1
        }
        for end in max(start, n - 3)...n where creditEnds(at: end, bytes, credits, start: start, truncated: truncated) { return true }
        return false
    }

    /// The backward, non-overlapping search for each credit over the tail, as the `Character` code does it.
    func searchCredit(simple bytes: UnsafeBufferPointer<UInt8>, _ credits: [[UInt8]], start: Int, truncated: Bool) -> Bool {
        for credit in credits {
            let m = credit.count
            var p = bytes.count - m
            while p >= start {
                guard FoldedMatch.matches(bytes, at: p, credit) else { p -= 1; continue }
                if isCreditBoundary(bytes, before: p, from: start, truncated: truncated),
                   creditTailFits(bytes, after: p + m, bare: credit.contains(0x20)) { return true }
                p -= m   // the next search ends where this match starts
            }
        }
        return false
    }

    /// Some credit ends at byte `end`, starts at or after `start`, and passes the boundary and tail tests.
    private func creditEnds(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ credits: [[UInt8]], start: Int, truncated: Bool) -> Bool {
        for credit in credits {
            let p = end - credit.count
            guard p >= start, FoldedMatch.matches(bytes, at: p, credit) else { continue }
            if isCreditBoundary(bytes, before: p, from: start, truncated: truncated),
               creditTailFits(bytes, after: end, bare: credit.contains(0x20)) { return true }
        }
        return false
    }

    /// The last character before the credit, other than spaces and tabs, is one of `.(-–;,`;
    /// at the very start, only when the line was not cut to its tail.
    private func isCreditBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before p: Int, from start: Int, truncated: Bool) -> Bool {
        var q = p
        while q > start, let s = FoldedMatch.scalar(before: q, in: bytes) {
            if s != " " && s != "\t" { return ".(-–;,".unicodeScalars.contains(s) }
            q -= s.utf8.count
        }
        return !truncated
    }

    /// After the credit: ": X" with at most 8 words, or nothing but ')' / '.' for a credit of several words.
    private func creditTailFits(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int, bare multiWord: Bool) -> Bool {
        // The folded line has single spaces between words and none at its ends.
        var from = end
        if from < bytes.count, bytes[from] == 0x20 { from += 1 }
        let tail = UnsafeBufferPointer(rebasing: bytes[from...])
        let isBare = tail.isEmpty || tail.elementsEqual([0x29]) || tail.elementsEqual([0x29, 0x2E]) || tail.elementsEqual([0x2E])
        guard tail.first == 0x3A || (isBare && multiWord) else { return false }
        return tail.split(separator: 0x20).count <= 8
    }

    /// Cheap necessary condition for ``isCaption(_:)``'s credit search: a ':' somewhere,
    /// or the line ends (before spaces, ')' and '.') with a credit of several words.
    /// Most lines fail it, which spares eleven Foundation searches per line.
    /// ``mayEndWithCredit(_:)`` on the bytes of the line's tail.
    func mayEndWithCredit(_ f: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bare = lexicon.bareCredits else { return true }
        for b in f where b == 0x3A { return true }
        var end = f.count
        while end > 0 {
            let b = f[end - 1]
            if b >= 0x80 { return true }
            guard b == 0x20 || b == 0x09 || b == 0x29 || b == 0x2E else { break }
            end -= 1
        }
        for credit in bare {
            let tail = UnsafeBufferPointer(rebasing: f[max(0, end - credit.count)..<end])
            if tail.contains(where: { $0 >= 0x80 }) || tail.elementsEqual(credit) { return true }
        }
        return false
    }

    func mayEndWithCredit(_ f: Substring) -> Bool {
        guard let bare = lexicon.bareCredits else { return true }
        if f.utf8.contains(0x3A) { return true }
        var end = f.utf8.endIndex
        while end > f.utf8.startIndex {
            let before = f.utf8.index(before: end)
            let b = f.utf8[before]
            if b >= 0x80 { return true }
            guard b == 0x20 || b == 0x09 || b == 0x29 || b == 0x2E else { break }
            end = before
        }
        let head = f.utf8[..<end]
        for credit in bare {
            let tail = head.suffix(credit.count)
            if tail.contains(where: { $0 >= 0x80 }) || tail.elementsEqual(credit) { return true }
        }
        return false
    }
}
