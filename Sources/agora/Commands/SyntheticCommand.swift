import AgoraCore
import AgoraStore
import ArgumentParser
import Foundation

/// `agora _synthetic FILE --participants N --topics T …`: a hidden command that writes a
/// generated meeting (people from several cities, ballots, a selection and a plan), for
/// benchmarks of whole commands such as `agora group` (see README, Performance).
struct SyntheticCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_synthetic", abstract: "Write a generated meeting (for benchmarks).", shouldDisplay: false)

    @Argument(help: "The session file to create.") var file: String
    @Option(help: "Participants.") var participants: Int = 5000
    @Option(help: "Topics.") var topics: Int = 200
    @Option(help: "Rounds.") var rounds: Int = 6
    @Option(help: "Rooms.") var rooms: Int = 34
    @Option(help: "Cities.") var cities: Int = 20
    @Option(help: "Seed of the generator.") var seed: UInt64 = 1

    func validate() throws {
        guard participants >= 0, topics >= 1, rounds >= 1, rooms >= 1, cities >= 1 else {
            throw ValidationError(SetupCommandText.table("cli.synthetic.tooSmall"))
        }
    }

    func run() throws {
        let session = Session.synthetic(participants: participants, topics: topics, rounds: rounds, rooms: rooms,
                                        cities: cities, seed: seed)
        try SessionStore.create(at: URL(fileURLWithPath: file), session: session, clock: Clock.now).close()
        Console.print(SetupCommandText.table("cli.synthetic.created", ["file": file, "participants": "\(participants)", "topics": "\(topics)",
                                                                       "rounds": "\(rounds)", "rooms": "\(rooms)"]))
    }
}
