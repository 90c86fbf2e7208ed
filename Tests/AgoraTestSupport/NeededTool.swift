import Foundation

/// Tests that need a tool CI installs — tmux, Chromium, a Python referee — are skipped, saying
/// why, on a developer's machine without it; under `CI=true` they run whatever is installed,
/// and fail on the missing tool. A missing install step in `.ci/run` must turn CI red, never
/// pass as a green run that tested nothing.
public enum NeededTool {
    /// Whether this run is CI's (`CI=true`, as `.ci/run` is called).
    public static var inCI: Bool { TestEffort.inCI }

    /// Whether a test that needs a tool runs: when the tool is there, and always under CI.
    public static func runs(_ available: Bool) -> Bool { available || inCI }
}
