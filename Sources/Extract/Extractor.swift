import Ingest
import VietText

/// Runs every recognizer over one article, in dependency order, and resolves
/// overlaps in one place.
public struct Extractor: Sendable {
    public let recognizers: [any Recognizer]
    public let lexicons: Lexicons
    let tokenizer: Tokenizer

    public init(lexicons: Lexicons = .shared, tokenizer: Tokenizer = .shared) {
        self.lexicons = lexicons
        self.tokenizer = tokenizer
        self.recognizers = [AgencyRecognizer(lexicons: lexicons), OfficialRecognizer(lexicons: lexicons)]
    }

    public func extract(_ article: Article) -> Facts {
        let input = RecognizerInput(article: article, tokenized: tokenizer.tokenize(article.text), lexicons: lexicons)
        var facts = Facts()
        for recognizer in recognizers { recognizer.recognize(input, into: &facts) }
        return facts
    }
}
