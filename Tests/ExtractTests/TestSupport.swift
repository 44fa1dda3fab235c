import Extract
import Ingest
import XCTest

/// Extracts the facts of one sentence or paragraph with the real pipeline.
func facts(_ text: String, published: String? = nil, agencies: [(String, String)] = []) -> Facts {
    let article = Article(file: "test", paragraphs: text.components(separatedBy: "\n"))
    var a = article
    a.published = published
    var recognizers: [any Recognizer] = []
    if !agencies.isEmpty { recognizers.append(FixedAgencies(names: agencies)) }
    recognizers += Extractor().recognizers
    return Extractor(recognizers: recognizers).extract(a)
}

/// Stands in for the agencies recognizer: marks given names as agencies.
struct FixedAgencies: Recognizer {
    let names: [(String, String)]
    func recognize(_ input: RecognizerInput, into facts: inout Facts) {
        let scalars = Array(input.article.text.unicodeScalars)
        for (name, canonical) in names {
            let needle = Array(name.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            for s in 0...(scalars.count - needle.count) where Array(scalars[s..<(s + needle.count)]) == needle {
                facts.agencies.append(AgencyMention(text: name, canonical: canonical, span: [s, s + needle.count]))
            }
        }
    }
}

extension Facts {
    var dateValues: [String] { dates.map(\.value) }
    var metricKeys: [String] { metrics.map(\.key) }
}

extension MetricMention {
    /// Compact key for assertions: "value[/total][-max] unit [qualifier]".
    var key: String {
        var s = Self.format(value)
        if let total { s += "/" + Self.format(total) }
        if let max { s += "-" + Self.format(max) }
        s += " " + (unit ?? "nil")
        if let qualifier { s += " " + qualifier.rawValue }
        return s
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
