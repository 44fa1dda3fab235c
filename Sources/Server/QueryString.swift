import Foundation

/// Reads and writes `application/x-www-form-urlencoded` query strings.
/// Hand-written so that `+` means space (as browsers send forms) and malformed
/// percent-escapes are reported as a client error instead of passing through.
public struct QueryString: Sendable, Equatable {
    /// Parameters in order; a repeated name keeps its first value in ``subscript(_:)``.
    public private(set) var items: [(name: String, value: String)]

    public init(_ items: [(name: String, value: String)] = []) { self.items = items }

    public static func == (a: QueryString, b: QueryString) -> Bool {
        a.items.map(\.name) == b.items.map(\.name) && a.items.map(\.value) == b.items.map(\.value)
    }

    public init(parsing raw: String?) throws {
        items = []
        guard let raw, !raw.isEmpty else { return }
        if raw.utf8.count > 8192 { throw ClientError.badRequest("The query string is too long.") }
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            items.append((name, value))
        }
    }

    public subscript(_ name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// The value, or nil when absent or blank (an empty form field means "no filter").
    public func nonEmpty(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    public mutating func set(_ name: String, _ value: String?) {
        let index = items.firstIndex { $0.name == name }
        items.removeAll { $0.name == name }
        guard let value, !value.isEmpty else { return }
        items.insert((name, value), at: index ?? items.endIndex)
    }

    public func setting(_ name: String, _ value: String?) -> QueryString {
        var copy = self; copy.set(name, value); return copy
    }

    /// The encoded query, without the leading `?`.
    public var encoded: String {
        items.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    /// `path` or `path?query`.
    public func url(_ path: String) -> String {
        items.isEmpty ? path : path + "?" + encoded
    }

    private static let unreserved: CharacterSet = {
        var set = CharacterSet()
        set.insert(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return set
    }()

    public static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static func decode(_ text: Substring) throws -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw ClientError.badRequest("Malformed percent-encoding in the query string.")
        }
        return decoded
    }
}
