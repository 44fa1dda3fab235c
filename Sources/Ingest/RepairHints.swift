/// Which of ``BodyRepair``'s byte prefilters a line passes, noted while
/// ``LineTraits`` scans the line anyway.
///
/// Why: each repair starts with its own pass over the paragraph's bytes to find
/// that it has nothing to do (no '[', no "(Ảnh", no ".X"), and a paragraph is
/// nearly all of an article's bytes: four more passes over every body. The
/// traits scan already reads each byte, so it records the same byte patterns.
/// A paragraph is its line or a run of that line's words joined by single spaces
/// (``SourceFinder/leadIn(_:)``, ``BodyRepair/trailingFragment(_:simple:)``): a
/// pattern inside a word survives, joining only puts ' ' between words, so a
/// hint missing on the line is missing on the paragraph too.
struct RepairHints: OptionSet {
    let rawValue: UInt8

    /// A '[' (``BodyRepair/removeBracketLinks(_:)`` has work only then).
    static let bracket = RepairHints(rawValue: 1)
    /// '(' then 'A', 'a', 'Ả' or 'ả' (the prefilter of ``BodyRepair/extractInlineCaptions(_:into:simple:)``).
    static let photo = RepairHints(rawValue: 2)
    /// '.', '!' or '?' then an ASCII capital or a lead byte (that of ``BodyRepair/restoreSentenceSpaces(_:simple:)``).
    static let sentence = RepairHints(rawValue: 4)
    /// Two ' ' in a row, or a ' ' first (the slow join of ``BodyRepair/trailingFragment(_:simple:)``).
    static let doubleSpace = RepairHints(rawValue: 8)

    /// Every hint: what a line gets when it was not scanned byte by byte.
    static let all: RepairHints = [.bracket, .photo, .sentence, .doubleSpace]

    /// The hints of the non-alphanumeric ASCII byte at `i` (nothing for other bytes),
    /// looking at the bytes around it. `@inline(__always)`: called from the traits loop.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> RepairHints {
        let b = bytes[i], n = bytes.count
        switch b {
        case 0x20:
            return i == 0 || bytes[i - 1] == 0x20 ? .doubleSpace : []
        case 0x2E, 0x21, 0x3F:
            guard i + 1 < n else { return [] }
            let next = bytes[i + 1]
            return (next >= 0x41 && next <= 0x5A) || next >= 0xC0 ? .sentence : []
        case 0x28:
            guard i + 1 < n else { return [] }
            let next = bytes[i + 1]
            if next == 0x41 || next == 0x61 { return .photo }
            if i + 3 < n, next == 0xE1, bytes[i + 2] == 0xBA, bytes[i + 3] == 0xA2 || bytes[i + 3] == 0xA3 { return .photo }
            return []
        case 0x5B:
            return .bracket
        default:
            return []
        }
    }

    /// The hints of a whole text, byte by byte (what the traits scan records; for tests).
    static func of(_ text: String) -> RepairHints {
        var text = text
        return text.withUTF8 { bytes in
            var hints: RepairHints = []
            for i in bytes.indices where bytes[i] < 0x80 { hints.formUnion(of(bytes, at: i)) }
            return hints
        }
    }
}
