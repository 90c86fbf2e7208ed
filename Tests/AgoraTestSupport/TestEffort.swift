import Foundation

/// How much a property, a random loop or a stress input does, decided in one place: a small
/// bounded amount under CI, the full amount on a developer's machine, and more when asked.
///
/// - `CI` set to anything but empty, `false` or `0` (`.ci/run` runs with `CI=true`) is CI.
/// - `AGORA_FULL_STRESS=1` gives the full amounts even under CI.
/// - `AGORA_PROPERTY_COUNT=N` sets the runs of every property and random loop
///   (`AGORA_PROPERTY_COUNT=5000 swift test --filter Property`).
public enum TestEffort {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Whether this run is CI's.
    public static var inCI: Bool {
        guard let ci = environment["CI"] else { return false }
        return !ci.isEmpty && ci != "false" && ci != "0"
    }

    /// Whether the full amounts are asked for, CI or not.
    public static var fullStress: Bool { environment["AGORA_FULL_STRESS"] == "1" }

    /// Whether the smaller amounts apply.
    static var reduced: Bool { inCI && !fullStress }

    /// Runs of a property or random loop: `AGORA_PROPERTY_COUNT` when set, else `ci` under CI
    /// and `local` otherwise.
    public static func runs(ci: Int, local: Int) -> Int {
        if let asked = environment["AGORA_PROPERTY_COUNT"].flatMap(Int.init), asked > 0 { return asked }
        return reduced ? ci : local
    }

    /// Runs of a property cheap enough to take the same count everywhere, unless asked.
    public static func runs(_ count: Int) -> Int { runs(ci: count, local: count) }

    /// The size of a stress input (people, bytes, kills): `ci` under CI, `local` otherwise.
    public static func size(ci: Int, local: Int) -> Int { reduced ? ci : local }
}
