import CVNICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decoding of real-world files into Swift strings.
public struct DecodedText: Sendable, Equatable {
    public enum Encoding: String, Sendable, Codable { case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1258 = "windows-1258" }
    /// The decoded text, line ends made `\n`, not yet normalized.
    public var text: String
    public var encoding: Encoding
    /// Number of invalid byte sequences replaced by U+FFFD.
    public var invalidSequences: Int
    /// Byte offset (in the file, BOM included) of the first invalid sequence, when any.
    public var firstInvalidOffset: Int?
    /// A byte order mark was found (and removed).
    public var hadBOM: Bool = false
    /// Control characters (NUL and other C0/C1 controls except tab and line ends)
    /// that were replaced by spaces: a sign of binary junk in a text file.
    public var controlCharacters: Int = 0

    public init(text: String, encoding: Encoding, invalidSequences: Int, firstInvalidOffset: Int?,
                hadBOM: Bool = false, controlCharacters: Int = 0) {
        self.text = text; self.encoding = encoding; self.invalidSequences = invalidSequences
        self.firstInvalidOffset = firstInvalidOffset; self.hadBOM = hadBOM; self.controlCharacters = controlCharacters
    }
}

/// Turns the bytes of a file into text without ever failing: the encoding is
/// detected (BOM, then the zero bytes of BOM-less UTF-16, then UTF-8 validity,
/// then a windows-1258 shape test; damaged UTF-8 stays UTF-8), line
/// ends become `\n`, and whatever cannot be decoded becomes U+FFFD, counted
/// and located so that the caller can tell the user which byte to look at.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        if let m = marked(bytes) { return decode(bytes, from: m.start, as: m.encoding, bom: m.start > 0) }
        if let valid = decodeValidUTF8(bytes[...], bom: false) { return valid }
        let encoding: DecodedText.Encoding = !mostlyUTF8(bytes) && looksLikeWindows1258(bytes) ? .windows1258 : .utf8
        return decode(bytes, from: 0, as: encoding, bom: false)
    }

    /// Where ``decode(_:)`` takes the bytes as they are, provided they are valid UTF-8: the
    /// offset of the text (3 after a UTF-8 BOM, else 0) when they are not UTF-16 and hold
    /// no control byte; `nil` when ``decode(_:)`` converts or cleans them. Validity is left
    /// to the caller, which checks it in its own pass over the bytes (see
    /// ``Normalizer/decodeNormalized(_:)``), so that no `String` is built before it is final.
    static func plainUTF8Start(_ bytes: [UInt8]) -> Int? {
        let m = marked(bytes)
        guard m == nil || m?.encoding == .utf8 else { return nil }
        let start = m?.start ?? 0
        let controls = bytes.withUnsafeBufferPointer { containsControlByte(UnsafeBufferPointer(rebasing: $0[start...])) }
        return controls ? nil : start
    }

    /// The encoding a BOM names, or BOM-less UTF-16 shows by its zero bytes, and where the
    /// text starts; nil when the bytes themselves must tell (UTF-8 or windows-1258).
    static func marked(_ bytes: [UInt8]) -> (encoding: DecodedText.Encoding, start: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        return looksLikeUTF16(bytes).map { ($0, 0) }
    }

    /// Decodes with a known encoding (no detection); a BOM is still removed.
    public static func decode(_ bytes: [UInt8], as encoding: DecodedText.Encoding) -> DecodedText {
        let bom: [UInt8]
        switch encoding {
        case .utf8: bom = [0xEF, 0xBB, 0xBF]
        case .utf16LE: bom = [0xFF, 0xFE]
        case .utf16BE: bom = [0xFE, 0xFF]
        case .windows1258: bom = []
        }
        let hasBOM = !bom.isEmpty && bytes.starts(with: bom)
        return decode(bytes, from: hasBOM ? bom.count : 0, as: encoding, bom: hasBOM)
    }

    /// The encoding of BOM-less bytes.
    public static func detect(_ bytes: [UInt8]) -> DecodedText.Encoding {
        // UTF-16 first: ASCII-only UTF-16 is also valid UTF-8 (zero bytes and all).
        if let utf16 = looksLikeUTF16(bytes) { return utf16 }
        if isValidUTF8(bytes[...]) { return .utf8 }
        return !mostlyUTF8(bytes) && looksLikeWindows1258(bytes) ? .windows1258 : .utf8
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        // ASCII fast path: most of a Vietnamese file is ASCII between the letters.
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// BOM-less UTF-16: ASCII letters and spaces put a zero byte at every other
    /// position, which neither UTF-8 nor windows-1258 text ever has.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> DecodedText.Encoding? {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return nil }
        // A sample is enough: the zeros show from the first words on.
        let sample = min(bytes.count, 8192)
        // Without a zero byte both counts are 0 and neither test passes: one `memchr` instead
        // of counting (nearly every file is UTF-8 text without zeros).
        let hasZero = bytes.withUnsafeBufferPointer { memchr($0.baseAddress!, 0, sample) != nil }
        guard hasZero else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in stride(from: 0, to: sample, by: 2) {
            if bytes[i] == 0 { evenZeros += 1 }
            if bytes[i + 1] == 0 { oddZeros += 1 }
        }
        let pairs = sample / 2
        if oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs { return .utf16LE }
        if evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs { return .utf16BE }
        return nil
    }

    /// UTF-8 with a few damaged bytes (a truncated copy, one stray byte) is still
    /// UTF-8: its well-formed multi-byte sequences outnumber the bad bytes, while
    /// in windows-1258 text a well-formed sequence only happens by accident.
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            if length > 0, i + length <= n, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1; i += length
            } else {
                invalid += 1; i += 1
            }
        }
        return valid >= invalid
    }

    /// windows-1258 Vietnamese: high bytes are letters (â ê ô ơ ư ă đ, tone
    /// marks as combining bytes) or common punctuation (“ ” – …), rarely the
    /// other C1-range signs, never a byte the code page leaves undefined, and
    /// there are no binary controls. Random bytes fail on every count.
    static func looksLikeWindows1258(_ bytes: [UInt8]) -> Bool {
        var high = 0, c1 = 0, undefined = 0, controls = 0
        for b in bytes {
            if b >= 0x80 {
                high += 1
                switch b {
                case 0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E: undefined += 1; c1 += 1
                case 0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97: break   // € … ‘ ’ “ ” – —
                case 0x82..<0xA0: c1 += 1                                   // ‚ ƒ „ † ‡ ˆ ‰ ‹ Œ ˜ ™ › œ Ÿ
                default: break
                }
            } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
                controls += 1
            }
        }
        guard high > 0 else { return false }
        return undefined * 50 <= high && c1 * 5 <= high && controls * 100 <= bytes.count
    }

    private static func decode(_ bytes: [UInt8], from start: Int, as encoding: DecodedText.Encoding, bom: Bool) -> DecodedText {
        let body = bytes[start...]
        if encoding == .utf8, let valid = decodeValidUTF8(body, bom: bom) { return valid }
        let (units, invalid, first) = convert(body, charset: encoding.rawValue)
        let (text, controls) = cleanLines(units)
        return DecodedText(text: text, encoding: encoding, invalidSequences: invalid,
                           firstInvalidOffset: first.map { $0 + start }, hadBOM: bom, controlCharacters: controls)
    }

    /// Valid UTF-8 (the usual case) is decoded by Swift, faster than a converter
    /// round trip; nil when the bytes are not valid UTF-8.
    private static func decodeValidUTF8(_ body: ArraySlice<UInt8>, bom: Bool) -> DecodedText? {
        guard let string = String(validating: body, as: UTF8.self) else { return nil }
        if !body.withUnsafeBufferPointer(containsControlByte) {
            return DecodedText(text: string, encoding: .utf8, invalidSequences: 0, firstInvalidOffset: nil, hadBOM: bom)
        }
        let (text, controls) = cleanLines(Array(string.utf16))
        return DecodedText(text: text, encoding: .utf8, invalidSequences: 0, firstInvalidOffset: nil,
                           hadBOM: bom, controlCharacters: controls)
    }

    /// `bytes.contains(where: isControlByte)`, eight bytes at a time: a block with no byte
    /// below 0x20 and no 0x7F holds none (only blocks with a line end or a control are
    /// looked at byte by byte). Why: one more pass over every file otherwise.
    static func containsControlByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
            let x = w ^ (0x7F * ones)
            if ((w &- 0x20 * ones) & ~w & high) | ((x &- ones) & ~x & high) != 0 {
                for k in i..<(i + 8) where isControlByte(bytes[k]) { return true }
            }
            i += 8
        }
        while i < n {
            if isControlByte(bytes[i]) { return true }
            i += 1
        }
        return false
    }

    @inline(__always) static func isControlByte(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C) || b == 0x7F
    }

    /// Runs the ICU converter; a converter failure (which should not happen
    /// for the charsets used here) falls back to Swift's lossy UTF-8 decoding.
    private static func convert(_ bytes: ArraySlice<UInt8>, charset: String) -> ([UInt16], Int, Int?) {
        guard !bytes.isEmpty else { return ([], 0, nil) }
        var capacity = bytes.count + 16
        // ICU counts in Int32: files over a gigabyte take the fallback below.
        for _ in 0..<(bytes.count < Int(Int32.max / 2) ? 2 : 0) {
            var out = [UInt16](repeating: 0, count: capacity)
            var invalid: Int32 = 0, first: Int64 = -1, error: Int32 = 0
            let n = bytes.withUnsafeBufferPointer { src in
                src.withMemoryRebound(to: CChar.self) { csrc in
                    out.withUnsafeMutableBufferPointer { dst in
                        vn_decode(charset, csrc.baseAddress, Int32(csrc.count), dst.baseAddress,
                                  Int32(capacity), &invalid, &first, &error)
                    }
                }
            }
            if error == 15 { capacity = Int(n) + 16; continue }
            if error > 0 { break }
            out.removeSubrange(Int(n)...)
            return (out, Int(invalid), first >= 0 ? Int(first) : nil)
        }
        let fallback = Array(String(decoding: bytes, as: UTF8.self).utf16)
        let bad = fallback.filter { $0 == 0xFFFD }.count
        let first = bad > 0 ? firstInvalidUTF8Offset(bytes) : nil
        return (fallback, bad, first)
    }

    /// Offset (within `bytes`) of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            guard length > 0, i + length <= bytes.endIndex,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else { return i - bytes.startIndex }
            i += length
        }
        return nil
    }

    /// CRLF and lone CR become LF; control characters (NUL, C1 controls and
    /// the like) become spaces so that junk never glues words together.
    private static func cleanLines(_ units: [UInt16]) -> (String, Int) {
        var out = [UInt16]()
        out.reserveCapacity(units.count)
        var controls = 0
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            if u == 0x0D {
                out.append(0x0A)
                if i + 1 < n, units[i + 1] == 0x0A { i += 1 }
            } else if (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0C) || (u >= 0x7F && u < 0xA0) {
                out.append(0x20)
                controls += 1
            } else {
                out.append(u)
            }
            i += 1
        }
        return (UTF16Text.string(out), controls)
    }
}
