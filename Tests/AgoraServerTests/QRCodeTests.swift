import AgoraTestSupport
import Foundation
import Testing
@testable import AgoraServer

@Suite("QR code in the terminal")
struct QRCodeTests {
    /// The longest join URL there can be (an IPv4 address of 15 characters, a 5-digit port).
    static let longest = "http://192.168.100.200:65535/" + String(repeating: "a", count: 26) + "/"

    @Test func theJoinURLFitsAProjected80x24TerminalWithItsQuietZone() throws {
        let code = try QRCode(Self.longest)
        let lines = code.halfBlocks()
        #expect(lines.count <= 22, "\(lines.count) lines leave room for the URL and a note")
        #expect(lines.allSatisfy { $0.count == code.size + 8 })
        // The quiet zone: 4 light modules all round (drawn cells), so 2 full lines and 4 columns.
        #expect(lines.prefix(2).allSatisfy { $0.allSatisfy { $0 == "█" } })
        #expect(lines.allSatisfy { $0.hasPrefix("████") && $0.hasSuffix("████") })
        #expect(code.fullBlocks().count == code.size + 8)
        #expect(code.fullBlocks()[0].count == 2 * (code.size + 8))
    }

    @Test func theHalfBlocksDecodeBackToTheExactURL() async throws {
        guard Python.has(["zxingcpp", "PIL"]) else {
            Issue.record("python zxing-cpp and Pillow are needed (.ci/run installs them)")
            return
        }
        let folder = try TemporaryFolder("agora-qr")
        defer { folder.remove() }
        for url in [Self.longest, "http://10.0.0.2:8080/" + Secrets.meetingToken() + "/"] {
            try folder.write("qr.txt", try QRCode(url).halfBlocks().joined(separator: "\n") + "\n")
            let path = folder.file("qr.txt").path
            let decoded = try await offPool { try Scripts.python("qr_decode.py", [path]) }
            #expect(decoded.output.trimmingCharacters(in: .newlines) == url, "\(decoded.errors)")
        }
    }

    @Test func localAddressesPreferThePrivateNetwork() {
        let all = [LocalAddresses.Address(interface: "docker0", address: "100.64.0.1"),
                   LocalAddresses.Address(interface: "wlan0", address: "192.168.1.23")]
        #expect(LocalAddresses.preferred(among: all)?.interface == "wlan0")
        #expect(LocalAddresses.preferred(among: []) == nil)
        #expect(LocalAddresses.isPrivate("172.20.1.1"))
        #expect(!LocalAddresses.isPrivate("172.32.1.1"))
        #expect(LocalAddresses.all().allSatisfy { $0.address != "127.0.0.1" })
    }
}
