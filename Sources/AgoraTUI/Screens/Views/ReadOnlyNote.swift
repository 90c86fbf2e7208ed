/// What a form says on a session that cannot change (opened read-only, or shown in the
/// review browser): from the first key, not only after Enter.
enum ReadOnlyNote {
    static var text: String { ViewText.table("view.readOnly") }
}
