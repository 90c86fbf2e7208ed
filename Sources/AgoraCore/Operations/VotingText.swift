/// What the vote's rules say, in each language (the Glossary's words: gommette, bulletin…).
enum VotingText {
    static let table = StringTable(name: "voting rules", [.en: english, .fr: french, .es: spanish])

    static func phrase(_ key: String, _ values: [String: String] = [:]) -> Phrase { table.phrase(key, values) }

    static let english: [String: String] = [
        "voting.alreadyOpen": "Voting is open already",
        "voting.notOpen": "Voting is not open",
        "voting.opened": "Voting opened",
        "voting.reopened": "Voting reopened",
        "voting.closed": "Voting closed",
    ]

    static let french: [String: String] = [
        "voting.alreadyOpen": "Le vote est déjà ouvert",
        "voting.notOpen": "Le vote n’est pas ouvert",
        "voting.opened": "Vote ouvert",
        "voting.reopened": "Vote rouvert",
        "voting.closed": "Vote clos",
    ]

    static let spanish: [String: String] = [
        "voting.alreadyOpen": "La votación ya está abierta",
        "voting.notOpen": "La votación no está abierta",
        "voting.opened": "Votación abierta",
        "voting.reopened": "Votación reabierta",
        "voting.closed": "Votación cerrada",
    ]
}
