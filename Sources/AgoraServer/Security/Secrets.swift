import AgoraCore
import Crypto
import Foundation

/// The random values that make the served pages safe on an open network: the meeting token
/// in the join URL, each phone's secret, and the CSRF token of its forms.
///
/// All come from `SystemRandomNumberGenerator` (the kernel's CSPRNG). Nothing here is stored:
/// the session file only ever sees a phone's ``DeviceKey``.
public enum Secrets {
    /// `count` random bytes.
    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A new meeting token: 128 random bits as 26 lowercase base32 letters and digits (short
    /// enough that the join URL's QR code fits a projected 80×24 terminal).
    public static func meetingToken() -> String { base32(randomBytes(16)) }

    /// A new phone secret: 256 random bits, URL-safe base64 without padding (43 characters).
    static func deviceSecret() -> String { base64URL(randomBytes(32)) }

    /// Whether `text` has the shape of a phone secret (so a forged cookie is rejected before
    /// anything is hashed or looked up).
    static func isDeviceSecret(_ text: String) -> Bool {
        text.utf8.count == 43 && text.utf8.allSatisfy { isBase64URL($0) }
    }

    /// The phone as the session knows it: SHA-256 of its secret.
    static func deviceKey(forSecret secret: String) -> DeviceKey {
        let digest = SHA256.hash(data: Data(secret.utf8))
        return DeviceKey(digest: hex(Array(digest)))!
    }

    /// The CSRF token of a phone's forms: an HMAC of its secret under the server's own key, so
    /// a page on another site cannot know it and the server keeps no table of tokens.
    static func csrfToken(forSecret secret: String, serverKey: SymmetricKey) -> String {
        base64URL(Array(HMAC<SHA256>.authenticationCode(for: Data(secret.utf8), using: serverKey)))
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    /// Lowercase hexadecimal, two digits a byte (`String(format:)` costs a phone request more
    /// than the hash itself).
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var out = "", buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte); bits += 8
            while bits >= 5 { out.append(alphabet[(buffer >> (bits - 5)) & 31]); bits -= 5 }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return out
    }

    /// URL-safe base64 without padding (RFC 4648 §5), by bytes: every page's CSRF token goes
    /// through it, and Foundation's base64 with three `replacingOccurrences` was ≈ 4 % of a
    /// serving process's CPU.
    static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = 0
            for k in 0..<3 { group = group << 8 | (k < count ? Int(bytes[index + k]) : 0) }
            for k in 0...count { out.append(alphabet[(group >> (18 - 6 * k)) & 63]) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
    }
}
