import AgoraCore
import AgoraStore

/// What a key did to an open form.
enum FormOutcome: Equatable {
    /// Enter: the caller reads the values and closes the form.
    case submit
    /// Esc: the caller closes the form.
    case cancel
    /// The key edited the form or moved its focus.
    case edited
    /// Not a key for forms.
    case ignored
}

extension FormState {
    /// Feeds one event to the form (Enter submits, Esc cancels, a paste is inserted).
    mutating func feed(_ event: TerminalEvent) -> FormOutcome {
        switch event {
        case .paste(let text): paste(text); return .edited
        case .key(.enter): return .submit
        case .key(.escape): return .cancel
        case .key(let key): return handle(key) ? .edited : .ignored
        default: return .ignored
        }
    }

    /// The trimmed text of the field named `name` ("" when there is none).
    func text(_ name: String) -> String {
        (fields.first { $0.name == name }?.value.text ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The text of the multi-line field named `name` with its line breaks (each " ¶ " a "\n").
    func paragraphs(_ name: String) -> String { LineBreakMark.typed(text(name)) }

    /// The label shown for the field named `name` (the name when there is none).
    func label(_ name: String) -> String { fields.first { $0.name == name }?.label ?? name }

    /// The name of the focused field (stable, whatever the language its label is shown in).
    var focusedLabel: String? { fields.indices.contains(focus) ? fields[focus].name : nil }

    /// `read` for the field named `field`: what it throws becomes a ``FieldError`` that starts
    /// with the field's label ("Proposer: …") and puts the cursor in that field.
    func reading<T>(_ field: String, _ read: () throws -> T) throws -> T {
        do { return try read() } catch let error as FieldError { throw error } catch {
            throw FieldError(field: field, message: Typography.labelled(label(field), ErrorText.message(error), in: .current))
        }
    }
}

/// A form's refusal about one of its fields: the message as shown (it names the field), and
/// the field's name, where ``Optional/feed(_:context:edited:submit:)`` puts the cursor so
/// that the facilitator types the fix at once.
struct FieldError: UserFacing {
    let field: String
    let message: String
    var description: String { message }
}

/// A form open on a screen: its fields and the message shown under them.
protocol OpenForm {
    var form: FormState { get set }
    var error: String? { get set }
}

/// What Enter on an open form leads to, as the screen's form decides it.
enum FormSubmission {
    /// Core is asked first (a dry run); when it would take the change, the form closes and
    /// the change is applied, else Core's message stays in the form with a bell.
    case apply(AgoraCore.Operation)
    /// The form stays open with this question (no bell): Enter again answers yes.
    case ask(String)
    /// The form stays open with this refusal and a bell.
    case refuse(String)
    /// The form closes with these effects (no change to the session).
    case close([Effect])
}

extension Optional where Wrapped: OpenForm {
    /// The one way every screen's form takes a key: Esc closes it ("Cancelled"); a key that
    /// edits clears its message and runs `edited` (to reset completions); Enter runs `submit`
    /// — a thrown error stays in the form as its message with a bell, and a ``FieldError``
    /// puts the cursor in its field — and goes on as the ``FormSubmission`` says. Returns nil
    /// when no form is open.
    mutating func feed(_ event: TerminalEvent, context: ScreenContext,
                       edited: (inout Wrapped) -> Void = { _ in },
                       submit: (inout Wrapped) throws -> FormSubmission) -> [Effect]? {
        guard var open = self else { return nil }
        switch open.form.feed(event) {
        case .cancel:
            self = nil
            return [.status(CommonText.table("common.cancelled"))]
        case .edited, .ignored:
            open.error = nil
            edited(&open)
            self = open
            return []
        case .submit:
            do {
                switch try submit(&open) {
                case .apply(let op):
                    if let problem = Trial.error(of: op, in: context) { open.error = problem; self = open; return [.bell] }
                    self = nil
                    return [.apply(op)]
                case .ask(let question):
                    open.error = question; self = open
                    return []
                case .refuse(let problem):
                    open.error = problem; self = open
                    return [.bell]
                case .close(let effects):
                    self = nil
                    return effects
                }
            } catch {
                open.error = ErrorText.message(error)
                if let field = (error as? FieldError)?.field, let i = open.form.fields.firstIndex(where: { $0.name == field }) {
                    open.form.focus = i
                }
                self = open
                return [.bell]
            }
        }
    }
}

extension [Effect] {
    /// True when these effects change the session (a form was submitted and closed).
    var appliesChange: Bool { contains { if case .apply = $0 { true } else { false } } }
}

extension NewSessionForm: OpenForm {}
extension SetupForm: OpenForm {}
extension PeopleScreen.PersonForm: OpenForm {}
extension TopicsScreen.TopicForm: OpenForm {}
extension OutcomesScreen.ActivityForm: OpenForm {}
extension VoteScreen.CountForm: OpenForm {}
extension ExperienceForm: OpenForm {}
extension ProjectForm: OpenForm {}

/// What a form says when a field's typing is wrong: the field's label as shown, then what to
/// type, in the language people read now ("Seats: type a whole number"); the cursor goes to
/// that field.
enum FormError {
    static func wholeNumber(_ form: FormState, _ field: String) -> FieldError { invalid("common.form.wholeNumber", form, field) }
    /// The whole number typed in `field` for a quantity of `range`: a number too long for any
    /// `Int` says the range, like one that fits but is outside it; other text asks for a whole
    /// number.
    static func number(_ form: FormState, _ field: String, _ range: DomainRange) throws -> Int {
        let read: Int?
        do { read = try range.reading(form.text(field)) } catch { throw FieldError(field: field, message: ErrorText.message(error)) }
        guard let n = read else { throw wholeNumber(form, field) }
        return n
    }
    /// A date typed wrong: what day does not exist ("2026-02 has 28 days"), else how to type one.
    static func date(_ form: FormState, _ field: String) -> FieldError {
        guard let missing = CalendarDate.missingDay(form.text(field)) else { return invalid("common.form.date", form, field) }
        return FieldError(field: field, message: Typography.labelled(form.label(field), missing.message, in: .current))
    }
    static func time(_ form: FormState, _ field: String) -> FieldError { invalid("common.form.time", form, field) }
    static func yesOrNo(_ form: FormState, _ field: String) -> FieldError { invalid("common.form.yesOrNo", form, field) }
    static func oneOf(_ form: FormState, _ field: String, _ choices: String) -> FieldError {
        invalid("common.form.oneOf", form, field, ["choices": choices])
    }

    private static func invalid(_ key: String, _ form: FormState, _ field: String, _ values: [String: String] = [:]) -> FieldError {
        FieldError(field: field, message: CommonText.table(key, values.merging(["label": form.label(field)]) { a, _ in a }))
    }
}
