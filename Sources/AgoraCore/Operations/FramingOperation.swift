extension Session {
    /// ``SetupOperation/setFraming(_:)``: cleans and checks the framing, stores it (nil when
    /// every part is empty) and says which parts changed: "Report framing: context and contact
    /// changed".
    mutating func setFraming(_ typed: ReportFraming) throws -> String {
        let new = try typed.checked()
        let old = framing ?? ReportFraming()
        let changed = [("context", \ReportFraming.context), ("synthesis", \.synthesis), ("contact", \.contact)]
            .filter { old[keyPath: $0.1] != new[keyPath: $0.1] }.map { SetupText.phrase("setup.framing.\($0.0)") }
        framing = new.isEmpty ? nil : new
        if new.isEmpty { return logged(SetupText.phrase(old.isEmpty ? "setup.framing.stillEmpty" : "setup.framing.cleared")) }
        if changed.isEmpty { return logged(SetupText.phrase("setup.framing.unchanged")) }
        let names = ["first", "second", "third"]
        let parts = changed.count == 1 ? changed[0]
            : SetupText.phrase(changed.count == 2 ? "setup.framing.two" : "setup.framing.three",
                               parts: Dictionary(uniqueKeysWithValues: zip(names, changed)))
        return logged(SetupText.phrase("setup.framing.changed", parts: ["parts": parts]))
    }
}
