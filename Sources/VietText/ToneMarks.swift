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
                    table.triggers.insert(b.value)
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

    /// The text with tone marks placed uniformly (expects NFC text).
    public static func apply(_ text: String) -> String {
        let triggers = table.triggers
        guard text.unicodeScalars.contains(where: { $0.value >= 0xC0 && triggers.contains($0.value) }) else {
            return text
        }
        var scalars = Array(text.unicodeScalars)
        guard apply(&scalars) else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Rewrites the scalars in place; true when anything changed.
    @discardableResult
    public static func apply(_ s: inout [Unicode.Scalar]) -> Bool {
        let table = self.table
        var changed = false
        var i = 1
        while i < s.count {
            let b = s[i]
            if b.value >= 0xC0, table.triggers.contains(b.value),
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
