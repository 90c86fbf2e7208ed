import AgoraCore

/// The command line's string tables, listed once so that one test checks them all (every key
/// in every language, the same slots, each language's typography). A table lives beside the
/// commands it speaks for (`Commands/MeetingCommandText.swift`); add each new one here.
///
/// A command writes its messages in ``Language/current`` (`--lang`, `AGORA_LANG`, the
/// locale), computed when said, never kept in a `static let`. What scripts read stays as it
/// is in every language: the join URL line, JSON, CSV, and ArgumentParser's `--help` (README,
/// Languages).
enum CommandText {
    static let all: [StringTable] = [
        SetupCommandText.table,
        MeetingCommandText.table,
        WorkCommandText.table,
        LibraryCommandText.table,
        TerminalCommandText.table,
    ]

    /// "--date: message", in the current language's typography ("--date : …" in French): a
    /// message located at the option that caused it.
    static func located(_ option: String, _ message: String) -> String {
        Typography.labelled(option, message, in: .current)
    }
}
