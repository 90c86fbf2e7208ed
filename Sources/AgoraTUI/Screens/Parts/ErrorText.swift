import AgoraCore

/// Messages a facilitator reads for a thrown error.
enum ErrorText {
    static func message(_ error: any Error) -> String {
        (error as? AgoraError)?.description ?? String(describing: error)
    }
}
