import AgoraCore
import Foundation

/// The report's framing form (Outcomes screen, `r`): the context of the meeting series, a
/// synthesis of the discussions and a contact line, as the secretariat writes them around the
/// published report (`agora report` sets the same).
///
/// Fields are one line, as in every form; the context and synthesis are multi-line fields
/// (``LineBreakMark``): a line break shows as " ¶ " (two make a new paragraph), and pasted
/// text keeps its line breaks that way, so the paragraphs survive an edit.
struct FramingForm: Equatable, Sendable {
    var form: FormState
    var error: String?

    init(_ framing: ReportFraming?) {
        let f = framing ?? ReportFraming()
        let t = OutcomesText.table
        form = FormState([
            .init("Context", label: t("outcomes.framing.field.context"), paragraphs: f.context, placeholder: t("outcomes.framing.placeholder.context")),
            .init("Synthesis", label: t("outcomes.framing.field.synthesis"), paragraphs: f.synthesis, placeholder: t("outcomes.framing.placeholder.synthesis")),
            .init("Contact", label: t("outcomes.framing.field.contact"), value: f.contact, placeholder: t("outcomes.framing.placeholder.contact")),
        ])
    }

    func operation() -> AgoraCore.Operation {
        .setup(.setFraming(ReportFraming(context: form.paragraphs("Context"), synthesis: form.paragraphs("Synthesis"),
                                         contact: form.text("Contact"))))
    }
}

extension FramingForm: OpenForm {}
