import Hummingbird
import NIOCore

/// The request context of the phone pages: Hummingbird's basics and the caller's address
/// (for the per-address rate limit).
struct PhoneContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The address as a rate-limit key: the IP without the port.
    var addressKey: String { remoteAddress?.ipAddress ?? "local" }
}
