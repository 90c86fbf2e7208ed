import AgoraCore
import AgoraTestSupport
import Testing
@testable import AgoraTUI

/// The projector's join view: which QR drawing fits which wall, and what it says around it.
/// (The real code, decoded back to its URL from an 80×24 terminal, is checked end to end by
/// AgoraCLITests' PhonesTmuxTests.)
@Suite("Projector join view")
struct ProjectorJoinViewTests {
    /// A stand-in code of 37 modules with its quiet zone: 19 half-block lines, 37 full-block ones.
    static let invitation = JoinInvitation(
        url: "http://192.168.1.20:8080/dv7qd4j55z4kpnyvywykduayxe/", code: "K7M 4QX", codeURL: "http://192.168.1.20:8080/j",
        qrLines: Array(repeating: String(repeating: "▀", count: 37), count: 19),
        largeQRLines: Array(repeating: String(repeating: "█", count: 74), count: 37))

    func render(_ invitation: JoinInvitation?, _ width: Int, _ height: Int) -> [String] {
        var buffer = Buffer(size: Size(width: width, height: height))
        var context = ScreenContext(session: Fixture.emptySession(), joining: invitation)
        context.area = buffer.area
        _ = ProjectorScreen(view: .join).render(into: &buffer, area: buffer.area, context: context)
        return buffer.lines
    }

    @Test func at80x24TheHalfBlockCodeTheURLAndTheCodeFitWithTheBanner() {
        let lines = render(Self.invitation, 80, 24)
        #expect(lines[0].contains("JOIN FROM YOUR PHONE"))
        #expect(lines.filter { $0.contains("▀") }.count == 19)
        let url = lines.firstIndex { $0.contains("Join: http://192.168.1.20:8080/dv7qd4j55z4kpnyvywykduayxe/") }
        let code = lines.firstIndex { $0.contains("Code: K7M 4QX at http://192.168.1.20:8080/j") }
        #expect(url != nil && code == url.map { $0 + 1 }, "\(lines.joined(separator: "\n"))")
        // Centred: as much room left as right of the code.
        let row = lines.first { $0.contains("▀") }!
        let left = row.prefix { $0 == " " }.count
        #expect(left == 80 - 37 - left || left == 80 - 37 - left - 1)
    }

    /// The whole wall at 80×24 while serving: the banner, the code, the URL, and the short
    /// join code with where to type it.
    @Test func theServingJoinViewMatchesItsSnapshot() {
        for (width, height) in [(80, 24), (200, 60)] {
            let lines = render(Self.invitation, width, height)
            if let difference = ScreenFixtures.difference(lines, snapshot: "projector-join-serving-\(width)x\(height)") {
                Issue.record(Comment(rawValue: difference))
            }
        }
    }

    @Test func aLargeTerminalGetsTwoCellsPerModule() {
        let lines = render(Self.invitation, 200, 60)
        #expect(lines.filter { $0.contains("█") }.count == 37)
        #expect(!lines.contains { $0.contains("▀") })
        #expect(lines.contains { $0.contains("Code: K7M 4QX") })
    }

    @Test func tooSmallForACodeShowsTheAddressInWords() {
        let lines = render(Self.invitation, 40, 10)
        #expect(!lines.contains { $0.contains("▀") || $0.contains("█") })
        #expect(lines.contains { $0.contains("Phones join at") })
        #expect(lines.contains { $0.contains("Enlarge the terminal") })
    }

    @Test func whenNotServingItSaysHowToStart() {
        let lines = render(nil, 80, 24).joined(separator: "\n")
        #expect(lines.contains("Not serving phones"))
        #expect(lines.contains("W or :serve starts serving"))
    }
}

/// `W` and `:serve` as the runtime handles them, over a serving control that records its calls.
@Suite("Serving phones from the view")
struct ServingKeyTests {
    final class FakeServing: ServingControl {
        var joinURL: String?
        var invitation: JoinInvitation? { joinURL == nil ? nil : ProjectorJoinViewTests.invitation }
        var notes: [String] = []
        var failure: String?
        var drained = 0
        func start() throws {
            if let failure { throw AgoraError(.rule, failure) }
            joinURL = ProjectorJoinViewTests.invitation.url
        }
        func stop(draining: () -> Void) { draining(); drained += 1; joinURL = nil }
    }

    func pilot(_ serving: FakeServing?) -> Pilot {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let port = MemorySessionPort(Fixture.emptySession(), name: "m.json")
        let runtime = AppRuntime(screens: [OverviewScreen()], terminal: terminal, port: port, serving: serving)
        return Pilot(runtime: runtime, terminal: terminal)
    }

    @Test func wStartsServingShowsTheJoinViewAndWStops() {
        let serving = FakeServing()
        let pilot = pilot(serving)
        pilot.press("W")
        #expect(serving.joinURL != nil)
        #expect(pilot.text.contains("JOIN FROM YOUR PHONE"))
        #expect(pilot.text.contains("Code: K7M 4QX"))
        pilot.press(.escape)
        #expect(pilot.text.contains("serving phones · m.json"))
        pilot.press("W")
        #expect(serving.joinURL == nil && serving.drained == 1)
        #expect(pilot.text.contains("Stopped serving phones"))
        #expect(!pilot.text.contains("serving phones ·"))
    }

    @Test func thePaletteStartsAndStops() {
        let serving = FakeServing()
        let pilot = pilot(serving)
        pilot.press(":"); pilot.type("serve"); pilot.press(.enter)
        #expect(pilot.text.contains("JOIN FROM YOUR PHONE"))
        pilot.press(.escape)
        pilot.press(":"); pilot.type("serve stop"); pilot.press(.enter)
        #expect(serving.joinURL == nil)
        #expect(pilot.text.contains("Stopped serving phones"))
    }

    @Test func aFailureToStartIsSaidInTheStatusLine() {
        let serving = FakeServing()
        serving.failure = "Cannot listen on 10.0.0.9:8080"
        let pilot = pilot(serving)
        pilot.press("W")
        #expect(pilot.text.contains("Cannot serve phones: Cannot listen on 10.0.0.9:8080"))
        #expect(!pilot.text.contains("JOIN FROM YOUR PHONE"))
    }

    @Test func withoutServingTheKeySaysSo() {
        let pilot = pilot(nil)
        pilot.press("W")
        #expect(pilot.text.contains("Serving phones is not available here"))
    }
}
