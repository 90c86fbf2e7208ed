import AgoraCore

/// The store's string tables, listed once so that one test checks them all (every key in
/// every language, the same slots, each language's typography). A table lives beside the code
/// it speaks for (`Codec/SessionFileText.swift`); add each new one here.
public enum StoreText {
    public static let all: [StringTable] = [
        SessionFileText.table,
        SavingText.table,
        JournalText.table,
    ]
}
