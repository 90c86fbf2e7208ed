import AgoraCore
import AgoraStore
import Crypto
import Foundation
import Hummingbird

/// The phone pages and their forms. Each write becomes one ``PhoneOperation`` submitted to the
/// owner's ``SessionInbox``; the phone sees the outcome only once the owner applied and
/// journaled it, or the reducer's own message when a rule refused it.
///
/// Every write needs the phone's cookie and its CSRF token; a phone never names the person it
/// acts as (the session knows whom its key claimed). There is no facilitator power here.
struct PhoneRoutes: Sendable {
    static let cookieName = "agora_phone"
    /// Largest request body taken (16 KB): beyond it, 413.
    static let bodyLimit = 16 * 1024

    let inbox: SessionInbox
    let token: String
    /// The pages in each language; ``pages`` picks this request's.
    let pagesByLanguage: [Language: PhonePages]
    /// The pages' language when neither the phone nor the meeting names one.
    let language: Language
    let serverKey: SymmetricKey
    let feed: WallFeed
    let joinCode: JoinCode
    /// Attempts at the join code: per address, and all addresses together.
    let codeLimits: (perAddress: RateLimiter, overall: RateLimiter)
    var text: PhoneText { pages.text }
    /// This request's pages: the phone's language (``PhoneLanguage``), else the meeting's.
    var pages: PhonePages {
        pagesByLanguage[PhoneLanguage.requested ?? inbox.current.session.language ?? language]!
    }
    var base: String { "/" + token }

    init(inbox: SessionInbox, token: String, text: PhoneText, feed: WallFeed, joinCode: JoinCode,
         codeLimits: (perAddress: RateLimiter, overall: RateLimiter)) throws {
        self.inbox = inbox; self.token = token; self.feed = feed
        self.joinCode = joinCode; self.codeLimits = codeLimits
        language = text.language
        var pages: [Language: PhonePages] = [:]
        for language in Language.allCases { pages[language] = try PhonePages(text: PhoneText(language), base: "/" + token) }
        pagesByLanguage = pages
        serverKey = SymmetricKey(size: .bits256)
    }

    func register(on router: Router<PhoneContext>) {
        router.get("static/app.css") { _, _ in Self.asset(PageTemplates.css, type: "text/css; charset=utf-8") }
        router.get("static/live.js") { _, _ in Self.asset(PageTemplates.liveScript, type: "text/javascript; charset=utf-8") }
        let code = router.group("j").add(middleware: PhoneLanguage.Middleware<PhoneContext>(path: "/j"))
        code.get("") { _, _ in Self.html(pages.code(inbox.current.session)) }
        code.post("") { request, context in try await enterCode(request, address: context.addressKey) }
        let meeting = router.group(RouterPath(base)).add(middleware: PhoneLanguage.Middleware<PhoneContext>(path: base))
        meeting.get("") { request, _ in joinPage(request) }
        meeting.get("home") { request, _ in page(request) { session, me, _ in pages.home(session, me: me) } }
        meeting.get("vote") { request, _ in page(request) { session, me, csrf in pages.vote(session, me: me, csrf: csrf) } }
        meeting.get("propose") { request, _ in page(request) { session, me, csrf in pages.propose(session, me: me, csrf: csrf) } }
        meeting.get("plan") { request, _ in page(request) { session, me, _ in pages.plan(session, me: me) } }
        meeting.get("plan.ics") { request, _ in calendar(request) }
        meeting.get("share") { request, _ in page(request) { session, me, csrf in pages.share(session, me: me, csrf: csrf) } }
        meeting.get("projects") { request, _ in page(request) { session, me, csrf in pages.projects(session, me: me, csrf: csrf) } }
        meeting.get("wall") { _, _ in Self.html(pages.wall(inbox.current.session)) }
        meeting.get("wall/live") { _, _ in liveWall() }
        meeting.post("join") { request, _ in try await join(request) }
        meeting.post("register") { request, _ in try await walkIn(request) }
        meeting.post("vote") { request, _ in try await vote(request) }
        meeting.post("propose") { request, _ in try await propose(request) }
        meeting.post("share") { request, _ in try await share(request) }
        meeting.post("interest") { request, _ in try await interest(request) }
    }

    // MARK: Reading pages

    /// The join page; gives the phone its secret (cookie) on its first visit.
    func joinPage(_ request: Request) -> Response {
        let session = inbox.current.session
        let existing = secret(of: request)
        if let existing, let me = participant(of: existing, in: session) {
            return Self.html(pages.home(session, me: me))
        }
        let secret = existing ?? Secrets.deviceSecret()
        // As a form encodes it (`+` for spaces), which Hummingbird's query parameters do not decode.
        let query = (try? FormBody(request.uri.query ?? ""))?["q"] ?? ""
        var response = Self.html(pages.join(session, query: query, csrf: csrf(secret)))
        if existing == nil { response.setCookie(cookie(secret)) }
        return response
    }

    /// A page for a joined phone; others go to the join page.
    func page(_ request: Request, _ build: (Session, Participant, String) -> String) -> Response {
        let session = inbox.current.session
        guard let secret = secret(of: request), let me = participant(of: secret, in: session) else {
            return Self.redirect(base + "/")
        }
        return Self.html(build(session, me, csrf(secret)))
    }

    /// The phone's own groups as iCalendar: the schedule's export, kept to its rounds and topics.
    func calendar(_ request: Request) -> Response {
        let session = inbox.current.session
        guard let secret = secret(of: request), let me = participant(of: secret, in: session) else {
            return Self.redirect(base + "/")
        }
        var mine = session
        let groups = Set(session.assignments.filter { $0.participant == me.id }.map { "\($0.round.rawValue)-\($0.topic.rawValue)" })
        mine.schedule = session.schedule.filter { groups.contains("\($0.round.rawValue)-\($0.topic.rawValue)") }
        let body = ScheduleCalendar.render([NamedSession(name: "agora", session: mine)], now: Date(), in: text.language)
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        response.headers[.contentType] = "text/calendar; charset=utf-8"
        response.headers[.contentDisposition] = "attachment; filename=\"my-groups.ics\""
        return response
    }

    /// Server-Sent Events: the wall's changing part, at once and after each change.
    func liveWall() -> Response {
        let stream = feed.subscribe()
        let pages = pages, first = inbox.current.session
        var response = Response(status: .ok, body: ResponseBody { writer in
            try await writer.write(Self.event(pages.wallPart(first)))
            for await session in stream { try await writer.write(Self.event(pages.wallPart(session))) }
            try await writer.finish(nil)
        })
        response.headers[.contentType] = "text/event-stream; charset=utf-8"
        return response
    }

    static func event(_ html: String) -> ByteBuffer {
        var text = ""
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return ByteBuffer(string: text + "\n")
    }

    // MARK: The join code

    /// The short code typed at `/j`: the right one goes on to the meeting's join page; every
    /// attempt, right or wrong, first takes a token per address and one shared by all (429
    /// with Retry-After when either is out), so the code cannot be guessed within a meeting.
    func enterCode(_ request: Request, address: String) async throws -> Response {
        if let wait = codeLimits.perAddress.take(address) ?? codeLimits.overall.take("all") {
            return RateLimits.tooMany(wait, message: text["codeTooMany"])
        }
        var request = request
        let session = inbox.current.session
        guard let buffer = try? await request.collectBody(upTo: Self.bodyLimit) else {
            return Self.html(pages.code(session, error: text["tooLarge"]), status: .contentTooLarge)
        }
        guard let body = String(validating: buffer.readableBytesView, as: UTF8.self), let form = try? FormBody(body) else {
            return Self.html(pages.code(session, error: text["badForm"]), status: .badRequest)
        }
        let typed = form["code"] ?? ""
        if JoinCode.normalized(typed).isEmpty {
            return Self.html(pages.code(session, error: text["codeIntro"]), status: .badRequest)
        }
        guard joinCode.matches(typed) else {
            let shown = String(typed.prefix(JoinCode.length * 2))
            return Self.html(pages.code(session, typed: shown, error: text.format("wrongCode", ["code": shown])), status: .notFound)
        }
        return Self.redirect(base + "/")
    }

    // MARK: Writing

    func join(_ request: Request) async throws -> Response {
        let write = try await checkedWrite(request, joined: false)
        guard case .ready(let form, let secret, let session, _) = write else { return write.refusal! }
        let query = form["q"] ?? ""
        guard let id = Int(form["participant"] ?? "").map(ParticipantID.init) else {
            return Self.html(pages.join(session, query: query, csrf: csrf(secret), error: text.format("badNumber", ["value": form["participant"] ?? "", "field": "participant"])), status: .badRequest)
        }
        switch await submit(.phones(.claim(id, device: Secrets.deviceKey(forSecret: secret))), from: secret) {
        case .success(let summary):
            let now = inbox.current.session
            guard let me = participant(of: secret, in: now) else { return Self.redirect(base + "/") }
            return Self.html(pages.home(now, me: me, notice: text.format("joined", ["name": me.name]) + " (\(summary))"))
        case .failure(let refusal):
            return Self.html(pages.join(inbox.current.session, query: query, csrf: csrf(secret), error: refusal.message), status: refusal.status)
        }
    }

    func walkIn(_ request: Request) async throws -> Response {
        let write = try await checkedWrite(request, joined: false)
        guard case .ready(let form, let secret, _, _) = write else { return write.refusal! }
        let fields = ParticipantFields(name: form["name"] ?? "", city: form["city"] ?? "", organization: form["organization"] ?? "")
        switch await submit(.phones(.walkIn(fields, device: Secrets.deviceKey(forSecret: secret))), from: secret) {
        case .success:
            let now = inbox.current.session
            guard let me = participant(of: secret, in: now) else { return Self.redirect(base + "/") }
            return Self.html(pages.home(now, me: me, notice: text.format("joined", ["name": me.name])))
        case .failure(let refusal):
            return Self.html(pages.join(inbox.current.session, query: "", csrf: csrf(secret), error: refusal.message,
                                        form: ["name": fields.name, "city": fields.city, "organization": fields.organization]),
                             status: refusal.status)
        }
    }

    func vote(_ request: Request) async throws -> Response {
        let write = try await checkedWrite(request, joined: true)
        guard case .ready(let form, let secret, let session, let me?) = write else { return write.refusal! }
        // Every field named t<number> is a topic; the reducer says which topics do not exist.
        var typed: [TopicID: Int] = [:]
        for (name, value) in form.fields where name.hasPrefix("t") {
            guard let id = Int(name.dropFirst()), id > 0 else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let count = Int(trimmed), count >= 0, count <= 1_000 else {
                return Self.html(pages.vote(session, me: me, csrf: csrf(secret), error: text.format("badNumber", ["value": value, "field": name]), typed: [:]), status: .badRequest)
            }
            typed[TopicID(id)] = session.voting.method == .approval ? min(count, 1) : count
        }
        let action: PhoneAction
        if session.voting.method == .ranked {
            let ranked = typed.filter { $0.value > 0 }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            action = .vote(dots: [], ranking: ranked.map(\.key))
        } else {
            action = .vote(dots: typed.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { DotMark(topic: $0.key, count: $0.value) }, ranking: [])
        }
        return await act(action, from: secret, notice: "ballotSaved") { session, notice, error in
            pages.vote(session, me: me, csrf: csrf(secret), notice: notice, error: error, typed: error == nil ? nil : typed)
        }
    }

    func propose(_ request: Request) async throws -> Response {
        let write = try await checkedWrite(request, joined: true)
        guard case .ready(let form, let secret, _, let me?) = write else { return write.refusal! }
        let title = form["title"] ?? "", description = form["description"] ?? ""
        return await act(.propose(title: title, description: description), from: secret, notice: "proposed") { session, notice, error in
            pages.propose(session, me: me, csrf: csrf(secret), notice: notice, error: error,
                          form: error == nil ? [:] : ["title": title, "description": description])
        }
    }

    func share(_ request: Request) async throws -> Response {
        let write = try await checkedWrite(request, joined: true)
        guard case .ready(let form, let secret, _, let me?) = write else { return write.refusal! }
        let keys = ["title", "challenge", "action", "result", "tags"]
        let typed = Dictionary(uniqueKeysWithValues: keys.map { ($0, form[$0] ?? "") })
        let tags = typed["tags"]!.split(separator: ",").map(String.init)
        let action = PhoneAction.share(title: typed["title"]!, challenge: typed["challenge"]!, action: typed["action"]!,
                                       result: typed["result"]!, tags: tags)
        return await act(action, from: secret, notice: "shared") { session, notice, error in
            pages.share(session, me: me, csrf: csrf(secret), notice: notice, error: error, form: error == nil ? [:] : typed)
        }
    }

    func interest(_ request: Request) async throws -> Response {
        let write = try await checkedWrite(request, joined: true)
        guard case .ready(let form, let secret, let session, let me?) = write else { return write.refusal! }
        guard let id = Int(form["project"] ?? "").map(ProjectID.init) else {
            return Self.html(pages.projects(session, me: me, csrf: csrf(secret), error: text.format("badNumber", ["value": form["project"] ?? "", "field": "project"])), status: .badRequest)
        }
        return await act(.markInterest(id), from: secret, notice: "interestSaved") { session, notice, error in
            pages.projects(session, me: me, csrf: csrf(secret), notice: notice, error: error)
        }
    }

    // MARK: The checks every write passes

    enum Write {
        case ready(FormBody, secret: String, Session, Participant?)
        case refused(Response)
        var refusal: Response? { if case .refused(let response) = self { return response } else { return nil } }
    }

    /// Body within the limit and readable, the phone's cookie, its CSRF token, and (for
    /// `joined`) a participant claimed by this phone. Anything missing: a page that says why.
    func checkedWrite(_ request: Request, joined: Bool) async throws -> Write {
        let session = inbox.current.session
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.bodyLimit {
            return .refused(Self.html(pages.message(session, title: text["errorTitle"], error: text["tooLarge"]), status: .contentTooLarge))
        }
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: Self.bodyLimit) } catch {
            return .refused(Self.html(pages.message(session, title: text["errorTitle"], error: text["tooLarge"]), status: .contentTooLarge))
        }
        guard let body = String(validating: buffer.readableBytesView, as: UTF8.self), let form = try? FormBody(body) else {
            return .refused(Self.html(pages.message(session, title: text["errorTitle"], error: text["badForm"]), status: .badRequest))
        }
        guard let secret = secret(of: request) else {
            return .refused(Self.html(pages.message(session, title: text["errorTitle"], error: text["noCookie"]), status: .unauthorized))
        }
        guard let sent = form["csrf"], Secrets.same(sent, csrf(secret)) else {
            return .refused(Self.html(pages.message(session, title: text["errorTitle"], error: text["badCSRF"]), status: .forbidden))
        }
        let me = participant(of: secret, in: session)
        if joined && me == nil {
            return .refused(Self.html(pages.message(session, title: text["errorTitle"], error: text["notJoined"]), status: .forbidden))
        }
        return .ready(form, secret: secret, session, me)
    }

    /// The step every joined phone's write ends with: submits `action` as this phone, then
    /// answers with the page `render` draws from the session as it is now: with the text
    /// `notice` (the reducer's summary in it) once the change is durable, or with the reducer's
    /// own message, and the form as typed, when a rule refused it.
    func act(_ action: PhoneAction, from secret: String, notice: String,
             render: (Session, _ notice: String?, _ error: String?) -> String) async -> Response {
        switch await submit(.phones(.act(action, device: Secrets.deviceKey(forSecret: secret))), from: secret) {
        case .success(let summary):
            return Self.html(render(inbox.current.session, text.format(notice, ["summary": summary]), nil))
        case .failure(let refusal):
            return Self.html(render(inbox.current.session, nil, refusal.message), status: refusal.status)
        }
    }

    struct Refusal: Error {
        var message: String
        var status: HTTPResponse.Status
    }

    /// Hands the operation to the owner and waits until it is durable or refused.
    func submit(_ operation: AgoraCore.Operation, from secret: String) async -> Result<String, Refusal> {
        let key = Secrets.deviceKey(forSecret: secret)
        let label = participant(of: secret, in: inbox.current.session).map { "\($0.name)'s phone" } ?? key.description
        do {
            // Answered once durable, and after the owner published the session with it.
            return .success(try await inbox.submit(operation, origin: .init(label)))
        } catch let error as AgoraError {
            return .failure(Refusal(message: error.text(in: text.language), status: .unprocessableContent))
        } catch is InboxClosedError {
            return .failure(Refusal(message: text["closed"], status: .serviceUnavailable))
        } catch {
            return .failure(Refusal(message: text["notSaved"], status: .serviceUnavailable))
        }
    }

    // MARK: The phone's identity

    func secret(of request: Request) -> String? {
        guard let value = request.cookies[Self.cookieName]?.value, Secrets.isDeviceSecret(value) else { return nil }
        return value
    }

    func participant(of secret: String, in session: Session) -> Participant? {
        let access = session.phoneAccess
        let key = Secrets.deviceKey(forSecret: secret)
        guard !access.isBlocked(key), let id = access.participant(of: key) else { return nil }
        return session.participant(id)
    }

    func csrf(_ secret: String) -> String { Secrets.csrfToken(forSecret: secret, serverKey: serverKey) }

    func cookie(_ secret: String) -> Cookie {
        Cookie(name: Self.cookieName, value: secret, maxAge: 7 * 24 * 3600, path: base, httpOnly: true, sameSite: .strict)
    }

    // MARK: Responses

    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: body)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        return response
    }

    static func redirect(_ location: String) -> Response {
        var response = Response(status: .seeOther)
        response.headers[.location] = location
        return response
    }

    static func asset(_ body: String, type: String) -> Response {
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: body)))
        response.headers[.contentType] = type
        response.headers[.cacheControl] = "max-age=3600"
        return response
    }
}
