/// What the `:` command palette runs. The composition root implements it with the CLI's
/// commands, so the palette speaks the same verbs and gives the same errors as `agora`.
public protocol PaletteInterpreter: AnyObject {
    /// Runs one command line (without the ":"); returns its output. Errors are shown as
    /// their description.
    func run(_ line: String) throws -> String
    /// Whole candidate lines that complete `line` (e.g. "topic a" → ["topic add "]); the
    /// palette fills in the only one, or the common prefix of several and lists them.
    func completions(for line: String) -> [String]
}
