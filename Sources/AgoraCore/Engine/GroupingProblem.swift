/// One round's grouping as numbers: who is placed, in which groups, with which interest,
/// under which bounds; and the flow network that solves it.
///
/// Network (one unit of flow = one person):
/// ```
/// source ─count─▶ class ─(−interest)─▶ (city, topic) ─K'─▶ topic ─min'─▶ target
///                   └───(0)──▶ city hub ──────▲               └─max'−min'─▶ overflow ─(n − Σmin')─▶ target
/// ```
/// A *class* is the free (unlocked) people of one city with the same interests in the
/// round's topics: they are interchangeable, so they share one node. The hub lets a class
/// reach any topic at no gain; the direct arcs carry the gain of a backed topic. Locked
/// members are placed beforehand and reduce min, max and the city limit K of their group
/// (min', max', K'). Lower bounds use the standard transformation: every topic owes `min'`
/// units straight to the target, the rest goes through the overflow node. Every person is
/// placed exactly when the maximum flow equals the number of free people; a minimum-cost
/// maximum flow then maximizes the total interest. Without a city limit all people share
/// one hub and the (city, topic) layer is left out.
struct GroupingProblem {
    let roundID: RoundID
    let roundNumber: Int
    let rules: GroupRules
    /// The round's topics, in room order.
    let slots: [Slot]
    let roomCapacity: [Int]
    /// Per topic: its title and its room's name, for messages.
    let titles: [String]
    let roomNames: [String]
    /// Largest size of each group: the rules' max size, or the room's capacity.
    let upper: [Int]
    /// Present participants, by id.
    let people: [Participant]
    /// Per person: the topic index they are locked into, or nil when free to place.
    let lockedTopic: [Int?]
    /// Per person: city number into ``cities``.
    let city: [Int]
    /// Distinct cities of the present people, sorted.
    let cities: [String]
    /// Per person: (topic index, points) for the round's topics they backed.
    let interest: [[(topic: Int, points: Int)]]

    var topicCount: Int { slots.count }
    var freeCount: Int { lockedTopic.lazy.filter { $0 == nil }.count }

    init(session: Session, round: RoundID, rules: GroupRules) throws {
        guard let number = session.roundNumber(round) else {
            throw AgoraError(.notFound, EngineText.phrase("grouper.noRound", ["round": "\(round)"]))
        }
        roundID = round; roundNumber = number; self.rules = rules
        slots = session.schedule.filter { $0.round == round }.sorted { $0.room < $1.room }
        guard !slots.isEmpty else {
            throw AgoraError(.rule, EngineText.phrase("grouper.nothingPlanned", ["round": "\(number)"]),
                             hint: EngineText.phrase("grouper.nothingPlanned.hint"))
        }
        let capacityOf = Dictionary(session.rooms.map { ($0.id, $0.capacity) }, uniquingKeysWith: { a, _ in a })
        roomCapacity = slots.map { capacityOf[$0.room] ?? 0 }
        let titleOf = Dictionary(session.topics.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let roomNameOf = Dictionary(session.rooms.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        titles = slots.map { titleOf[$0.topic] ?? EngineText.table("grouper.topicFallback", ["id": "\($0.topic)"]) }
        roomNames = slots.map { roomNameOf[$0.room] ?? EngineText.table("grouper.roomFallback", ["id": "\($0.room)"]) }
        upper = roomCapacity.map { rules.maxSize ?? $0 }
        people = session.participants.filter(\.present).sorted { $0.id < $1.id }
        let topicIndex = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($0.element.topic, $0.offset) })
        let personIndex = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($0.element.id, $0.offset) })
        var locked = [Int?](repeating: nil, count: people.count)
        for a in session.assignments where a.round == round && a.locked {
            if let p = personIndex[a.participant], let t = topicIndex[a.topic] { locked[p] = t }
        }
        lockedTopic = locked
        cities = Array(Set(people.map(\.city))).sorted()
        let cityNumber = Dictionary(uniqueKeysWithValues: cities.enumerated().map { ($0.element, $0.offset) })
        city = people.map { cityNumber[$0.city]! }
        let table = session.interests
        interest = people.map { person in
            (table[person.id] ?? []).compactMap { mark in
                topicIndex[mark.topic].map { (topic: $0, points: mark.count) }
            }.sorted { $0.topic < $1.topic }
        }
    }

    /// Locked members per topic, and per (city, topic).
    var lockedCounts: (perTopic: [Int], perCityTopic: [[Int]]) {
        var perTopic = [Int](repeating: 0, count: topicCount)
        var perCityTopic = [[Int]](repeating: [Int](repeating: 0, count: topicCount), count: cities.count)
        for (p, t) in lockedTopic.enumerated() {
            if let t { perTopic[t] += 1; perCityTopic[city[p]][t] += 1 }
        }
        return (perTopic, perCityTopic)
    }

    // MARK: - Network

    /// The built network, with what is needed to read people's places back from a flow.
    struct Network {
        var flow: FlowNetwork
        let source = 0, target = 1
        /// Free people of each class, in the (seeded) order they take places.
        var classMembers: [[Int]]
        /// Per class: (arc, topic) of its arcs to backed topics.
        var directArcs: [[(arc: Int, topic: Int)]]
        /// Per class: its arc to the hub, and the hub number.
        var hubArc: [(arc: Int, hub: Int)]
        /// Per hub: (arc, topic) of its arcs towards each topic.
        var hubOut: [[(arc: Int, topic: Int)]]
        /// Free people to place: a full flow has this value.
        var demand: Int
    }

    /// Builds the network. The seed orders the classes and their members: it picks among
    /// placements of equal total interest, never trading interest away.
    func network(seed: UInt64) -> Network {
        var generator = SeededGenerator(seed: seed)
        let (lockedPerTopic, lockedPerCityTopic) = lockedCounts
        let limit = rules.maxPerCity
        let hubCount = limit == nil ? 1 : cities.count
        // Classes of interchangeable free people, in order of first member.
        var classOf: [[Int]: Int] = [:]
        var members: [[Int]] = []
        var keys: [[Int]] = []
        for p in people.indices where lockedTopic[p] == nil {
            var key = [limit == nil ? 0 : city[p]]
            for mark in interest[p] { key.append(mark.topic); key.append(mark.points) }
            if let c = classOf[key] { members[c].append(p) } else {
                classOf[key] = members.count; members.append([p]); keys.append(key)
            }
        }
        var order = Array(members.indices)
        generator.shuffle(&order)
        for c in members.indices { generator.shuffle(&members[c]) }

        var flow = FlowNetwork(nodes: 3)
        let overflow = 2
        let topicNode = (0..<topicCount).map { _ in flow.addNode() }
        let hubNode = (0..<hubCount).map { _ in flow.addNode() }
        // (city, topic) nodes when a city limit applies; otherwise people go straight to topics.
        var entry = [[Int]](repeating: topicNode, count: hubCount)
        if let limit {
            for h in 0..<hubCount {
                for t in 0..<topicCount {
                    let node = flow.addNode()
                    entry[h][t] = node
                    flow.addArc(node, topicNode[t], capacity: max(0, limit - lockedPerCityTopic[h][t]))
                }
            }
        }
        var hubOut = [[(arc: Int, topic: Int)]](repeating: [], count: hubCount)
        for h in 0..<hubCount {
            for t in 0..<topicCount {
                hubOut[h].append((flow.addArc(hubNode[h], entry[h][t], capacity: FlowNetwork.unbounded), t))
            }
        }
        var directArcs = [[(arc: Int, topic: Int)]](repeating: [], count: members.count)
        var hubArc = [(arc: Int, hub: Int)](repeating: (0, 0), count: members.count)
        for c in order {
            let node = flow.addNode()
            let count = members[c].count
            let key = keys[c]
            let hub = key[0]
            flow.addArc(0, node, capacity: count)
            var i = 1
            while i < key.count {
                let t = key[i], points = key[i + 1]
                directArcs[c].append((flow.addArc(node, entry[hub][t], capacity: count, cost: -points), t))
                i += 2
            }
            hubArc[c] = (flow.addArc(node, hubNode[hub], capacity: count), hub)
        }
        var owed = 0
        for t in 0..<topicCount {
            let low = max(0, rules.minSize - lockedPerTopic[t])
            let high = max(0, upper[t] - lockedPerTopic[t])
            let lowCapped = min(low, high)
            owed += low
            flow.addArc(topicNode[t], 1, capacity: lowCapped)
            flow.addArc(topicNode[t], overflow, capacity: high - lowCapped)
        }
        let free = freeCount
        // When the minimum sizes ask for more people than there are, no full flow exists.
        flow.addArc(overflow, 1, capacity: max(0, free - owed))
        let demand = owed > free ? Int.max : free
        return Network(flow: flow, classMembers: members, directArcs: directArcs, hubArc: hubArc,
                       hubOut: hubOut, demand: demand)
    }

    /// Reads each free person's topic back from a full flow. Classes take their direct
    /// (backed) places first, then places through their hub, paired in class order.
    func places(from network: Network) -> [Int] {
        var topicOf = lockedTopic.map { $0 ?? -1 }
        var hubSupply = network.hubOut.map { arcs in arcs.map { (topic: $0.topic, left: network.flow.flow($0.arc)) } }
        var hubCursor = [Int](repeating: 0, count: network.hubOut.count)
        for c in network.classMembers.indices {
            var members = network.classMembers[c][...]
            for (arc, t) in network.directArcs[c] {
                for _ in 0..<network.flow.flow(arc) { topicOf[members.removeFirst()] = t }
            }
            let (arc, hub) = network.hubArc[c]
            var viaHub = network.flow.flow(arc)
            while viaHub > 0 {
                let k = hubCursor[hub]
                let take = min(viaHub, hubSupply[hub][k].left)
                for _ in 0..<take { topicOf[members.removeFirst()] = hubSupply[hub][k].topic }
                hubSupply[hub][k].left -= take
                viaHub -= take
                if hubSupply[hub][k].left == 0 { hubCursor[hub] += 1 }
            }
        }
        return topicOf
    }

    /// Whether every present person can be placed under these rules (a maximum flow, no costs).
    var isFeasible: Bool {
        var network = network(seed: 0)
        guard network.demand != Int.max else { return false }
        return network.flow.maxFlow(from: network.source, to: network.target) == network.demand
    }
}
