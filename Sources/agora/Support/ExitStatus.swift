import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// The CLI's exit status contract: 0 success, 1 a user error (message on stderr), 2 a usage error.
enum ExitStatus {
    static let userError: Int32 = 1
    static let usageError: Int32 = 2

    /// Runs the command line and never returns.
    static func main(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try Agora.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch {
            exit(report(error))
        }
    }

    /// Prints `error` the way a person at the terminal needs it; returns the exit status.
    static func report(_ error: Error) -> Int32 {
        if let message = userMessage(error) {
            Console.warn(message)
            return userError
        }
        let code = Agora.exitCode(for: error)
        if code == .success { Agora.exit(withError: error) }
        if error is ExitCode { return code.rawValue }
        FileHandle.standardError.write(Data((Agora.fullMessage(for: error) + "\n").utf8))
        return usageError
    }

    /// The message for errors about the meeting or its files (not about the command line).
    static func userMessage(_ error: Error) -> String? { ErrorText.userMessage(error) }
}

/// A problem found by the CLI itself (a file that cannot be read…), said plainly.
struct UserFacingError: UserFacing {
    var description: String
    init(_ description: String) { self.description = description }
}
