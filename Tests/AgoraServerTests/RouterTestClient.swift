import HTTPTypes
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded

/// What a route test reads of a response: its head (status, headers) and its whole body.
struct TestResponse: Sendable {
    let head: HTTPResponse
    let body: ByteBuffer
    var status: HTTPResponse.Status { head.status }
    var headers: HTTPFields { head.headerFields }
}

/// A client that sends requests to the phone server's routes.
protocol TestClientProtocol: Sendable {
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse
}

extension TestClientProtocol {
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: method, headers: headers, body: nil)
    }
}

/// Sends each request straight to an application's responder, in process, with no socket:
/// the request is built as the HTTP server would build it (its body whole, its
/// Content-Length set) and the response body is collected whole. What the route tests need of
/// HummingbirdTesting's `.router` mode, without the HTTP client and TLS stack that package
/// brings into the build (AsyncHTTPClient, swift-nio-ssl and its BoringSSL).
struct RouterTestClient<Responder: HTTPResponder>: TestClientProtocol where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
    let responder: Responder
    let logger: Logger

    init<App: ApplicationProtocol>(_ app: App) async throws where App.Responder == Responder {
        responder = try await app.responder
        logger = app.logger
    }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
                              body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = Responder.Context(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: logger))
        let response: Response
        do { response = try await responder.respond(to: request, context: context) } catch { response = Response(status: .internalServerError) }
        let writer = CollectingWriter()
        try await response.body.write(writer)
        return TestResponse(head: response.head, body: writer.collected.withLockedValue { $0 })
    }

    /// Keeps every buffer the response body writes, in order.
    struct CollectingWriter: ResponseBodyWriter {
        let collected = NIOLockedValueBox(ByteBuffer())
        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            collected.withLockedValue { $0.writeBuffer(&buffer) }
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
