import Foundation

/// Uniform tone-mark placement for the open syllables oa, oe and uy
/// (`hoà` → `hòa`, `thuỷ` → `thủy`, `khoẻ` → `khỏe`, `UỶ` → `ỦY`).
///
/// NFC leaves both placements alone (they are different letters), yet writers,
/// outlets and even one article mix them; a search for "hòa" must find "hoà".
/// The pairs come from `Resources/tone-marks.txt`; this type only decides
/// where they apply: the pair must close the syllable (a following letter
/// means a final consonant or a third vowel, as in `hoạch`, `thuyết`, `ngoài`,
/// where the tone already sits where it belongs) and must not follow `q`
/// (`quý`: the u belongs to `qu`). Replacing a scalar by a scalar keeps every
/// offset, so no offset map is needed for this step.
public enum ToneMarks {
    struct Table: Sendable {
        /// (first vowel, toned second vowel) → (toned first vowel, plain second vowel).
        var pairs: [UInt64: (Unicode.Scalar, Unicode.Scalar)] = [:]
        /// Toned second vowels, the only scalars that can start a replacement.
        var triggers: Set<UInt32> = []
        /// The same as a bitmap over U+0000..U+1EFF, for the scan.
        var triggerMap = [Bool](repeating: false, count: 0x1F00)
        /// Every pair's first vowel is an ASCII o or u (either case): what the byte scan assumes.
        var firstsAreASCIIOorU = true

        @inline(__always) func isTrigger(_ c: Unicode.Scalar) -> Bool {
            let v = Int(c.value)
            return v >= 0xC0 && v < 0x1F00 && triggerMap[v]
        }
    }

    static let table: Table = load(Lexicon.lines(named: "tone-marks", in: .module))

    /// Builds the table from `from to` lines, adding the uppercase and mixed-case forms.
    static func load(_ lines: [String]) -> Table {
        var table = Table()
        for line in lines {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2 else { continue }
            let from = Array(parts[0].unicodeScalars), to = Array(parts[1].unicodeScalars)
            guard from.count == 2, to.count == 2 else { continue }
            for upperFirst in [false, true] {
                for upperSecond in [false, true] {
                    let a = upperFirst ? upper(from[0]) : from[0], b = upperSecond ? upper(from[1]) : from[1]
                    let c = upperFirst ? upper(to[0]) : to[0], d = upperSecond ? upper(to[1]) : to[1]
                    table.pairs[key(a, b)] = (c, d)
                    if !"oOuU".unicodeScalars.contains(a) { table.firstsAreASCIIOorU = false }
                    table.triggers.insert(b.value)
                    if b.value < 0x1F00 { table.triggerMap[Int(b.value)] = true }
                }
            }
        }
        return table
    }

    private static func upper(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let m = s.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first! : s
    }

    @inline(__always) static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 {
        UInt64(a.value) << 32 | UInt64(b.value)
    }

    /// The text with tone marks placed uniformly (expects NFC text). Text
    /// without a replacement is returned as is; otherwise the unchanged
    /// stretches are copied as UTF-8 slices, which keeps this step cheap on
    /// the many articles that mix both placements.
    public static func apply(_ text: String) -> String {
        var text = text
        let placed = text.withUTF8 { applyUTF8($0) }
        return placed.map { UTF8Buffer.string(validUTF8: $0) } ?? text
    }

    /// ``apply(_:)`` on the UTF-8 of valid text. Every pair starts with an ASCII
    /// o or u (checked when the table loads), so a replacement can only start at
    /// a lead byte right after one: the previous scalar is that byte, the one
    /// before it is `q` only if its last byte is, and a scalar written by an
    /// earlier replacement (a, e, y) can be neither. Only those lead bytes are
    /// decoded. `nil` when nothing changes.
    static func applyUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let table = self.table
        guard table.firstsAreASCIIOorU else {   // another table: the scalar code
            var scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
            guard apply(&scalars) else { return nil }
            var out: [UInt8] = []
            for s in scalars { appendUTF8(s, to: &out) }
            return out
        }
        var out: [UInt8]?
        var copiedUpTo = 0
        var i = 1
        let n = bytes.count
        while i < n {
            if i + 8 <= n, !UTF8Scalar.hasLeadByte(bytes, in8At: i) { i += 8; continue }
            let b = bytes[i]
            let p = bytes[i - 1] | 0x20
            guard b >= 0xC0, p == 0x6F || p == 0x75 else { i += 1; continue }
            let next = i + UTF8Scalar.decode(bytes, at: i).1
            retone(bytes, at: i, next: next, table, &out, &copiedUpTo)
            i = next
        }
        guard var result = out else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<n]))
        return result
    }

    /// The tone step at the lead byte `i` (after an ASCII o or u) of the scalar ending
    /// before `next`: when the pair moves its mark, copies the bytes up to the pair into
    /// `out` (created on the first change) and then the re-toned pair.
    @inline(__always)
    static func retone(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, next: Int, _ table: Table,
                       _ out: inout [UInt8]?, _ copiedUpTo: inout Int) {
        let n = bytes.count
        let c = UTF8Scalar.decode(bytes, at: i).0
        guard table.isTrigger(c), let replacement = table.pairs[key(Unicode.Scalar(bytes[i - 1]), c)],
              next == n || !CharClass.isLetter(UTF8Scalar.decode(bytes, at: next).0),
              !(i >= 2 && bytes[i - 2] | 0x20 == 0x71) else { return }
        if out == nil { out = []; out!.reserveCapacity(n + 8) }
        out!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<(i - 1)]))
        appendUTF8(replacement.0, to: &out!)
        appendUTF8(replacement.1, to: &out!)
        copiedUpTo = next
    }

    @inline(__always) static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
    }

    /// Rewrites the scalars in place; true when anything changed.
    @discardableResult
    public static func apply(_ s: inout [Unicode.Scalar]) -> Bool {
        let table = self.table
        var changed = false
        var i = 1
        while i < s.count {
            let b = s[i]
            if table.isTrigger(b),
               let replacement = table.pairs[key(s[i - 1], b)],
               !(i + 1 < s.count && CharClass.isLetter(s[i + 1])),
               !(i >= 2 && (s[i - 2] == "q" || s[i - 2] == "Q")) {
                s[i - 1] = replacement.0
                s[i] = replacement.1
                changed = true
            }
            i += 1
        }
        return changed
    }
}
