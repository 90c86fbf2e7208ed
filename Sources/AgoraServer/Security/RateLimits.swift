import Hummingbird

/// Limits per phone (its cookie) and per address; a request over either limit gets 429 with
/// Retry-After and changes nothing.
struct RateLimits: RouterMiddleware {
    typealias Context = PhoneContext
    let perPhone: RateLimiter
    let perAddress: RateLimiter
    let message: String

    func handle(_ request: Request, context: PhoneContext, next: (Request, PhoneContext) async throws -> Response) async throws -> Response {
        if let wait = perAddress.take(context.addressKey) { return tooMany(wait) }
        if let secret = request.cookies[PhoneRoutes.cookieName]?.value, Secrets.isDeviceSecret(secret),
           let wait = perPhone.take(Secrets.deviceKey(forSecret: secret).digest) {
            return tooMany(wait)
        }
        return try await next(request, context)
    }

    private func tooMany(_ seconds: Int) -> Response { Self.tooMany(seconds, message: message) }

    /// 429 with Retry-After: `message` with its `{seconds}` filled, as plain text.
    static func tooMany(_ seconds: Int, message: String) -> Response {
        var response = PhoneRoutes.html(message.replacingOccurrences(of: "{seconds}", with: String(seconds)), status: .tooManyRequests)
        response.headers[.contentType] = "text/plain; charset=utf-8"
        response.headers[.retryAfter] = String(seconds)
        return response
    }
}
