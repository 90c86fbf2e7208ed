import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// `agora settings`: everything the Setup screen's forms set — the meeting, its time zone,
/// rooms, rounds, voting and group rules — through the same Core operations, so the same
/// rules and messages apply. All the changes of one call are applied together or not at all.
struct SettingsCommand: SessionVerb {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Show or change a session's setup: meeting, language, time zone, rooms, rounds, voting and group rules.",
        discussion: """
        Without options, prints the current settings. Rooms are named by number or the start of \
        their name; rounds by their number (1 is the earliest). A round is written START+MINUTES, \
        e.g. 10:30+50. Several changes in one call are applied together, in the order of the \
        options below, or none is.
        """)

    @Argument(help: "The session file.", completion: .file(extensions: ["json"])) var file: String
    @OptionGroup var meeting: MeetingOptions
    @Option(help: ArgumentHelp("The meeting's language, which its reports and exports default to: \(Language.choices).",
                               valueName: "en|fr|es"), completion: .list(Language.allCases.map(\.rawValue)))
    var language: String?
    @Option(name: .customLong("tz"), help: ArgumentHelp("The meeting's IANA time zone, e.g. Europe/Paris.", valueName: "zone"))
    var timeZone: String?

    @Option(name: .customLong("add-room"), help: ArgumentHelp("Add a room; repeat for several.", valueName: "name:seats"))
    var addRoom: [String] = []
    @Option(name: .customLong("room"), help: ArgumentHelp("Rename a room or change its seats, e.g. 2=Garonne:10.", valueName: "room=name:seats"))
    var editRoom: [String] = []
    @Option(name: .customLong("remove-room"), help: ArgumentHelp("Remove a room (none may be planned in it).", valueName: "room"))
    var removeRoom: [String] = []
    @Option(name: .customLong("add-round"), help: ArgumentHelp("Add a round, e.g. 14:00+45.", valueName: "start+minutes"))
    var addRound: [String] = []
    @Option(name: .customLong("round"), help: ArgumentHelp("Move or resize a round, e.g. 1=10:30+50.", valueName: "n=start+minutes"))
    var editRound: [String] = []
    @Option(name: .customLong("remove-round"), help: ArgumentHelp("Remove a round by its number (nothing may be planned in it).", valueName: "n"))
    var removeRound: [String] = []

    @Option(help: "Dots each participant may place (the longest ranking, for ranked voting).", transform: DomainRange.dotsPerParticipant.argument)
    var dots: Int?
    @OptionGroup var rules: RuleOptions

    func perform(on store: SessionStore) throws -> String {
        let changes = try operations(for: store.session)
        if changes.isEmpty { return SetupSummary.text(store.session, in: .current) }
        // Each change on a scratch copy first: a refusal names the option at fault.
        var scratch = store.session
        var said: [String] = []
        for (option, op) in changes {
            do { try scratch.apply(op, at: Clock.now()) } catch let error as AgoraError {
                var located = error
                located.message = CommandText.located(option, error.message)
                throw located
            }
            said.append(scratch.log.last?.text ?? "")
        }
        // The batch's summary goes into the log, in the meeting's language and its typography.
        let separator = store.session.language == .fr ? "\u{202F}; " : "; "
        _ = try store.apply(changes.count == 1 ? changes[0].1 : .batch(summary: said.joined(separator: separator), operations: changes.map(\.1)))
        return said.joined(separator: "\n")
    }

    /// The operations the options ask for, each with the option that asked, in a fixed order.
    func operations(for s: Session) throws -> [(String, AgoraCore.Operation)] {
        var ops: [(String, AgoraCore.Operation)] = []
        if let edited = try meeting.meeting(from: s.meeting) { ops.append((meeting.given, .setup(.editMeeting(edited)))) }
        if let language { ops.append(("--language", .setup(.setLanguage(try Self.language(language))))) }
        if let timeZone { ops.append(("--tz", .setup(.setTimeZone(timeZone)))) }
        for text in editRoom {
            let (reference, spec) = try Self.split(text, option: "--room", example: "2=Garonne:10")
            let room = try RoomSpec.parse(spec)
            guard room.count == 1 else {
                throw ValidationError(CommandText.located("--room", SetupCommandText.table("cli.settings.oneRoom",
                                                                                           ["form": "ROOM=NAME:SEATS", "example": "2=Garonne:10"])))
            }
            ops.append(("--room", .setup(.editRoom(try s.resolveRoom(reference), name: room[0].name, capacity: room[0].capacity))))
        }
        for reference in removeRoom { ops.append(("--remove-room", .setup(.removeRoom(try s.resolveRoom(reference))))) }
        for text in addRoom {
            for room in try RoomSpec.parse(text) { ops.append(("--add-room", .setup(.addRoom(name: room.name, capacity: room.capacity)))) }
        }
        for text in editRound {
            let (reference, spec) = try Self.split(text, option: "--round", example: "1=10:30+50")
            let (start, minutes) = try Self.round(spec, option: "--round")
            ops.append(("--round", .setup(.editRound(try s.resolveRound(reference), start: start, minutes: minutes))))
        }
        for reference in removeRound { ops.append(("--remove-round", .setup(.removeRound(try s.resolveRound(reference))))) }
        for text in addRound {
            let (start, minutes) = try Self.round(text, option: "--add-round")
            ops.append(("--add-round", .setup(.addRound(start: start, minutes: minutes))))
        }
        ops += try rules.operations(for: s, dots: dots)
        return ops
    }

    /// `fr` → French. English is kept as English, not as no language: the phones then speak
    /// it by default even when `agora serve` runs in another one.
    static func language(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text.lowercased()) else {
            throw ValidationError(CommandText.located("--language", SetupCommandText.table("cli.settings.notALanguage",
                                                                                          ["value": text, "choices": Language.choices])))
        }
        return language
    }

    /// `2=Garonne:10` → ("2", "Garonne:10").
    static func split(_ text: String, option: String, example: String) throws -> (String, String) {
        guard let eq = text.firstIndex(of: "=") else {
            throw ValidationError(CommandText.located(option, SetupCommandText.table("cli.settings.shouldLookLike", ["value": text, "example": example])))
        }
        return (String(text[..<eq]).trimmingCharacters(in: .whitespaces), String(text[text.index(after: eq)...]))
    }

    /// `10:30+50` → 10:30 for 50 minutes.
    static func round(_ text: String, option: String) throws -> (ClockTime, Int) {
        let parts = text.split(separator: "+", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = ClockTime(parts[0].trimmingCharacters(in: .whitespaces)),
              let minutes = Int(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(CommandText.located(option, SetupCommandText.table("cli.settings.notARound", ["value": text, "example": "10:30+50"])))
        }
        return (start, minutes)
    }

    /// A whole number for a quantity of `range`, or nil for “none”; a number too long for an
    /// `Int` says the range.
    static func optionalNumber(_ text: String, option: String, _ range: DomainRange) throws -> Int? {
        if ["none", "no", ""].contains(text.lowercased()) { return nil }
        let read: Int?
        do { read = try range.reading(text) } catch { throw ValidationError(CommandText.located(option, ErrorText.message(error))) }
        guard let n = read else {
            throw ValidationError(CommandText.located(option, SetupCommandText.table("cli.settings.notANumber", ["value": text])))
        }
        return n
    }
}

/// Voting and group rules, as `settings` and `new` take them: every option optional, the
/// rest of the rules kept.
struct RuleOptions: ParsableArguments {
    @Option(help: "How people vote.") var method: VotingMethod?
    @Option(help: ArgumentHelp("Most dots one person may stack on one topic, or “none”.", valueName: "n|none")) var cap: String?
    @Option(name: .customLong("hidden-tallies"), help: "Keep tallies hidden until voting closes.") var hiddenTallies: YesNo?
    @Option(name: .customLong("min-group"), help: "The smallest group.", transform: DomainRange.groupMinSize.argument) var minGroup: Int?
    @Option(name: .customLong("max-group"), help: ArgumentHelp("The largest group, or “none” for the room's seats.", valueName: "n|none"))
    var maxGroup: String?
    @Option(name: .customLong("max-per-city"), help: ArgumentHelp("At most this many people of one city in a group, or “none”.", valueName: "n|none"))
    var maxPerCity: String?

    /// The voting and group-rules operations asked for (with `dots` when given), each with its options.
    func operations(for s: Session, dots: Int?) throws -> [(String, AgoraCore.Operation)] {
        var ops: [(String, AgoraCore.Operation)] = []
        if method != nil || dots != nil || cap != nil || hiddenTallies != nil {
            var rules = s.voting
            if let method { rules.method = method }
            if let dots { rules.dotsPerParticipant = dots }
            if let cap { rules.capPerTopic = try SettingsCommand.optionalNumber(cap, option: "--cap", .capPerTopic) }
            if let hiddenTallies { rules.hideTalliesUntilClose = hiddenTallies == .yes }
            let given = [("--method", method != nil), ("--dots", dots != nil), ("--cap", cap != nil), ("--hidden-tallies", hiddenTallies != nil)]
            ops.append((given.filter(\.1).map(\.0).joined(separator: ", "), .setup(.setVotingRules(rules))))
        }
        if minGroup != nil || maxGroup != nil || maxPerCity != nil {
            var rules = s.groupRules
            if let minGroup { rules.minSize = minGroup }
            if let maxGroup { rules.maxSize = try SettingsCommand.optionalNumber(maxGroup, option: "--max-group", .groupMaxSize) }
            if let maxPerCity { rules.maxPerCity = try SettingsCommand.optionalNumber(maxPerCity, option: "--max-per-city", .maxPerCity) }
            let given = [("--min-group", minGroup != nil), ("--max-group", maxGroup != nil), ("--max-per-city", maxPerCity != nil)]
            ops.append((given.filter(\.1).map(\.0).joined(separator: ", "), .setup(.setGroupRules(rules))))
        }
        return ops
    }
}

/// The meeting's header, as `settings` changes it: every option optional, the rest kept.
struct MeetingOptions: ParsableArguments {
    @Option(help: "The meeting's title.") var title: String?
    @Option(help: "The host city.") var city: String?
    @Option(help: "The venue.") var venue: String?
    @Option(help: "The day of the meeting, YYYY-MM-DD.") var date: String?
    @Option(help: "Focus area.") var area: FocusArea?

    /// The options given, for messages: "--title, --date".
    var given: String {
        [("--title", title), ("--city", city), ("--venue", venue), ("--date", date), ("--area", area?.rawValue)]
            .filter { $0.1 != nil }.map(\.0).joined(separator: ", ")
    }

    /// The edited meeting, or nil when no option was given.
    func meeting(from current: Meeting) throws -> Meeting? {
        guard title != nil || city != nil || venue != nil || date != nil || area != nil else { return nil }
        var m = current
        if let title { m.title = title }
        if let city { m.hostCity = city }
        if let venue { m.venue = venue }
        if let date {
            let day = try CalendarDate.option(date)
            m.date = day
        }
        if let area { m.area = area }
        return m
    }
}

enum YesNo: String, CaseIterable, ExpressibleByArgument { case yes, no }

extension VotingMethod: ExpressibleByArgument {}

extension FocusArea: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
}
