import AgoraCore
import AgoraStore
import AgoraTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
@testable import AgoraServer

/// A session owner for tests: applies what phones submit through the reducer (as `agora
/// serve` does through the store), and lets a test act as the facilitator between requests.
final class TestOwner: Sendable {
    let inbox: SessionInbox
    private let history: Mutex<SessionHistory>
    private let task: Mutex<Task<Void, Never>?> = Mutex(nil)

    init(_ session: Session) {
        inbox = SessionInbox(session: session)
        history = Mutex(SessionHistory(session))
        task.withLock {
            $0 = Task.detached { [weak self] in
                while !Task.isCancelled, let owner = self, owner.inbox.isOpen {
                    if !owner.drainOnce() { try? await Task.sleep(for: .milliseconds(1)) }
                }
            }
        }
    }

    deinit { task.withLock { $0?.cancel() } }

    /// Applies what is waiting; false when nothing was.
    private func drainOnce() -> Bool {
        guard inbox.hasPending else { return false }
        history.withLock { h in
            _ = inbox.drain(applying: { try h.apply($0, at: Fixture.date) }, session: { h.session })
        }
        return true
    }

    var session: Session { history.withLock { $0.session } }

    /// The facilitator's own change, from the keyboard: applied and published.
    func facilitator(_ op: AgoraCore.Operation) throws {
        try history.withLock { h in
            try h.apply(op, at: Fixture.date)
            inbox.publish(h.session)
        }
    }

    func stop() { inbox.close(); task.withLock { $0?.cancel() } }
}

/// The meeting token every test server uses.
let testToken = "abcdefghijklmnopqrstuvwxyz"

func makeServer(_ owner: TestOwner, perPhone: (burst: Double, perSecond: Double) = (1_000_000, 1_000_000),
                perAddress: (burst: Double, perSecond: Double) = (1_000_000, 1_000_000)) -> PhoneServer {
    PhoneServer(inbox: owner.inbox, configuration: .init(host: "127.0.0.1", port: 0, token: testToken,
                                                         perPhone: perPhone, perAddress: perAddress))
}

/// One phone: its own cookie jar (the device cookie) and the CSRF token of the last page it saw.
struct Phone {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?
    var base: String { "/" + testToken }

    init(_ client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
    }

    mutating func get(_ path: String) async throws -> Page {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "\(PhoneRoutes.cookieName)=\(cookie)" }
        let response = try await client.execute(uri: base + path, method: .get, headers: headers)
        return remember(response)
    }

    /// Posts a form as a browser would, with this phone's cookie and CSRF token unless told otherwise.
    mutating func post(_ path: String, _ fields: [(String, String)], csrf: String?? = .none, cookie: String?? = .none,
                       rawBody: String? = nil) async throws -> Page {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let sent = cookie ?? self.cookie { headers[.cookie] = "\(PhoneRoutes.cookieName)=\(sent)" }
        var all = fields
        if let token = csrf ?? self.csrf { all.insert(("csrf", token), at: 0) }
        let body = rawBody ?? FormBody.encode(all)
        let response = try await client.execute(uri: base + path, method: .post, headers: headers, body: ByteBuffer(string: body))
        return remember(response)
    }

    private mutating func remember(_ response: TestResponse) -> Page {
        let body = String(buffer: response.body)
        for field in response.headers[values: .setCookie] {
            if let value = field.split(separator: ";").first, value.hasPrefix("\(PhoneRoutes.cookieName)=") {
                cookie = String(value.dropFirst(PhoneRoutes.cookieName.count + 1))
            }
        }
        if let range = body.range(of: "name=\"csrf\" value=\"") {
            csrf = String(body[range.upperBound...].prefix { $0 != "\"" })
        }
        return Page(status: response.status, headers: response.headers, body: body)
    }

    /// Opens the join page and claims `name` from the list.
    mutating func join(as id: Int) async throws -> Page {
        _ = try await get("/")
        return try await post("/join", [("participant", String(id))])
    }
}

/// The route tests' usual setup: an owner of `session` after the facilitator's `setup`
/// changes, the server's router, and one phone joined as participant `id` (nil: not joined).
func withPhone(on session: Session = Fixture.session(), setup: [AgoraCore.Operation] = [], joinedAs id: Int?,
               _ test: @Sendable @escaping (TestOwner, inout Phone) async throws -> Void) async throws {
    let owner = TestOwner(session)
    for operation in setup { try owner.facilitator(operation) }
    try await withRouter(owner) { client in
        var phone = Phone(client)
        if let id { _ = try await phone.join(as: id) }
        try await test(owner, &phone)
    }
}

/// Voting open with the tallies shown while dots are placed (5 dots, at most 3 on a topic).
let openVotingShowingTallies: [AgoraCore.Operation] = [
    .setup(.setVotingRules(VotingRules(method: .dots, dotsPerParticipant: 5, capPerTopic: 3, hideTalliesUntilClose: false))),
    .voting(.open),
]

/// Runs `test` against the server's router (no socket).
func withRouter(_ owner: TestOwner, server: PhoneServer? = nil,
                _ test: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
    let server = server ?? makeServer(owner)
    try await test(RouterTestClient(server.application()))
}

extension String {
    /// Text of a page with tags removed and whitespace collapsed, for assertions on what people read.
    var readable: String {
        var out = "", inTag = false
        for c in self { if c == "<" { inTag = true } else if c == ">" { inTag = false; out += " " } else if !inTag { out.append(c) } }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }
}
