import Foundation

/// Loading of one-entry-a-line data files: UTF-8, `#` starts a comment, blank
/// lines ignored, entries NFC-normalized. Every lexicon of the project is read
/// through here, once, at first use.
public enum Lexicon {
    /// The entries of `name.txt` in `bundle`; an empty list (never a crash) when missing.
    public static func lines(named name: String, in bundle: Bundle) -> [String] {
        guard let url = bundle.url(forResource: name, withExtension: "txt")
                ?? bundle.url(forResource: name, withExtension: "txt", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return [] }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Entries of a lexicon text.
    public static func parse(_ text: String) -> [String] {
        var out: [String] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var entry = Substring(line)
            if let hash = entry.firstIndex(of: "#") { entry = entry[..<hash] }
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { out.append(ICU.nfc(trimmed)) }
        }
        return out
    }
}
