/// Serving the meeting to phones, as the interactive view sees it. The composition root
/// (`agora`) implements it over its web server; AgoraTUI knows only this protocol, so it
/// never imports the server.
///
/// The runtime's hooks are the `W` key (start or stop), `:serve` and `:serve stop` in the
/// palette, and `agora open FILE --serve`. While serving, the projector's join view shows
/// ``invitation`` and the header says so. Phones' changes come in through the runtime's
/// ``AgoraStore/SessionInbox``, applied by the same reducer as the keys.
public protocol ServingControl: AnyObject {
    /// The address phones open ("http://192.168.1.20:8080/4fk2…/"); nil when stopped.
    var joinURL: String? { get }
    /// What the projector shows while serving: the URL, its QR code and the join code; nil when stopped.
    var invitation: JoinInvitation? { get }
    /// What to tell the facilitator about the address chosen (the other networks there are).
    var notes: [String] { get }
    /// Starts serving; throws what went wrong (the port is taken, no network) in words.
    func start() throws
    /// Stops serving: returns once nothing listens. Requests already in flight wait for the
    /// owner, so `draining` is called (on the caller's thread) until they are answered.
    func stop(draining: () -> Void)
}

/// The join address as the projector shows it.
public struct JoinInvitation: Equatable, Sendable {
    /// `http://HOST:PORT/TOKEN/`.
    public var url: String
    /// The short join code ("K7M 4QX"), to type at ``codeURL`` instead of scanning.
    public var code: String
    /// `http://HOST:PORT/j`: where the code is typed.
    public var codeURL: String
    /// The QR code of ``url`` in half blocks (two module rows per line), quiet zone included.
    public var qrLines: [String]
    /// The same code with two cells per module and one line per row, for a large terminal.
    public var largeQRLines: [String]

    public init(url: String, code: String, codeURL: String, qrLines: [String], largeQRLines: [String]) {
        self.url = url; self.code = code; self.codeURL = codeURL; self.qrLines = qrLines; self.largeQRLines = largeQRLines
    }
}
