import Ingest
import VietText

/// What a recognizer reads: the article, its tokens, and the facts that
/// recognizers earlier in the pipeline already found (documents before dates,
/// so document numbers are never read as dates; agencies before officials, so
/// a title can be tied to its organisation; everything before metrics).
public struct RecognizerInput: Sendable {
    public let article: Article
    public let tokenized: TokenizedText
    public let lexicons: Lexicons
    /// The tokens with their lexicon keys, computed once for every recognizer.
    let keyed: KeyedTokens

    public init(article: Article, tokenized: TokenizedText, lexicons: Lexicons) {
        self.article = article; self.tokenized = tokenized; self.lexicons = lexicons
        self.keyed = KeyedTokens(tokenized)
    }

    public var tokens: [Token] { tokenized.tokens }
}

/// One kind of fact. Each recognizer lives in its own file under
/// `Recognizers/`, reads the shared token stream and appends to `facts`.
public protocol Recognizer: Sendable {
    func recognize(_ input: RecognizerInput, into facts: inout Facts)
}
