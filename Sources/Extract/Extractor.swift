import Ingest
import VietText

/// Runs every recognizer over one article, in dependency order: agencies
/// first (documents read them for the issuer, metrics skip numbers inside
/// agency names), then officials, documents (so their numbers are never read as
/// dates), dates, and metrics last (they skip everything claimed before them).
public struct Extractor: Sendable {
    public let recognizers: [any Recognizer]
    public let lexicons: Lexicons
    let tokenizer: Tokenizer

    public init(lexicons: Lexicons = .shared, tokenizer: Tokenizer = .shared) {
        self.lexicons = lexicons
        self.tokenizer = tokenizer
        let tables = lexicons.files == Lexicons.shared.files ? ExtractLexicons.shared : ExtractLexicons(lexicons)
        self.recognizers = [
            AgencyRecognizer(lexicons: lexicons),
            OfficialRecognizer(lexicons: lexicons),
            DocumentRecognizer(lexicons: tables),
            DateRecognizer(lexicons: tables),
            MetricRecognizer(lexicons: tables),
        ]
    }

    public init(recognizers: [any Recognizer], lexicons: Lexicons = .shared, tokenizer: Tokenizer = .shared) {
        self.lexicons = lexicons; self.tokenizer = tokenizer; self.recognizers = recognizers
    }

    public func extract(_ article: Article) -> Facts {
        let input = RecognizerInput(article: article, tokenized: tokenizer.tokenize(article.text), lexicons: lexicons)
        var facts = Facts()
        for recognizer in recognizers { recognizer.recognize(input, into: &facts) }
        return facts
    }
}
