import Foundation
import Hummingbird

/// Responses with their content type and the headers that keep the pages
/// inert: no script may run, nothing is sniffed, nothing is framed.
enum Responses {
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"

    static func make(_ status: HTTPResponse.Status = .ok, contentType: String, body: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .init("X-Content-Type-Options")!: "nosniff"]
        if contentType.hasPrefix("text/html") {
            headers[.init("Content-Security-Policy")!] = contentSecurityPolicy
            headers[.init("Referrer-Policy")!] = "no-referrer"
        }
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func html(_ body: String) -> Response {
        make(contentType: "text/html; charset=utf-8", body: body)
    }

    static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        make(status, contentType: "text/plain; charset=utf-8", body: body.hasSuffix("\n") ? body : body + "\n")
    }

    static func csv(_ body: String, filename: String) -> Response {
        make(contentType: "text/csv; charset=utf-8; header=present", body: body,
             extra: [.contentDisposition: "attachment; filename=\"\(filename)\""])
    }

    static func json<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let data = try encoder.encode(value)
        return make(contentType: "application/json; charset=utf-8", body: String(decoding: data, as: UTF8.self))
    }
}

/// Turns every error into a plain-text response: the client sees a short
/// message, never a type name or a stack; the log keeps the details.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ClientError {
            return Responses.text(error.status, error.message)
        } catch let error as HTTPError {
            let message = error.status == .notFound ? "Not found." : error.status.reasonPhrase
            return Responses.text(error.status, message)
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return Responses.text(.internalServerError, "Internal server error.")
        }
    }
}
