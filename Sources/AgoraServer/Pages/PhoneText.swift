/// Every string a phone shows, in one table per language. Pages name strings by key
/// (`{{t.voteTitle}}`); a string with `{name}`-style slots is filled by ``PhoneText/format(_:_:)``.
/// French and Spanish are new tables with the same keys; no page changes.
public struct PhoneText: Sendable {
    public let language: String
    let strings: [String: String]

    subscript(key: String) -> String { strings[key] ?? key }

    /// The string `key` with each `{slot}` replaced by its value.
    func format(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        for (slot, value) in values { text = text.replacingOccurrences(of: "{\(slot)}", with: value) }
        return text
    }

    public static let english = PhoneText(language: "en", strings: [
        "skip": "Skip to content",
        "menu": "Menu",
        "youAre": "You are {name} ({city})",
        "notYou": "Not you? Ask the facilitator to release this phone.",
        // Join
        "joinTitle": "Join the meeting",
        "joinIntro": "Find your name and tap it. This phone will speak for you.",
        "search": "Search your name",
        "searchButton": "Search",
        "noMatch": "No one by that name is waiting to join.",
        "moreNames": "More names: type a few letters of yours.",
        "thisIsMe": "I am {name} ({city})",
        "registerTitle": "Not on the list?",
        "registerIntro": "Register as a walk-in.",
        "name": "Name",
        "city": "City",
        "organization": "Organization (optional)",
        "registerButton": "Register and join",
        "joiningClosed": "Joining is closed. Ask the facilitator.",
        "joined": "Welcome, {name}. This phone now speaks for you.",
        // Home
        "homeTitle": "Your meeting",
        "goVote": "Vote on topics",
        "goPropose": "Propose a topic",
        "goPlan": "My plan",
        "goShare": "Share an experience",
        "goProjects": "Projects looking for cities",
        "goWall": "Live wall",
        // Vote
        "voteTitle": "Vote",
        "voteClosedNote": "Voting is closed. Your ballot is final.",
        "voteNotStarted": "Voting has not started yet. Come back when the facilitator opens it.",
        "dotsIntro": "Place up to {budget} dots, at most {cap} on one topic.",
        "dotsIntroNoCap": "Place up to {budget} dots.",
        "dotsLeft": "{left} of {budget} dots left",
        "approvalIntro": "Tick every topic you would join.",
        "rankedIntro": "Give your favourite topic 1, the next 2, and so on (up to {budget}). Leave the others empty.",
        "saveBallot": "Save my ballot",
        "ballotSaved": "Ballot saved: {summary}",
        "changeUntilClose": "You can change your ballot until voting closes.",
        "noTopics": "No topics yet.",
        "results": "Results",
        "resultsHidden": "Results are shown when voting closes.",
        "points": "{count} {unit}",
        // Propose
        "proposeTitle": "Propose a topic",
        "proposalsClosed": "Proposals are closed right now.",
        "topicTitle": "Title",
        "topicDescription": "What you want to discuss (optional)",
        "proposeButton": "Propose",
        "proposed": "Proposed: {summary}",
        // Plan
        "planTitle": "My plan",
        "schedule": "Schedule",
        "noSchedule": "The plan is not made yet.",
        "round": "Round {number}, {start}–{end}",
        "myGroup": "Your group: {topic} in {room}",
        "noGroup": "No group for you yet in this round.",
        "calendar": "Add my groups to my calendar (.ics)",
        // Share
        "shareTitle": "Share an experience",
        "shareIntro": "An experience of {city}: the challenge, what was done, the result.",
        "experienceTitle": "Title",
        "challenge": "Challenge",
        "action": "What was done",
        "result": "Result",
        "tags": "Tags (separated by commas, optional)",
        "shareButton": "Share",
        "shared": "Shared: {summary}",
        // Projects
        "projectsTitle": "Projects looking for cities",
        "projectsIntro": "Tap to add {city} to a project's interested cities.",
        "noOpenProjects": "No project is open for interest right now.",
        "interested": "{city} is interested",
        "alreadyIn": "{city} is already in",
        "cities": "Cities: {cities}",
        "interestSaved": "Saved: {summary}",
        // Wall
        "wallTitle": "Live wall",
        "topics": "Topics",
        "liveNote": "This page updates by itself.",
        "people": "group of {count}",
        // Errors
        "errorTitle": "That did not work",
        "noCookie": "This phone has no meeting cookie. Open the join link again (cookies must be allowed).",
        "badCSRF": "This form is out of date. Reload the page and try again.",
        "notJoined": "This phone has not joined the meeting. Join first.",
        "tooLarge": "That is too much text to send at once. Shorten it and try again.",
        "tooMany": "Too many requests from this phone. Wait {seconds} seconds and try again.",
        "badForm": "The form could not be read. Reload the page and try again.",
        "badNumber": "“{value}” in {field} is not a whole number.",
        "closed": "The meeting is not taking changes right now. Ask the facilitator.",
        "notSaved": "This could not be saved. Nothing changed; try again in a moment.",
    ])
}
