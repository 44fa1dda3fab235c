import VietText

/// Corpus evidence for boilerplate: a line that recurs in many files of one
/// batch is site furniture (a slogan, a menu, a footer) whatever its words,
/// because articles do not share sentences. Learned from the batch itself, so it
/// adapts to sites whose interface words the lexicon does not know.
public struct BoilerplateModel: Sendable, Codable, Equatable {
    /// Folded, space-collapsed keys of the lines judged boilerplate.
    public private(set) var lines: Set<String>

    public init(lines: Set<String> = []) { self.lines = lines }

    /// Lines longer than this many words are article text even when copied
    /// (syndicated paragraphs), and are never learned.
    public static let maximumWords = 30

    /// Learns the lines present in at least `minimumFiles` texts and in at least
    /// `minimumShare` of them. A line counts once per text.
    public static func learn(from texts: [String], minimumFiles: Int = 3, minimumShare: Double = 0.2) -> BoilerplateModel {
        var counts: [String: Int] = [:]
        for text in texts {
            var seen = Set<String>()
            for raw in text.split(whereSeparator: \.isNewline) {
                let key = Self.key(raw)
                if !key.isEmpty, seen.insert(key).inserted { counts[key, default: 0] += 1 }
            }
        }
        let needed = max(minimumFiles, Int((Double(texts.count) * minimumShare).rounded(.up)))
        return BoilerplateModel(lines: Set(counts.filter { $0.value >= needed }.keys))
    }

    /// True when `line` is one of the learned boilerplate lines.
    public func contains(_ line: some StringProtocol) -> Bool {
        !lines.isEmpty && lines.contains(Self.key(line))
    }

    /// Comparison key: folded, whitespace collapsed; empty for blank or over-long lines.
    static func key(_ line: some StringProtocol) -> String {
        let words = line.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= maximumWords else { return "" }
        return Folding.folded(words.joined(separator: " "))
    }
}
