/// Serving the meeting to phones, as the interactive view sees it. The composition root
/// (`agora`) implements it over its web server; AgoraTUI knows only this protocol, so it
/// never imports the server.
///
/// The runtime's hook is the palette: `:serve` starts serving and shows the join address
/// and its QR code, `:serve stop` stops. Phones' changes come in through the runtime's
/// ``AgoraStore/SessionInbox``.
public protocol ServingControl: AnyObject {
    /// The address phones open while serving ("http://192.168.1.20:8080/j/4821"); nil when stopped.
    var joinURL: String? { get }
    /// The join address as a QR code in text lines (half blocks), for the projector.
    var qrLines: [String] { get }
    /// Starts serving; throws what went wrong (the port is taken, no network) in words.
    func start() throws
    /// Stops serving (phones get "not taking changes right now").
    func stop()
}
