/// The one normalization policy of the project, used when indexing and when
/// querying: NFC, then uniform tone-mark placement (``ToneMarks``).
public enum Normalizer {
    /// NFC plus uniform tone placement. ASCII and already-NFC text skips ICU.
    public static func normalize(_ text: String) -> String {
        // Text of stable starters only (nearly every article) is its own NFC: the tone step
        // then runs in the same pass as that check.
        var copy = text
        if let placed = copy.withUTF8({ ToneMarks.applyValidatingUTF8IfStable($0) }) {
            return placed.map { UTF8Buffer.string(validUTF8: $0) } ?? copy
        }
        return ToneMarks.apply(ICU.nfc(text))
    }

    /// ``TextDecoder/decode(_:)`` with its text normalized: the same result. Valid UTF-8 of
    /// stable starters (nearly every file) is validated and re-toned in one pass over its
    /// bytes (``ToneMarks/applyValidatingUTF8IfStable(_:)``) and copied into a `String` once;
    /// decoding first validated and copied the file and normalizing then walked it again
    /// and built a second `String`. Anything else (other encodings, control bytes, invalid
    /// bytes, text that needs NFC) takes the two steps.
    public static func decodeNormalized(_ bytes: [UInt8]) -> DecodedText {
        if let start = TextDecoder.plainUTF8Start(bytes) {
            let text: String? = bytes.withUnsafeBufferPointer { all in
                let body = UnsafeBufferPointer(rebasing: all[start...])
                guard let placed = ToneMarks.applyValidatingUTF8IfStable(body) else { return nil }
                return placed.map { UTF8Buffer.string(validUTF8: $0) } ?? UTF8Buffer.string(validUTF8: body)
            }
            if let text {
                return DecodedText(text: text, encoding: .utf8, invalidSequences: 0, firstInvalidOffset: nil, hadBOM: start > 0)
            }
        }
        var decoded = TextDecoder.decode(bytes)
        decoded.text = normalize(decoded.text)
        return decoded
    }

    /// ``normalize(_:)`` together with the map from offsets in the result back
    /// to offsets in `text` (NFC composition changes lengths; tone placement does not).
    public static func normalizeWithMap(_ text: String) -> (String, OffsetMap) {
        let nfc = ICU.nfc(text)
        if nfc.unicodeScalars.elementsEqual(text.unicodeScalars) {
            let toned = ToneMarks.apply(nfc)
            return (toned, .identity(toned.unicodeScalars.count))
        }
        let original = Array(text.unicodeScalars)
        var scalars = Array(nfc.unicodeScalars)
        var offsets: [Int]
        if let aligned = alignStarters(original, scalars) {
            offsets = aligned
        } else {
            (scalars, offsets) = composeSegments(original)
            if !scalars.elementsEqual(nfc.unicodeScalars) { offsets = [] }
        }
        if offsets.count != scalars.count {
            // Segment-wise composition disagreed with ICU (exotic scripts):
            // keep ICU's text and map proportionally.
            scalars = Array(nfc.unicodeScalars)
            let n = scalars.count, m = original.count
            offsets = (0..<n).map { n == 0 ? 0 : min(m - 1, $0 * m / n) }
        }
        ToneMarks.apply(&scalars)
        return (UTF8Buffer.string(scalars), OffsetMap(originalOffsets: offsets, originalCount: original.count))
    }

    /// The map of one ICU composition, without composing again: every starter
    /// of the original (a base letter with the marks after it) becomes one
    /// starter of the output, in order, so output scalar j after the k-th output
    /// starter comes from the k-th original starter's run. When composition
    /// merged or split starters (Hangul, some Indic vowels) the counts differ
    /// and nil sends the caller to the slower segment-by-segment way.
    static func alignStarters(_ original: [Unicode.Scalar], _ output: [Unicode.Scalar]) -> [Int]? {
        var starts: [Int] = []
        starts.reserveCapacity(original.count)
        for (i, c) in original.enumerated() where isStarter(c) { starts.append(i) }
        var outputStarters = 0
        for c in output where isStarter(c) { outputStarters += 1 }
        guard outputStarters == starts.count else { return nil }
        var offsets: [Int] = []
        offsets.reserveCapacity(output.count)
        var group = -1, j = 0
        for c in output {
            if isStarter(c) { group += 1; j = 0 }
            let start = group < 0 ? 0 : starts[group]
            let end = group + 1 < starts.count ? starts[group + 1] : original.count
            offsets.append(start + min(j, max(0, end - start - 1)))
            j += 1
        }
        return offsets
    }

    @inline(__always) static func isStarter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 || (v >= 0x1E00 && v <= 0x1EFF) { return true }
        if v <= 0x36F { return false }
        return c.properties.canonicalCombiningClass == .notReordered
    }

    /// NFC of each run that starts with a scalar no composition can reach back
    /// over (ASCII, Latin and Vietnamese letters, punctuation), so every output
    /// scalar is known to come from its run; within a run output scalar j maps
    /// to input scalar j (clamped), which puts a composed letter at its base.
    static func composeSegments(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]) {
        var out: [Unicode.Scalar] = [], offsets: [Int] = []
        out.reserveCapacity(s.count); offsets.reserveCapacity(s.count)
        var start = 0
        func flush(_ end: Int) {
            guard end > start else { return }
            if end - start == 1, s[start].value < 0x300 {
                out.append(s[start]); offsets.append(start)
            } else {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[start..<end])
                for (j, c) in ICU.nfc(String(view)).unicodeScalars.enumerated() {
                    out.append(c); offsets.append(start + min(j, end - start - 1))
                }
            }
            start = end
        }
        for i in 0..<s.count where i > start && isSafeBoundary(s[i]) { flush(i) }
        flush(s.count)
        return (out, offsets)
    }

    @inline(__always) static func isSafeBoundary(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x300 { return true }
        return (v >= 0x1E00 && v < 0x3000) && c.properties.canonicalCombiningClass == .notReordered
    }
}
