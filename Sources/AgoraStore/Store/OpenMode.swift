/// How a session file is opened.
public enum OpenMode: Sendable, Equatable {
    /// Takes the file's lock; changes are journaled and saved.
    case readWrite
    /// Takes no lock and writes nothing: works while another Agora has the file open.
    case readOnly
}
