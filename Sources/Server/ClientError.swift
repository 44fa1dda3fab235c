import Hummingbird

/// A request the server refuses, with a plain message meant for the person
/// who typed the URL. Rendered as `text/plain` by ``ErrorMiddleware``.
public struct ClientError: Error, Sendable, Equatable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String

    public init(status: HTTPResponse.Status, message: String) {
        self.status = status; self.message = message
    }

    public static func badRequest(_ message: String) -> ClientError { .init(status: .badRequest, message: message) }
    public static func notFound(_ message: String) -> ClientError { .init(status: .notFound, message: message) }

    public var description: String { "\(status.code) \(message)" }
}
