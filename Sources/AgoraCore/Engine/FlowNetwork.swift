/// A directed network with integral capacities and costs, solved exactly for a
/// minimum-cost maximum flow.
///
/// Algorithm: primal–dual successive shortest paths. Node potentials start from a
/// Bellman–Ford pass (costs may be negative; the network must have no negative cycle);
/// each phase runs Dijkstra on reduced costs (stopping once the sink is settled), raises
/// the potentials, then pushes a blocking flow (Dinic) through every arc of zero reduced
/// cost at once. Phases are few when costs are small integers (here: −interest), so large
/// instances take a handful of Dijkstra runs instead of one per unit of flow.
///
/// Arcs are stored in pairs: half-arc `2i` is the i-th arc added, `2i + 1` its reverse.
struct FlowNetwork {
    /// Capacity that never binds.
    static let unbounded = 1 << 40

    private(set) var nodeCount: Int
    /// Per half-arc: start and end node, remaining (residual) capacity, cost.
    private(set) var from: [Int32] = []
    private(set) var to: [Int32] = []
    private(set) var residual: [Int] = []
    private(set) var cost: [Int] = []
    /// Node potentials after solving: every residual arc has a non-negative reduced cost.
    private(set) var potential: [Int] = []

    private var firstOut: [Int] = []
    private var outArcs: [Int32] = []
    private var adjacencyArcCount = -1

    init(nodes: Int = 0) { nodeCount = nodes }

    mutating func addNode() -> Int { nodeCount += 1; return nodeCount - 1 }

    /// Adds an arc and returns its number (an even half-arc index).
    @discardableResult
    mutating func addArc(_ u: Int, _ v: Int, capacity: Int, cost c: Int = 0) -> Int {
        precondition(capacity >= 0 && u < nodeCount && v < nodeCount)
        let id = from.count
        from.append(Int32(u)); to.append(Int32(v)); residual.append(capacity); cost.append(c)
        from.append(Int32(v)); to.append(Int32(u)); residual.append(0); cost.append(-c)
        return id
    }

    /// Flow on an arc returned by ``addArc(_:_:capacity:cost:)``.
    func flow(_ arc: Int) -> Int { residual[arc + 1] }

    /// Total cost of the current flow.
    var totalCost: Int {
        var sum = 0
        for a in stride(from: 0, to: from.count, by: 2) { sum += residual[a + 1] * cost[a] }
        return sum
    }

    /// Half-arcs that still have room, as (from, to, cost): the residual graph.
    var residualArcs: [(from: Int, to: Int, cost: Int)] {
        residual.indices.filter { residual[$0] > 0 }.map { (Int(from[$0]), Int(to[$0]), cost[$0]) }
    }

    // MARK: - Solving

    /// Pushes as much flow as possible from `s` to `t`, at least cost among all maximum flows.
    /// - Returns: the flow value and its total cost.
    /// Checks `cancellation` before each phase (throws `CancellationError`).
    mutating func minCostMaxFlow(from s: Int, to t: Int, cancellation: Cancellation = .never) throws -> (flow: Int, cost: Int) {
        buildAdjacency()
        potential = initialPotentials(from: s)
        var total = 0
        var dist = [Int](repeating: 0, count: nodeCount)
        var heap = DistanceHeap()
        var admissible = [Bool](repeating: false, count: from.count)
        while true {
            try cancellation.check()
            guard let reach = shortestDistances(from: s, to: t, into: &dist, heap: &heap) else { break }
            for v in 0..<nodeCount { potential[v] += min(dist[v], reach) }
            for a in admissible.indices {
                admissible[a] = cost[a] + potential[Int(from[a])] - potential[Int(to[a])] == 0
            }
            let pushed = blockingFlows(from: s, to: t, only: admissible)
            if pushed == 0 { break }
            total += pushed
        }
        return (total, totalCost)
    }

    /// Pushes as much flow as possible from `s` to `t`, ignoring costs (Dinic).
    mutating func maxFlow(from s: Int, to t: Int) -> Int {
        buildAdjacency()
        return blockingFlows(from: s, to: t, only: nil)
    }

    /// Nodes reachable from `s` through arcs with room left (after solving: the source side of a minimum cut).
    func reachable(from s: Int) -> [Bool] {
        var out = [[Int]](repeating: [], count: nodeCount)
        for a in residual.indices where residual[a] > 0 { out[Int(from[a])].append(Int(to[a])) }
        var seen = [Bool](repeating: false, count: nodeCount)
        var stack = [s]; seen[s] = true
        while let u = stack.popLast() {
            for v in out[u] where !seen[v] { seen[v] = true; stack.append(v) }
        }
        return seen
    }

    private mutating func buildAdjacency() {
        guard adjacencyArcCount != from.count else { return }
        var count = [Int](repeating: 0, count: nodeCount + 1)
        for u in from { count[Int(u) + 1] += 1 }
        for v in 0..<nodeCount { count[v + 1] += count[v] }
        firstOut = count
        var next = count
        outArcs = [Int32](repeating: 0, count: from.count)
        for a in from.indices {
            let u = Int(from[a])
            outArcs[next[u]] = Int32(a); next[u] += 1
        }
        adjacencyArcCount = from.count
    }

    /// Shortest distances from `s` over arcs with room (Bellman–Ford with a queue); 0 for unreachable nodes.
    private func initialPotentials(from s: Int) -> [Int] {
        let infinity = Int.max / 4
        var dist = [Int](repeating: infinity, count: nodeCount)
        var queued = [Bool](repeating: false, count: nodeCount)
        var queue = [s]; var head = 0
        dist[s] = 0; queued[s] = true
        while head < queue.count {
            let u = queue[head]; head += 1; queued[u] = false
            for i in firstOut[u]..<firstOut[u + 1] {
                let a = Int(outArcs[i])
                guard residual[a] > 0 else { continue }
                let v = Int(to[a])
                if dist[u] + cost[a] < dist[v] {
                    dist[v] = dist[u] + cost[a]
                    if !queued[v] { queued[v] = true; queue.append(v) }
                }
            }
            if head > 4096 && head * 2 > queue.count { queue.removeFirst(head); head = 0 }
        }
        return dist.map { $0 == infinity ? 0 : $0 }
    }

    /// Dijkstra on reduced costs. Fills `dist` (capped nodes keep a value ≥ the sink's) and
    /// returns the sink's distance, or nil when the sink cannot be reached.
    private func shortestDistances(from s: Int, to t: Int, into dist: inout [Int], heap: inout DistanceHeap) -> Int? {
        let infinity = Int.max / 4
        for v in 0..<nodeCount { dist[v] = infinity }
        dist[s] = 0
        heap.removeAll()
        heap.push(0, s)
        while let (d, u) = heap.pop() {
            guard d == dist[u] else { continue }
            if u == t { return d }
            let pu = potential[u]
            for i in firstOut[u]..<firstOut[u + 1] {
                let a = Int(outArcs[i])
                guard residual[a] > 0 else { continue }
                let v = Int(to[a])
                let nd = d + cost[a] + pu - potential[v]
                if nd < dist[v] { dist[v] = nd; heap.push(nd, v) }
            }
        }
        return nil
    }

    /// Dinic: repeated level graphs and blocking flows, over the half-arcs marked in `only` (all when nil).
    /// Marks do not change while pushing: the reverse of a zero-reduced-cost arc has zero reduced cost.
    private mutating func blockingFlows(from s: Int, to t: Int, only marked: [Bool]?) -> Int {
        func admissible(_ a: Int) -> Bool { marked?[a] ?? true }
        var total = 0
        var level = [Int32](repeating: -1, count: nodeCount)
        var current = [Int](repeating: 0, count: nodeCount)
        var queue = [Int](); queue.reserveCapacity(nodeCount)
        var path = [Int]()
        while true {
            // Level graph.
            for v in 0..<nodeCount { level[v] = -1 }
            level[s] = 0; queue.removeAll(keepingCapacity: true); queue.append(s)
            var head = 0
            while head < queue.count {
                let u = queue[head]; head += 1
                for i in firstOut[u]..<firstOut[u + 1] {
                    let a = Int(outArcs[i]); let v = Int(to[a])
                    if level[v] < 0 && residual[a] > 0 && admissible(a) {
                        level[v] = level[u] + 1; queue.append(v)
                    }
                }
            }
            guard level[t] >= 0 else { return total }
            for v in 0..<nodeCount { current[v] = firstOut[v] }
            // Blocking flow by iterative depth-first search with current-arc pointers.
            path.removeAll(keepingCapacity: true)
            var u = s
            while true {
                if u == t {
                    var push = Int.max
                    for a in path { push = min(push, residual[a]) }
                    var cut = -1
                    for (k, a) in path.enumerated() {
                        residual[a] -= push; residual[a ^ 1] += push
                        if residual[a] == 0 && cut < 0 { cut = k }
                    }
                    total += push
                    path.removeLast(path.count - cut)
                    u = path.last.map { Int(to[$0]) } ?? s
                    continue
                }
                var advanced = false
                while current[u] < firstOut[u + 1] {
                    let a = Int(outArcs[current[u]]); let v = Int(to[a])
                    if residual[a] > 0 && level[v] == level[u] + 1 && admissible(a) {
                        path.append(a); u = v; advanced = true; break
                    }
                    current[u] += 1
                }
                if advanced { continue }
                level[u] = -1
                guard let back = path.popLast() else { break }
                u = Int(from[back])
                current[u] += 1
            }
        }
    }
}

/// A binary min-heap of (distance, node) pairs for Dijkstra.
struct DistanceHeap {
    private var keys: [Int] = []
    private var nodes: [Int32] = []

    mutating func removeAll() { keys.removeAll(keepingCapacity: true); nodes.removeAll(keepingCapacity: true) }

    mutating func push(_ key: Int, _ node: Int) {
        keys.append(key); nodes.append(Int32(node))
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard keys[parent] > keys[i] else { break }
            keys.swapAt(parent, i); nodes.swapAt(parent, i); i = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let topKey = keys.first else { return nil }
        let topNode = Int(nodes[0])
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            keys[0] = lastKey; nodes[0] = lastNode
            var i = 0
            let n = keys.count
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < n && keys[l] < keys[m] { m = l }
                if r < n && keys[r] < keys[m] { m = r }
                if m == i { break }
                keys.swapAt(m, i); nodes.swapAt(m, i); i = m
            }
        }
        return (topKey, topNode)
    }
}
