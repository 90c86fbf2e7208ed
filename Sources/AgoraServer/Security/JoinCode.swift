/// The short code the projector shows under the QR code, for a person who cannot scan it: they
/// open `http://HOST:PORT/j` and type it, and the server sends them on to the meeting's URL.
///
/// Six characters from an alphabet without look-alikes (no 0/O, no 1/I/L): 31⁶ ≈ 8.9 × 10⁸
/// codes, made fresh by the kernel's CSPRNG for each serving. That is far fewer than the
/// meeting token's 2¹²⁸, so guessing is made slow rather than impossible: every attempt takes a
/// token from a small bucket per address and from one bucket shared by all addresses (see
/// ``PhoneServer/Configuration/codeAttempts``). At the shared default of 2 attempts a second,
/// a whole 8-hour meeting allows 57 600 guesses: a chance of 1 in 15 000 of finding the code.
/// The token itself is never on the code's page.
public struct JoinCode: Sendable, Equatable {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    public static let length = 6

    /// The six characters, uppercase, without a space.
    public let value: String

    /// - Returns: nil unless `value` is six characters of the alphabet.
    public init?(_ value: String) {
        guard value.count == Self.length, value.allSatisfy({ Self.alphabet.contains($0) }) else { return nil }
        self.value = value
    }

    /// A new random code.
    public static func make() -> JoinCode {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return JoinCode(String(characters))!
    }

    /// As the projector shows it: two groups of three ("K7M 4QX").
    public var display: String { String(value.prefix(3)) + " " + String(value.suffix(3)) }

    /// Whether `typed` is this code, in any case and with any spaces or dashes; compared in
    /// time independent of where it differs.
    func matches(_ typed: String) -> Bool {
        Secrets.same(Self.normalized(typed), value)
    }

    static func normalized(_ typed: String) -> String {
        String(typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }.prefix(32))
    }
}
