import AgoraCore

/// A filter on one field that a key steps through: all, then each value in use, then all
/// again (the shifted key steps back). "city", "area", "status" and "tag" are ones.
struct ChoiceFilter: Equatable, Sendable {
    /// What is filtered, as the filter row names it: "city".
    var name: String
    /// The values to step through, in their display order.
    var values: [String]
    /// The chosen value's index; nil for all.
    var chosen: Int?

    init(_ name: String, values: [String]) { self.name = name; self.values = values }

    var value: String? { chosen.map { values[$0] } }
    var isActive: Bool { chosen != nil }

    /// One step forward (`by: 1`) or back (`by: -1`) through all, value 1 … value n.
    mutating func step(by delta: Int) {
        guard !values.isEmpty else { chosen = nil; return }
        let position = (chosen.map { $0 + 1 } ?? 0) + delta      // 0 is "all"
        let count = values.count + 1
        let wrapped = ((position % count) + count) % count
        chosen = wrapped == 0 ? nil : wrapped - 1
    }

    /// True when no value is chosen or `candidates` holds the chosen one (case and accents ignored).
    func admits(_ candidates: [String]) -> Bool {
        guard let value else { return true }
        let key = TextRules.searchKey(value)
        return candidates.contains { TextRules.searchKey($0) == key }
    }
    func admits(_ candidate: String) -> Bool { admits([candidate]) }

    /// "city: Bordeaux", "city: all".
    var label: String {
        Typography.labelled(ReviewText.table("review.filter.\(name)"), value ?? ReviewText.table("review.all.\(name)"), in: .current)
    }

    /// The distinct non-empty values (case and accents ignored, spelled as first seen), alphabetically.
    static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for v in values where !v.isEmpty && seen.insert(TextRules.searchKey(v)).inserted { out.append(v) }
        return out.sorted { (TextRules.searchKey($0), $0) < (TextRules.searchKey($1), $1) }
    }
}

/// How a focus area reads in a narrow column: "Economy".
extension FocusArea {
    var shortTitle: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
