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

    /// The trimmed text of the field called `label` ("" when there is none).
    func text(_ label: String) -> String {
        (fields.first { $0.label == label }?.value.text ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The label of the focused field.
    var focusedLabel: String? { fields.indices.contains(focus) ? fields[focus].label : nil }
}
