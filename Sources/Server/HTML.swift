import Mustache
import Query

/// The one place where text becomes HTML. Every template renders `{{value}}`
/// through ``escape(_:)`` (registered as the `VNHTML` Mustache content type),
/// and every piece of HTML built in Swift goes through it too, so hostile
/// article text can never become markup.
public enum HTML {
    /// Escapes text for element content and for double- or single-quoted attribute values.
    public static func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A snippet whose matches are wrapped in ``Highlight`` markers, as HTML:
    /// the text is escaped first, then balanced markers become `<mark>`; stray
    /// markers are dropped so the output is always well formed.
    public static func snippet(_ text: String) -> String {
        let open = Highlight.open.unicodeScalars.first!, close = Highlight.close.unicodeScalars.first!
        var out = ""
        var inside = false
        var plain = String.UnicodeScalarView()
        func flush() { if !plain.isEmpty { out += escape(String(plain)); plain = .init() } }
        for scalar in text.unicodeScalars {
            if scalar == open {
                flush()
                if !inside { out += "<mark>"; inside = true }
            } else if scalar == close {
                flush()
                if inside { out += "</mark>"; inside = false }
            } else {
                plain.append(scalar)
            }
        }
        flush()
        if inside { out += "</mark>" }
        return out
    }

    /// Name of the Mustache content type whose escaping is ``escape(_:)``.
    static let contentTypeName = "VNHTML"

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTML.escape(text) }
    }

    /// Registration is global in swift-mustache; doing it once is enough and repeating it is harmless.
    static func registerContentType() {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
    }
}
