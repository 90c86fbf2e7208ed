import AgoraCore
import Hummingbird

/// The language of one phone's request: the phone's own choice (a `?lang=` link from the
/// pages' language menu, remembered in a cookie), else the browser's `Accept-Language`.
/// Nil when neither names en, fr or es: the page then speaks the meeting's language.
///
/// ``Middleware`` decides it once per request and holds it for the handler as a task-local
/// value, so that the routes only ask ``PhoneRoutes/pages`` for their pages.
enum PhoneLanguage {
    static let cookieName = "agora_lang"
    /// The query parameter of the language menu's links.
    static let parameter = "lang"

    @TaskLocal static var requested: Language?

    /// The language `request` asks for, and whether it is a new choice to remember.
    static func requested(by request: Request) -> (language: Language?, chosen: Bool) {
        if let query = request.uri.query, let form = try? FormBody(query),
           let typed = form[parameter], let language = Language(rawValue: typed) {
            return (language, true)
        }
        if let saved = request.cookies[cookieName]?.value, let language = Language(rawValue: saved) {
            return (language, false)
        }
        return (request.headers[.acceptLanguage].flatMap { Language.negotiate(acceptLanguage: $0) }, false)
    }

    struct Middleware<Context: RequestContext>: RouterMiddleware {
        /// The cookie's path: the meeting's pages.
        let path: String

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            let (language, chosen) = PhoneLanguage.requested(by: request)
            var response = try await PhoneLanguage.$requested.withValue(language) { try await next(request, context) }
            if chosen, let language {
                response.setCookie(Cookie(name: PhoneLanguage.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600,
                                          path: path, httpOnly: true, sameSite: .strict))
            }
            return response
        }
    }
}
