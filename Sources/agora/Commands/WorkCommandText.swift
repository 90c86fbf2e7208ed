import AgoraCore

/// What `project` and `experience` say, in each language (the Glossary's words).
enum WorkCommandText {
    static let table = StringTable(name: "work commands", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "cli.project.added": "{id}  {title} — led by {city}",
        "cli.project.notAStatus": "“{value}” is not a project status; use one of {choices}",
    ]

    static let french: [String: String] = [
        "cli.project.added": "{id}  {title} — porté par {city}",
        "cli.project.notAStatus": "«\u{202F}{value}\u{202F}» n’est pas un statut de projet\u{202F}; choisissez parmi {choices}",
    ]

    static let spanish: [String: String] = [
        "cli.project.added": "{id}  {title} — liderado por {city}",
        "cli.project.notAStatus": "«{value}» no es un estado de proyecto; elige entre {choices}",
    ]
}
