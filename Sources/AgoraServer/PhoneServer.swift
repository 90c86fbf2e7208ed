import AgoraCore
import AgoraStore
import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// The room's phones, served from the facilitator's laptop: the join page, ballots, proposals,
/// the plan, experiences, interest in projects and the live wall.
///
/// The server never touches the session file: every write is submitted to the owner's
/// ``SessionInbox`` and answered once the owner applied and journaled it. ``start()`` binds
/// and returns once the server listens; ``stop()`` returns once nothing listens any more.
public final class PhoneServer: Sendable {
    public struct Configuration: Sendable {
        /// The address to listen on (`127.0.0.1` for this machine only).
        public var host: String
        /// 0 picks a free port.
        public var port: Int
        /// The meeting token in the join URL (see ``Secrets/meetingToken()``).
        public var token: String
        public var text: PhoneText
        /// Requests at once and per second, per phone and per address.
        public var perPhone: (burst: Double, perSecond: Double)
        public var perAddress: (burst: Double, perSecond: Double)
        /// The short code typed at `/j` instead of scanning (see ``JoinCode``).
        public var joinCode: JoinCode
        /// Attempts at the code: per address, and all addresses together (what bounds guessing).
        public var codeAttempts: (perAddress: (burst: Double, perSecond: Double), overall: (burst: Double, perSecond: Double))
        /// The rate limits' clock, in seconds (tests stop it).
        var rateClock: @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }

        public init(host: String, port: Int = 0, token: String = Secrets.meetingToken(),
                    text: PhoneText = PhoneText(LanguageChoice.current?.language ?? .en),
                    perPhone: (burst: Double, perSecond: Double) = (30, 3),
                    perAddress: (burst: Double, perSecond: Double) = (3000, 600),
                    joinCode: JoinCode = .make(),
                    codeAttempts: (perAddress: (burst: Double, perSecond: Double), overall: (burst: Double, perSecond: Double))
                        = ((5, 0.1), (60, 2))) {
            self.host = host; self.port = port; self.token = token; self.text = text
            self.perPhone = perPhone; self.perAddress = perAddress
            self.joinCode = joinCode; self.codeAttempts = codeAttempts
        }
    }

    public let configuration: Configuration
    let inbox: SessionInbox
    let feed: WallFeed
    private let running = Mutex<(task: Task<Void, any Error>, feed: Task<Void, Never>)?>(nil)
    private let boundPort = Mutex<Int?>(nil)
    /// The listening socket, once bound: ``stop()`` closes it first.
    private let listener = Mutex<(any Channel)?>(nil)

    public init(inbox: SessionInbox, configuration: Configuration) {
        self.inbox = inbox; self.configuration = configuration
        feed = WallFeed(inbox: inbox)
    }

    /// The router with every route and middleware: what ``start()`` serves, and what tests drive.
    func router() throws -> Router<PhoneContext> {
        let router = Router(context: PhoneContext.self)
        router.add(middleware: SecurityHeaders<PhoneContext>())
        router.add(middleware: RateLimits(
            perPhone: RateLimiter(.init(burst: configuration.perPhone.burst, perSecond: configuration.perPhone.perSecond),
                                  clock: configuration.rateClock),
            perAddress: RateLimiter(.init(burst: configuration.perAddress.burst, perSecond: configuration.perAddress.perSecond),
                                    clock: configuration.rateClock),
            message: configuration.text["tooMany"]))
        let attempts = configuration.codeAttempts
        try PhoneRoutes(inbox: inbox, token: configuration.token, text: configuration.text, feed: feed,
                        joinCode: configuration.joinCode,
                        codeLimits: (RateLimiter(.init(burst: attempts.perAddress.burst, perSecond: attempts.perAddress.perSecond),
                                                 clock: configuration.rateClock),
                                     RateLimiter(.init(burst: attempts.overall.burst, perSecond: attempts.overall.perSecond),
                                                 clock: configuration.rateClock)))
            .register(on: router)
        return router
    }

    /// The application, for Hummingbird's test client and for ``start()``.
    func application(onRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        var logger = Logger(label: "agora.server")
        logger.logLevel = .critical
        return Application(
            router: try router(),
            // SO_REUSEADDR: a restart may take its port again while closed connections linger in
            // TIME_WAIT (Linux still refuses a port another socket listens on).
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Agora",
                                 reuseAddress: true),
            onServerRunning: { channel in await onRunning(channel) },
            logger: logger)
    }

    /// Starts listening. Returns the join URL once the port is bound.
    /// - Throws: when the address cannot be bound (in use, not this machine's).
    public func start() async throws -> String {
        let (ready, readyContinuation) = AsyncStream<Int?>.makeStream()
        let app = try application(onRunning: { [weak self] channel in
            self?.listener.withLock { $0 = channel }
            readyContinuation.yield(channel.localAddress?.port); readyContinuation.finish()
        })
        let task = Task { defer { readyContinuation.finish() }; try await app.runService(gracefulShutdownSignals: []) }
        let feedTask = Task { [feed] in await feed.run() }
        running.withLock { $0 = (task, feedTask) }
        var port: Int?? = nil
        for await bound in ready { port = bound; break }
        guard let bound = port ?? nil else {
            feed.stop()
            running.withLock { $0 = nil }
            do { try await task.value } catch { throw ServeError("Cannot listen on \(configuration.host):\(configuration.port): \(error)") }
            throw ServeError("Cannot listen on \(configuration.host):\(configuration.port)")
        }
        boundPort.withLock { $0 = bound }
        return joinURL
    }

    /// Stops listening and ends the live walls. Returns once the socket is closed.
    ///
    /// The listening socket is closed first, and waited for, rather than left to the server's
    /// own shutdown after the cancellation: on a loaded machine that shutdown's event loop may
    /// run seconds later, and nothing may listen once this returns. The live walls' streams
    /// end before that, so no long-lived response holds the shutdown up.
    public func stop() async {
        guard let (task, feedTask) = running.withLock({ running -> (Task<Void, any Error>, Task<Void, Never>)? in
            defer { running = nil }
            return running
        }) else { return }
        feed.stop()
        if let channel = listener.withLock({ listener -> (any Channel)? in defer { listener = nil }; return listener }) {
            try? await channel.close().get()
        }
        task.cancel()
        _ = try? await task.value
        feedTask.cancel()
        boundPort.withLock { $0 = nil }
    }

    /// The port listened on, once started.
    public var port: Int? { boundPort.withLock { $0 } }

    /// `http://HOST:PORT/TOKEN/`: what the QR code holds.
    public var joinURL: String { origin + "/\(configuration.token)/" }

    /// `http://HOST:PORT/j`: where a person types the ``JoinCode`` instead of scanning.
    public var codeURL: String { origin + "/j" }

    private var origin: String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return "http://\(host):\(port ?? configuration.port)"
    }
}

/// Serving could not start; says what and where.
public struct ServeError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
