/// Which language a person gets, decided in one place: `--lang`, then `AGORA_LANG`, then the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order), then English.
///
/// The caller passes the option and the environment in (Core reads no environment itself).
/// An explicit choice that names no language Agora speaks (`--lang de`, `AGORA_LANG=de`) is an
/// error that says what to write instead; a locale in another language (`LANG=de_DE.UTF-8`,
/// `C`) is not, and gives English, as any program without that translation does.
public struct LanguageChoice: Equatable, Sendable {
    /// Where the language came from, for messages and for exports that default to the
    /// meeting's language unless one was asked for.
    public enum Source: String, Equatable, Sendable {
        case option = "--lang"
        case agoraLang = "AGORA_LANG"
        case lcAll = "LC_ALL"
        case lcMessages = "LC_MESSAGES"
        case lang = "LANG"
        case fallback = "default"
    }

    public var language: Language
    public var source: Source

    public init(_ language: Language, source: Source) { self.language = language; self.source = source }

    /// True when the person named the language (`--lang` or `AGORA_LANG`), not the system.
    public var isExplicit: Bool { source == .option || source == .agoraLang }

    /// The language for `option` (the value of `--lang`, if given) and `environment`.
    public static func resolve(option: String?, environment: [String: String]) throws -> LanguageChoice {
        if let option {
            return LanguageChoice(try named(option, by: "--lang"), source: .option)
        }
        if let value = environment["AGORA_LANG"], !value.isEmpty {
            return LanguageChoice(try named(value, by: "AGORA_LANG"), source: .agoraLang)
        }
        // POSIX: the first of these that is set decides, even when it names a language we lack.
        for (name, source) in [("LC_ALL", Source.lcAll), ("LC_MESSAGES", .lcMessages), ("LANG", .lang)] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return LanguageChoice(Language(code: value) ?? .en, source: source)
        }
        return LanguageChoice(.en, source: .fallback)
    }

    private static func named(_ value: String, by source: String) throws -> Language {
        guard let language = Language(code: value) else {
            throw AgoraError.invalid("\(source): “\(value)” is not a language Agora speaks; use one of \(Language.choices)")
        }
        return language
    }

    /// Task-local: the language this command line (or server) resolved, for defaults deep in
    /// the code such as a new session's meeting language. Nil in tests and library callers,
    /// which then pass a language explicitly or get English.
    @TaskLocal public static var current: LanguageChoice?
}

extension LanguageChoice {
    /// Takes the global `--lang VALUE` / `--lang=VALUE` out of a command line, wherever it
    /// stands before `--`, and returns its value (the last one given). Any command accepts it,
    /// so the commands themselves never see it.
    public static func takeOption(from arguments: inout [String]) throws -> String? {
        var value: String?
        var kept: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--lang" {
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") else {
                    throw AgoraError.invalid("--lang needs a language: one of \(Language.choices)")
                }
                value = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
                index += 1
                continue
            }
            kept.append(argument)
            index += 1
        }
        arguments = kept
        return value
    }
}
