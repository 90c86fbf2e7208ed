import AgoraCore
import Foundation

/// An error whose description is written for the person at the keyboard (the command line's
/// own problems: a file that cannot be read…).
public protocol UserFacing: Error, CustomStringConvertible {}

/// The one way to turn an error into the words a facilitator reads: the command line's
/// stderr, the palette, the status line and the forms all go through it.
public enum ErrorText {
    /// The message for an error about the meeting or its files (a rule, an import, a session
    /// file, the store) or a ``UserFacing`` one; nil for anything else (the command line's
    /// usage errors, which ArgumentParser words itself).
    public static func userMessage(_ error: any Error) -> String? {
        switch error {
        case let e as AgoraError: e.description
        case let e as ImportError: e.description
        case let e as SessionFileError: e.description
        case let e as StoreError: e.description
        case let e as any UserFacing: e.description
        default: nil
        }
    }

    /// The message for any error: ``userMessage(_:)``, else a localized description, else the
    /// error as it describes itself.
    public static func message(_ error: any Error) -> String {
        if let text = userMessage(error) { return text }
        if let e = error as? LocalizedError, let text = e.errorDescription { return text }
        return String(describing: error)
    }
}
