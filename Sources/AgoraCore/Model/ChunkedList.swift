/// An array-like list stored as small chunks, grouped in pages, that copies of the list share.
///
/// A session is a value: ``Session/apply(_:at:)`` works on a copy, and undo keeps the state
/// before each change. With a plain `Array`, the first change to a copy duplicates the whole
/// list (every participant, ballot and log line). A `ChunkedList` keeps its elements in chunks
/// of at most 128 (appends fill chunks of 64), and its chunks in pages of at most 128 chunks
/// (appends fill pages of 64), behind two small indexes of running counts. A change copies the
/// list of pages (one entry per 4096 elements), the one page it touches (one reference and one
/// integer per chunk) and the one chunk it touches; every other page and chunk stays shared
/// between the versions. So a change to one person costs the same at 50 and at 5000
/// participants (and nearly the same at 100 000), and the undo history holds 200 states for
/// little more than one. Finding position `i` is O(1) in a list built by appending (the
/// guess `i / 64` is right) and a binary search over the two indexes otherwise.
///
/// It behaves as an array: `Int` indices from 0, `RandomAccessCollection`,
/// `MutableCollection` and `RangeReplaceableCollection` (`append`, `insert`, `remove(at:)`,
/// `removeAll(where:)`), array literals, `Equatable` and `Hashable` element by element, and
/// `Codable` as a JSON array, byte for byte like `[Element]`.
public struct ChunkedList<Element> {
    /// Appends start a new chunk at this size; an insertion splits a chunk that grows past
    /// twice this size.
    static var chunkSize: Int { 64 }
    /// Appends start a new page at this many chunks; a split that takes a page past twice
    /// this many splits the page.
    static var pageSize: Int { 64 }

    /// Consecutive chunks, with `ends[c]` the number of elements in chunks `0...c` of this page.
    struct Page {
        var chunks: [[Element]]
        var ends: [Int]
        var count: Int { ends.last ?? 0 }
    }

    private var pages: [Page]
    /// `pageEnds[p]` is the number of elements in pages `0...p`. Empty chunks and pages never stay.
    private var pageEnds: [Int]

    public init() { pages = []; pageEnds = [] }

    /// Where position `i` (`0 <= i < count`) is: page, chunk in the page, offset in the chunk.
    @inline(__always)
    private func locate(_ i: Int) -> (page: Int, chunk: Int, offset: Int) {
        let perPage = ChunkedList.chunkSize * ChunkedList.pageSize
        // Lists built by appending have full chunks and pages: the guesses are right at once.
        var p = i / perPage
        if !(p < pageEnds.count && pageEnds[p] > i && (p == 0 ? 0 : pageEnds[p - 1]) <= i) {
            p = Self.firstEnd(after: i, in: pageEnds)
        }
        let j = i - (p == 0 ? 0 : pageEnds[p - 1])
        let ends = pages[p].ends
        var c = j / ChunkedList.chunkSize
        if !(c < ends.count && ends[c] > j && (c == 0 ? 0 : ends[c - 1]) <= j) {
            c = Self.firstEnd(after: j, in: ends)
        }
        return (p, c, j - (c == 0 ? 0 : ends[c - 1]))
    }

    /// The first `k` with `ends[k] > i` (binary search; `ends` is increasing).
    private static func firstEnd(after i: Int, in ends: [Int]) -> Int {
        var lo = 0, hi = ends.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] > i { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Recounts the running counts inside page `p` from its chunk `c` (the pages' are left).
    private mutating func recountChunks(page p: Int, from c: Int) {
        var total = c == 0 ? 0 : pages[p].ends[c - 1]
        for k in c..<pages[p].chunks.count {
            total += pages[p].chunks[k].count
            pages[p].ends[k] = total
        }
    }

    private mutating func recountPages(from p: Int) {
        var total = p == 0 ? 0 : pageEnds[p - 1]
        for k in p..<pages.count {
            total += pages[k].count
            pageEnds[k] = total
        }
    }

    /// Splits chunk `c` of page `p` in two if it grew past twice the chunk size.
    private mutating func splitChunkIfNeeded(page p: Int, chunk c: Int) {
        guard pages[p].chunks[c].count > 2 * ChunkedList.chunkSize else { return }
        let tail = Array(pages[p].chunks[c][ChunkedList.chunkSize...])
        pages[p].chunks[c].removeSubrange(ChunkedList.chunkSize...)
        pages[p].chunks.insert(tail, at: c + 1)
        pages[p].ends.insert(0, at: c + 1)
    }

    /// Splits page `p` (whose own counts are right) in two if it holds more than twice the
    /// page size of chunks. The pages' counts are left to the caller.
    private mutating func splitPageIfNeeded(page p: Int) {
        guard pages[p].chunks.count > 2 * ChunkedList.pageSize else { return }
        let tail = Array(pages[p].chunks[ChunkedList.pageSize...])
        pages[p].chunks.removeSubrange(ChunkedList.pageSize...)
        pages[p].ends.removeSubrange(ChunkedList.pageSize...)
        var page = Page(chunks: tail, ends: Array(repeating: 0, count: tail.count))
        var total = 0
        for k in page.chunks.indices { total += page.chunks[k].count; page.ends[k] = total }
        pages.insert(page, at: p + 1)
        pageEnds.insert(0, at: p + 1)
    }
}

extension ChunkedList: RandomAccessCollection, MutableCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<ChunkedList<Element>>

    public var startIndex: Int { 0 }
    public var endIndex: Int { pageEnds.last ?? 0 }
    public var count: Int { pageEnds.last ?? 0 }
    public var isEmpty: Bool { pageEnds.isEmpty }
    public var indices: Range<Int> { 0..<count }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "Index out of range")
            let (p, c, o) = locate(position)
            return pages[p].chunks[c][o]
        }
        _modify {
            precondition(position >= 0 && position < count, "Index out of range")
            let (p, c, o) = locate(position)
            yield &pages[p].chunks[c][o]
        }
    }

    public subscript(bounds: Range<Int>) -> Slice<ChunkedList<Element>> {
        get { Slice(base: self, bounds: bounds) }
        set { replaceSubrange(bounds, with: Array(newValue)) }
    }

    /// Walks the chunks in order (no search per element).
    public struct Iterator: IteratorProtocol {
        private let pages: [Page]
        private var page = 0, chunk = 0, offset = 0
        private var current: [Element] = []
        init(_ pages: [Page]) {
            self.pages = pages
            if let first = pages.first?.chunks.first { current = first }
        }
        public mutating func next() -> Element? {
            if offset < current.count {
                defer { offset += 1 }
                return current[offset]
            }
            while page < pages.count {
                chunk += 1
                if chunk >= pages[page].chunks.count { page += 1; chunk = 0; if page == pages.count { break } }
                current = pages[page].chunks[chunk]
                if !current.isEmpty { offset = 1; return current[0] }
            }
            current = []; offset = 0
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(pages) }

    /// Calls `body` with each chunk in order and the position of its first element; stops
    /// when `body` returns a value.
    private func firstInChunks<T>(_ body: (_ chunk: [Element], _ base: Int) throws -> T?) rethrows -> T? {
        var base = 0
        for page in pages {
            for chunk in page.chunks {
                if let found = try body(chunk, base) { return found }
                base += chunk.count
            }
        }
        return nil
    }

    /// The first position whose element satisfies `predicate`, walking the chunks in order.
    public func firstIndex(where predicate: (Element) throws -> Bool) rethrows -> Int? {
        try firstInChunks { chunk, base in try chunk.firstIndex(where: predicate).map { base + $0 } }
    }

    /// The position of the element whose `key` is `value`, by binary search when the list is
    /// sorted by that key (as participants are by id, ballots by participant), else by a walk.
    /// The search narrows to a page, then a chunk, by their last elements, so it reads each
    /// element it compares in place.
    public func firstIndex<Key: Comparable>(sortedBy key: (Element) -> Key, equalTo value: Key) -> Int? {
        if !pages.isEmpty {
            var lo = 0, hi = pages.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if key(pages[mid].chunks[pages[mid].chunks.count - 1].last!) < value { lo = mid + 1 } else { hi = mid }
            }
            let p = lo
            let chunks = pages[p].chunks
            var clo = 0, chi = chunks.count - 1
            while clo < chi {
                let mid = (clo + chi) / 2
                if key(chunks[mid][chunks[mid].count - 1]) < value { clo = mid + 1 } else { chi = mid }
            }
            let chunk = chunks[clo]
            var elo = 0, ehi = chunk.count
            while elo < ehi {
                let mid = (elo + ehi) / 2
                if key(chunk[mid]) < value { elo = mid + 1 } else { ehi = mid }
            }
            if elo < chunk.count, key(chunk[elo]) == value {
                return (p == 0 ? 0 : pageEnds[p - 1]) + (clo == 0 ? 0 : pages[p].ends[clo - 1]) + elo
            }
        }
        return firstIndex { key($0) == value }
    }
}

extension ChunkedList: RangeReplaceableCollection {
    public mutating func append(_ element: Element) {
        if let p = pages.indices.last {
            let c = pages[p].chunks.count - 1
            if pages[p].chunks[c].count < ChunkedList.chunkSize {
                pages[p].chunks[c].append(element)
                pages[p].ends[c] += 1
                pageEnds[p] += 1
                return
            }
            if pages[p].chunks.count < ChunkedList.pageSize {
                pages[p].chunks.append(Self.newChunk(element))
                pages[p].ends.append(pages[p].count + 1)
                pageEnds[p] += 1
                return
            }
        }
        var page = Page(chunks: [Self.newChunk(element)], ends: [1])
        page.chunks.reserveCapacity(ChunkedList.pageSize)
        page.ends.reserveCapacity(ChunkedList.pageSize)
        pages.append(page)
        pageEnds.append(count + 1)
    }

    private static func newChunk(_ element: Element) -> [Element] {
        var chunk = [element]
        chunk.reserveCapacity(ChunkedList.chunkSize)
        return chunk
    }

    public mutating func append<S: Sequence>(contentsOf elements: S) where S.Element == Element {
        for element in elements { append(element) }
    }

    public mutating func insert(_ element: Element, at i: Int) {
        precondition(i >= 0 && i <= count, "Index out of range")
        if i == count { append(element); return }
        let (p, c, o) = locate(i)
        pages[p].chunks[c].insert(element, at: o)
        splitChunkIfNeeded(page: p, chunk: c)
        recountChunks(page: p, from: c)
        splitPageIfNeeded(page: p)
        recountPages(from: p)
    }

    @discardableResult
    public mutating func remove(at i: Int) -> Element {
        precondition(i >= 0 && i < count, "Index out of range")
        let (p, c, o) = locate(i)
        let element = pages[p].chunks[c].remove(at: o)
        if pages[p].chunks[c].isEmpty {
            pages[p].chunks.remove(at: c); pages[p].ends.remove(at: c)
            if pages[p].chunks.isEmpty {
                pages.remove(at: p); pageEnds.remove(at: p)
                if p < pages.count { recountPages(from: p) }
                return element
            }
            if c < pages[p].chunks.count { recountChunks(page: p, from: c) }
        } else {
            recountChunks(page: p, from: c)
        }
        recountPages(from: p)
        return element
    }

    @discardableResult
    public mutating func removeLast() -> Element { remove(at: count - 1) }

    /// Removes the elements that satisfy `shouldBeRemoved`; pages and chunks without any stay shared.
    public mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows {
        var p = 0, changed = false
        while p < pages.count {
            if try pages[p].chunks.contains(where: { try $0.contains(where: shouldBeRemoved) }) {
                changed = true
                var kept: [[Element]] = []
                kept.reserveCapacity(pages[p].chunks.count)
                for var chunk in pages[p].chunks {
                    if try chunk.contains(where: shouldBeRemoved) { try chunk.removeAll(where: shouldBeRemoved) }
                    if !chunk.isEmpty { kept.append(chunk) }
                }
                if kept.isEmpty { pages.remove(at: p); pageEnds.remove(at: p); continue }
                var ends: [Int] = []
                ends.reserveCapacity(kept.count)
                var total = 0
                for chunk in kept { total += chunk.count; ends.append(total) }
                pages[p] = Page(chunks: kept, ends: ends)
            }
            p += 1
        }
        if changed, !pages.isEmpty { recountPages(from: 0) }
    }

    public mutating func removeAll(keepingCapacity keepCapacity: Bool = false) { self = ChunkedList() }

    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
    where C.Element == Element {
        precondition(subrange.lowerBound >= 0 && subrange.upperBound <= count, "Range out of bounds")
        if subrange.isEmpty && subrange.lowerBound == count { append(contentsOf: newElements); return }
        if subrange.count == 1 && newElements.isEmpty { remove(at: subrange.lowerBound); return }
        var all = Array(self)
        all.replaceSubrange(subrange, with: newElements)
        self = ChunkedList(all)
    }

    public mutating func reserveCapacity(_ n: Int) {}

    /// Sorts in place (through one array: O(n log n) element moves, not searches).
    public mutating func sort(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows {
        self = ChunkedList(try Array(self).sorted(by: areInIncreasingOrder))
    }
}

extension ChunkedList where Element: Comparable {
    public mutating func sort() { sort(by: <) }
}

extension ChunkedList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension ChunkedList: Equatable where Element: Equatable {
    public static func == (a: ChunkedList, b: ChunkedList) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

extension ChunkedList: Hashable where Element: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension ChunkedList: Sendable where Element: Sendable {}
extension ChunkedList.Page: Sendable where Element: Sendable {}

/// Encoded and decoded exactly as `[Element]`: a JSON array of the elements in order.
extension ChunkedList: Encodable where Element: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for element in self { try container.encode(element) }
    }
}

extension ChunkedList: Decodable where Element: Decodable {
    public init(from decoder: any Decoder) throws {
        self.init()
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd { append(try container.decode(Element.self)) }
    }
}

extension ChunkedList: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { Array(self).description }
    public var debugDescription: String { Array(self).debugDescription }
}
