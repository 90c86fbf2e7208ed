/// How activities get their numbers (``Activity/id``): the one rule, applied by the reducer
/// whenever a project's activities change.
public enum ActivityNumbers {
    /// `activities` numbered as the reducer numbers them (what an edit by number refers to).
    public static func numbered(_ activities: [Activity]) -> [Activity] { assigned(activities) }

    /// `activities` with a number for each one that has none, in order: one more than the
    /// highest number in the project. A duplicated number (two activities copied from one)
    /// is renumbered the same way, so numbers stay unique within a project. Files written
    /// before activities had numbers get 1, 2, 3… in order: the numbers their calendar UIDs
    /// already used.
    static func assigned(_ activities: [Activity]) -> [Activity] {
        var used = Set<Int>()
        var highest = activities.compactMap(\.id).max() ?? 0
        return activities.map { activity in
            var a = activity
            if let id = a.id, id >= 1, used.insert(id).inserted { return a }
            highest += 1
            a.id = highest
            used.insert(highest)
            return a
        }
    }
}
