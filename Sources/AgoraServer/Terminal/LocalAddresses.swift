#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The laptop's IPv4 addresses on its networks (not loopback), by interface: where phones on
/// the same Wi-Fi can reach it.
public enum LocalAddresses {
    public struct Address: Equatable, Sendable {
        public var interface: String
        public var address: String
    }

    public static func all() -> [Address] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0, let first else { return [] }
        defer { freeifaddrs(first) }
        var found: [Address] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            let flags = Int32(entry.pointee.ifa_flags)
            guard let socket = entry.pointee.ifa_addr, socket.pointee.sa_family == sa_family_t(AF_INET),
                  flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0 else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(socket, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0
            else { continue }
            let address = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            found.append(Address(interface: String(cString: entry.pointee.ifa_name), address: address))
        }
        return found
    }

    /// The address to serve on by default: a private LAN address (192.168/16, 10/8, 172.16/12)
    /// first, else any other; nil when the laptop has no network.
    public static func preferred(among addresses: [Address] = all()) -> Address? {
        addresses.first { isPrivate($0.address) } ?? addresses.first
    }

    static func isPrivate(_ address: String) -> Bool {
        let parts = address.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 4 else { return false }
        return parts[0] == 10 || (parts[0] == 192 && parts[1] == 168) || (parts[0] == 172 && (16...31).contains(parts[1]))
    }
}
