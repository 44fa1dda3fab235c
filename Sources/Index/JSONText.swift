/// JSON strings written as UTF-8 bytes: the arrays stored in `articles.authors`,
/// `articles.diagnostics` and `mentions.titles` (readable with SQLite's `json_each`)
/// and the JSON lines of `vnpress extract`, one escaping rule for both.
///
/// Written by hand because `JSONEncoder` was a visible share of preparing each
/// article and of writing each line. Non-ASCII text is kept as UTF-8 and `/` is not
/// escaped, which is valid JSON and easier to read in the `sqlite3` shell.
public enum JSONText {
    /// A JSON array of strings.
    public static func array(_ strings: [String]) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, s) in strings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendString(s, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` as a quoted JSON string. Escapes are all ASCII and every byte of a
    /// multi-byte UTF-8 sequence is >= 0x80, so escaping byte by byte equals escaping by scalar.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        out.append(UInt8(ascii: "\""))
        s.withUTF8 { bytes in
            var from = 0
            for (k, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<k]))
                from = k + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
                default:
                    let hex: StaticString = "0123456789abcdef"
                    out.append(contentsOf: "u00".utf8)
                    out.append(hex.utf8Start[Int(b >> 4)]); out.append(hex.utf8Start[Int(b & 15)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
