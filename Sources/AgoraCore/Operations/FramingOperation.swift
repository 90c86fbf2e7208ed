extension Session {
    /// ``SetupOperation/setFraming(_:)``: cleans and checks the framing, stores it (nil when
    /// every part is empty) and says which parts changed: "Report framing: context and contact
    /// changed".
    mutating func setFraming(_ typed: ReportFraming) throws -> String {
        let new = try typed.checked()
        let old = framing ?? ReportFraming()
        let changed = [("context", \ReportFraming.context), ("synthesis", \.synthesis), ("contact", \.contact)]
            .filter { old[keyPath: $0.1] != new[keyPath: $0.1] }.map(\.0)
        framing = new.isEmpty ? nil : new
        if new.isEmpty { return old.isEmpty ? "Report framing: still empty" : "Report framing cleared" }
        if changed.isEmpty { return "Report framing: unchanged" }
        let parts = changed.count == 1 ? changed[0] : changed.dropLast().joined(separator: ", ") + " and " + changed.last!
        return "Report framing: \(parts) changed"
    }
}
