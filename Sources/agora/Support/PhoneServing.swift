import AgoraServer
import AgoraStore
import AgoraTUI
import Foundation
import Synchronization

/// Serving phones from the interactive view: the TUI's ``ServingControl`` over a
/// ``PhoneServer`` that hands every request to the runtime's inbox, so the runtime applies
/// and journals each change with the same reducer as the keys before the phone is answered.
///
/// The meeting token is made once, and a restart listens on the port of the first start when
/// it is still free: the QR code on the wall stays valid across a stop and a start.
final class PhoneServing: ServingControl {
    let inbox: SessionInbox
    let bind: String?
    /// The port asked for (0: any free one), and the one of the first start (reused when free).
    let port: Int
    private var earlierPort: Int?
    private let token = Secrets.meetingToken()
    private let joinCode = JoinCode.make()
    private var server: PhoneServer?
    private(set) var notes: [String] = []
    private(set) var invitation: JoinInvitation?

    /// - Parameters:
    ///   - bind: the address to listen on; nil for this laptop's address on its local network.
    ///   - port: 0 for a free one.
    init(inbox: SessionInbox, bind: String?, port: Int) {
        self.inbox = inbox; self.bind = bind; self.port = port
    }

    var joinURL: String? { server?.joinURL }

    func start() throws {
        guard server == nil else { return }
        let address = try ServeAddress.choose(bind)
        var server = PhoneServer(inbox: inbox, configuration: .init(host: address.address, port: earlierPort ?? port, token: token, joinCode: joinCode))
        do { _ = try Blocking.run { [server] in try await server.start() } } catch where earlierPort != nil && port == 0 {
            // The earlier port is not free yet: any free one (a new QR code).
            server = PhoneServer(inbox: inbox, configuration: .init(host: address.address, port: 0, token: token, joinCode: joinCode))
            _ = try Blocking.run { [server] in try await server.start() }
        }
        self.server = server
        earlierPort = server.port
        notes = address.notes
        invitation = Self.invitation(server)
    }

    func stop(draining: () -> Void) {
        guard let server else { return }
        self.server = nil
        invitation = nil
        let stopped = Atomic<Bool>(false)
        Task { await server.stop(); stopped.store(true, ordering: .releasing) }
        while !stopped.load(ordering: .acquiring) {
            draining()
            usleep(2_000)
        }
        draining()
    }

    /// The URL, its QR codes, and the short join code with where to type it.
    static func invitation(_ server: PhoneServer) -> JoinInvitation {
        let code = try? QRCode(server.joinURL)
        return JoinInvitation(url: server.joinURL, code: server.configuration.joinCode.display, codeURL: server.codeURL,
                              qrLines: code?.halfBlocks() ?? [], largeQRLines: code?.fullBlocks() ?? [])
    }
}
