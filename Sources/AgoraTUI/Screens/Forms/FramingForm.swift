import AgoraCore
import Foundation

/// The report's framing form (Outcomes screen, `r`): the context of the meeting series, a
/// synthesis of the discussions and a contact line, as the secretariat writes them around the
/// published report (`agora report` sets the same).
///
/// Fields are one line, as in every form; a line break of the context or synthesis shows as
/// " ¶ " (two make a new paragraph), and pasted text keeps its line breaks that way, so the
/// paragraphs survive an edit.
struct FramingForm: Equatable, Sendable {
    var form: FormState
    var error: String?

    static let mark = "¶"

    init(_ framing: ReportFraming?) {
        let f = framing ?? ReportFraming()
        form = FormState([
            .init("Context", value: Self.shown(f.context), placeholder: "the meeting series: why, which meeting this is"),
            .init("Synthesis", value: Self.shown(f.synthesis), placeholder: "what came out of the discussions"),
            .init("Contact", value: f.contact, placeholder: "e.g. Committee Secretariat, secretariat@example.org"),
        ])
    }

    /// Multi-line text on one line: each line break a " ¶ ".
    static func shown(_ text: String) -> String {
        var line = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " \(mark) ")
        while line.contains("\(mark)  \(mark)") { line = line.replacingOccurrences(of: "\(mark)  \(mark)", with: "\(mark) \(mark)") }
        return line
    }

    /// The field's text back with its line breaks: each ¶ (and the spaces around it) a "\n".
    static func typed(_ line: String) -> String {
        line.replacingOccurrences(of: "[ \t]*\(mark)[ \t]*", with: "\n", options: .regularExpression)
    }

    /// A paste into the context or synthesis keeps its line breaks as ¶; into the contact it is
    /// one line (the text field makes the breaks spaces).
    func pasted(_ text: String) -> String {
        guard form.focusedLabel != "Contact" else { return text }
        return Self.shown(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    func operation() -> AgoraCore.Operation {
        .setup(.setFraming(ReportFraming(context: Self.typed(form.text("Context")), synthesis: Self.typed(form.text("Synthesis")),
                                         contact: form.text("Contact"))))
    }
}

extension FramingForm: OpenForm {}
