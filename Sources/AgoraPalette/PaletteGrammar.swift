import AgoraCore
import Foundation

/// What one argument of a palette command names, so that Tab offers that kind only: a
/// project where a project is expected, never a topic's title.
public enum ArgumentKind: Equatable, Sendable {
    case participant, topic, project, experience, city, room, round
    /// One of these words (a status, a method…).
    case values([String])
    /// Free text (a title, a description): nothing to complete.
    case text

    /// The kind an argument declares by its value name, as `agora help` shows it
    /// (`<project>`, `--by <by>`, `--partner <city>`), or by the list of values it takes.
    public static func declared(valueName: String, values: [String]? = nil) -> ArgumentKind {
        if let values { return .values(values) }
        switch valueName {
        case "participant", "by": return .participant
        case "topic", "topics", "duplicate", "into", "pin", "drop": return .topic
        case "project": return .project
        case "experience": return .experience
        case "city", "cities", "lead": return .city
        case "room": return .room
        case "round": return .round
        case "area": return .values(FocusArea.allCases.map(\.rawValue))
        default: return .text
        }
    }

    /// What this kind may be in `session`, in the session's order.
    public func candidates(in s: Session) -> [String] {
        switch self {
        case .participant: s.participants.map(\.name)
        case .topic: s.activeTopics.map(\.title)
        case .project: s.projects.map(\.title)
        case .experience: s.experiences.map(\.title)
        case .city: s.cities
        case .room: s.rooms.map(\.name)
        case .round: s.rounds.indices.map { String($0 + 1) }
        case .values(let values): values
        case .text: []
        }
    }
}

/// The palette's commands and the kind of each of their arguments, read from the command
/// line tool's own description of itself (swift-argument-parser's `--experimental-dump-help`
/// JSON), so the palette and `agora` can never disagree about what an argument is.
public struct PaletteGrammar: Sendable {
    public struct Argument: Equatable, Sendable {
        /// `--by`, `-h`…; empty for a positional argument.
        public var names: [String]
        public var takesValue: Bool
        public var isRepeating: Bool
        public var kind: ArgumentKind
        public var isPositional: Bool { names.isEmpty }
    }

    public struct Verb: Sendable {
        public var name: String
        public var arguments: [Argument]
        public var children: [Verb]
        /// The child that runs when no child's name is typed (`project activity X TEXT` adds).
        public var defaultChild: String? = nil
    }

    public var verbs: [Verb]

    /// Reads the JSON of `agora --experimental-dump-help`.
    /// - Throws: a decoding error naming the JSON path when the description has another shape.
    public init(dumpHelp json: Data) throws {
        let tool = try JSONDecoder().decode(ToolInfo.self, from: json)
        verbs = (tool.command.subcommands ?? []).map(Self.verb)
    }

    private static func verb(_ c: ToolInfo.Command) -> Verb {
        let arguments = (c.arguments ?? []).map { a in
            Argument(names: (a.names ?? []).map { ($0.kind == "short" ? "-" : "--") + $0.name },
                     takesValue: a.kind != "flag", isRepeating: a.isRepeating ?? false,
                     kind: a.kind == "flag" ? .text : ArgumentKind.declared(valueName: a.valueName ?? "", values: a.completionKind?.list?.values))
        }
        return Verb(name: c.commandName, arguments: arguments, children: (c.subcommands ?? []).map(verb),
                    defaultChild: c.defaultSubcommand)
    }

    /// Whole candidate lines that complete `line` (Tab in the palette): the verbs at the path
    /// typed so far, then for the argument being typed the names of its kind in `session`
    /// (matched from the start of the name, case and accents ignored), or the option names
    /// when the word starts with "-". The session file is not typed in the palette: the first
    /// positional argument of a verb is skipped.
    public func completions(for line: String, in session: Session) -> [String] {
        let (words, partial) = CommandLineWords.splitForCompletion(line)
        let prefix = words.isEmpty ? "" : words.map(CommandLineWords.quoted).joined(separator: " ") + " "
        var level = verbs, depth = 0
        var leaf: Verb?
        while depth < words.count, let v = level.first(where: { $0.name == words[depth] }) {
            leaf = v; level = v.children; depth += 1
        }
        // A verb with a default child takes that child's arguments when no child is named.
        let byDefault = leaf.flatMap { v in v.defaultChild.flatMap { d in v.children.first { $0.name == d } } }
        var candidates: [String] = []
        if depth == words.count, !level.isEmpty {
            candidates = level.map(\.name).filter { $0.hasPrefix(partial) }
            if let byDefault {
                candidates += Self.candidates(of: byDefault, given: [], partial: partial, in: session)
            }
        } else if let verb = level.isEmpty ? leaf : byDefault {
            candidates = Self.candidates(of: verb, given: Array(words[depth...]), partial: partial, in: session)
        }
        return candidates.sorted().map { prefix + $0 + " " }
    }

    /// What the word `partial` may become after the words `given` of `verb`: an option's name
    /// when it starts with "-", else a name of the next argument's kind in `session`.
    private static func candidates(of verb: Verb, given: [String], partial: String, in session: Session) -> [String] {
        if partial.hasPrefix("-") {
            return verb.arguments.flatMap(\.names).filter { $0.hasPrefix("--") && $0.hasPrefix(partial) }
        }
        let key = TextRules.searchKey(partial)
        return argument(after: given, of: verb).kind.candidates(in: session)
            .filter { TextRules.searchKey($0).hasPrefix(key) }.map(CommandLineWords.quoted)
    }

    /// The argument that the next word fills, after the words `given` (the verb path left out).
    static func argument(after given: [String], of verb: Verb) -> Argument {
        let free = Argument(names: [], takesValue: true, isRepeating: false, kind: .text)
        // The session file, which the palette puts in, is the first positional argument.
        let positionals = Array(verb.arguments.filter(\.isPositional).dropFirst())
        var filled = 0, i = 0
        while i < given.count {
            let word = given[i]
            if word.hasPrefix("-"), let option = verb.arguments.first(where: { $0.names.contains(word) }) {
                if option.takesValue {
                    if i + 1 == given.count { return option }   // the option's value comes next
                    i += 1
                }
            } else {
                filled += 1
            }
            i += 1
        }
        if positionals.indices.contains(filled) { return positionals[filled] }
        if let last = positionals.last, last.isRepeating { return last }
        return free
    }
}

/// The part of swift-argument-parser's tool description (`ToolInfoV0`) the palette reads.
private struct ToolInfo: Decodable {
    struct Name: Decodable { var kind: String; var name: String }
    struct Completion: Decodable {
        struct List: Decodable { var values: [String] }
        var list: List?
    }
    struct Argument: Decodable {
        var kind: String
        var names: [Name]?
        var valueName: String?
        var isRepeating: Bool?
        var completionKind: Completion?
    }
    struct Command: Decodable {
        var commandName: String
        var arguments: [Argument]?
        var subcommands: [Command]?
        var defaultSubcommand: String?
    }
    var command: Command
}
