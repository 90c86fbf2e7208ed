import AgoraCore
import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

/// The server on a real socket: it listens once started, the live wall follows changes within
/// a second, and nothing listens after stop.
@Suite("Phone server on a socket", .serialized)
struct LiveServerTests {
    @Test func theLiveWallGetsAChangeWithinASecondAndNothingListensAfterStop() async throws {
        let owner = TestOwner(Fixture.session())
        for operation in openVotingShowingTallies { try owner.facilitator(operation) }
        let token = Secrets.meetingToken()
        let server = PhoneServer(inbox: owner.inbox, configuration: .init(host: "127.0.0.1", port: 0, token: token))
        let url = try await server.start()
        #expect(url.hasPrefix("http://127.0.0.1:"))
        #expect(url.hasSuffix("/\(token)/"))
        #expect(canConnect(to: url))
        let stream = try RawStream(url: url, path: "/\(token)/wall/live")
        let first = try await offPool { try stream.read(until: "\n\n", timeout: 60) }
        #expect(first.contains("text/event-stream"))
        #expect(first.contains("data: <h2>Topics</h2>"))
        let started = Date()
        try owner.facilitator(.voting(.addDots(ParticipantID(1), TopicID(2), count: 3)))
        // Within 1 s when run on its own (about 0.1 s here). In a whole parallel test run on 2
        // shared cores the grouping and browser tests can starve the server's threads for
        // several seconds (5.1 and 6.6 s seen), so there the bound only says the update comes.
        let bound: Double = TestEffort.inCI ? 30 : 1
        let update = try await offPool { try stream.read(until: "3 dots", timeout: bound) }
        #expect(update.contains("Greentech encounters</span> <strong>3 dots"))
        #expect(Date().timeIntervalSince(started) < bound)
        await server.stop()
        // At once: the meeting's own token, as another test's server may take the freed port.
        #expect(!servesTheWall(at: url))
        #expect(server.port == nil)
        owner.stop()
    }

    /// Stop ends the live walls' streams at once rather than waiting for them: with two walls
    /// and a phone's idle keep-alive connection open, stop returns well within a generous
    /// bound, each wall's stream ends, and nothing listens.
    ///
    /// Its own token, so that "nothing listens" means this meeting: in a parallel run another
    /// test's server may be given the freed port at once.
    @Test func stopEndsTheLiveWallsAndReturnsPromptly() async throws {
        let owner = TestOwner(Fixture.session())
        let token = Secrets.meetingToken()
        let server = PhoneServer(inbox: owner.inbox, configuration: .init(host: "127.0.0.1", port: 0, token: token))
        let url = try await server.start()
        let walls = try (0..<2).map { _ in try RawStream(url: url, path: "/\(token)/wall/live") }
        for wall in walls { _ = try await offPool { try wall.read(until: "data: ", timeout: 60) } }
        let idle = try RawStream(url: url, path: "/\(token)/wall")
        _ = try await offPool { try idle.read(until: "</html>", timeout: 60) }
        let started = Date()
        await server.stop()
        let took = Date().timeIntervalSince(started)
        #expect(took < 10, "stop took \(took) s")
        for wall in walls { #expect(try await offPool { wall.closes(within: 10) }) }
        // At once, not eventually: stop closes the listening socket before it returns.
        #expect(!servesTheWall(at: url))
        #expect(server.port == nil)
        owner.stop()
    }

    @Test func aPortInUseIsAClearError() async throws {
        let owner = TestOwner(Fixture.session())
        let first = makeServer(owner)
        let url = try await first.start()
        let port = try #require(first.port)
        let second = PhoneServer(inbox: owner.inbox, configuration: .init(host: "127.0.0.1", port: port, token: testToken))
        await #expect(throws: ServeError.self) { _ = try await second.start() }
        await first.stop()
        #expect(stopsListening(at: url))
        owner.stop()
    }
}

/// Whether something at `url` (a join URL) answers its wall page with 200: false when the
/// connection is refused, or when another server, with another token, took the port.
func servesTheWall(at url: String) -> Bool {
    guard let parts = URLComponents(string: url), let stream = try? RawStream(url: url, path: parts.path + "wall") else { return false }
    return (try? stream.read(until: "\r\n", timeout: 10))?.hasPrefix("HTTP/1.1 200") == true
}

/// A raw HTTP GET whose response is read as it streams (for Server-Sent Events).
final class RawStream: @unchecked Sendable {
    let fd: Int32
    private var received = ""

    init(url: String, path: String) throws {
        guard let parts = URLComponents(string: url), let host = parts.host, let port = parts.port else { throw ServeError("bad URL \(url)") }
        guard let fd = connectedSocket(to: url) else { throw ServeError("cannot connect to \(url)") }
        self.fd = fd
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
    }

    deinit { close(fd) }

    /// Whether the server closes the connection within `seconds` (what it still sends is read).
    func closes(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while deadline.timeIntervalSinceNow > 0 {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(deadline.timeIntervalSinceNow * 1000)) > 0 else { continue }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return true }
            received += String(decoding: buffer[0..<n], as: UTF8.self)
        }
        return false
    }

    /// Everything received until `marker` appears (from the start), waiting at most `timeout` seconds.
    func read(until marker: String, timeout: Double) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !received.contains(marker) {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw ServeError("no “\(marker)” within \(timeout) s; got: \(received.suffix(300))") }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000)) > 0 else { continue }
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { throw ServeError("connection closed; got: \(received.suffix(300))") }
            received += String(decoding: buffer[0..<n], as: UTF8.self)
        }
        return received
    }
}
