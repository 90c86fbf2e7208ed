/// An array-like list stored as a sequence of small chunks that copies of the list share.
///
/// A session is a value: ``Session/apply(_:at:)`` works on a copy, and undo keeps the state
/// before each change. With a plain `Array`, the first change to a copy duplicates the whole
/// list (every participant, ballot and log line). A `ChunkedList` keeps its elements in chunks
/// of at most 128 (appends fill chunks of 64); a change copies the index of chunks (one
/// reference and one integer per chunk) and the one chunk it touches, and every other chunk stays
/// shared between the versions. So a change to one person costs about the same at 50 and at
/// 5000 participants, and the undo history holds 200 states for little more than one.
///
/// It behaves as an array: `Int` indices from 0, `RandomAccessCollection`,
/// `MutableCollection` and `RangeReplaceableCollection` (`append`, `insert`, `remove(at:)`,
/// `removeAll(where:)`), array literals, `Equatable` and `Hashable` element by element, and
/// `Codable` as a JSON array, byte for byte like `[Element]`.
public struct ChunkedList<Element> {
    /// Appends start a new chunk at this size; an insertion splits a chunk that grows past
    /// twice this size.
    static var chunkSize: Int { 64 }

    private var chunks: [[Element]]
    /// `ends[c]` is the number of elements in chunks `0...c`. Empty chunks never stay.
    private var ends: [Int]

    public init() { chunks = []; ends = [] }

    /// The chunk holding position `i` (`0 <= i < count`) and the position inside it.
    @inline(__always)
    private func locate(_ i: Int) -> (chunk: Int, offset: Int) {
        // Lists built by appending have full chunks: the guess is right in one step.
        var c = i / ChunkedList.chunkSize
        if c < ends.count, ends[c] > i, (c == 0 ? 0 : ends[c - 1]) <= i {
            return (c, i - (c == 0 ? 0 : ends[c - 1]))
        }
        var lo = 0, hi = ends.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] > i { hi = mid } else { lo = mid + 1 }
        }
        c = lo
        return (c, i - (c == 0 ? 0 : ends[c - 1]))
    }

    private mutating func recountEnds(from chunk: Int) {
        var total = chunk == 0 ? 0 : ends[chunk - 1]
        for c in chunk..<chunks.count {
            total += chunks[c].count
            ends[c] = total
        }
    }
}

extension ChunkedList: RandomAccessCollection, MutableCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>
    public typealias SubSequence = Slice<ChunkedList<Element>>

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.last ?? 0 }
    public var count: Int { ends.last ?? 0 }
    public var isEmpty: Bool { ends.isEmpty }
    public var indices: Range<Int> { 0..<count }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "Index out of range")
            let (c, o) = locate(position)
            return chunks[c][o]
        }
        _modify {
            precondition(position >= 0 && position < count, "Index out of range")
            let (c, o) = locate(position)
            yield &chunks[c][o]
        }
    }

    public subscript(bounds: Range<Int>) -> Slice<ChunkedList<Element>> {
        get { Slice(base: self, bounds: bounds) }
        set { replaceSubrange(bounds, with: Array(newValue)) }
    }

    /// Walks the chunks in order (no search per element).
    public struct Iterator: IteratorProtocol {
        private let chunks: [[Element]]
        private var chunk = 0, offset = 0
        init(_ chunks: [[Element]]) { self.chunks = chunks }
        public mutating func next() -> Element? {
            while chunk < chunks.count {
                if offset < chunks[chunk].count {
                    defer { offset += 1 }
                    return chunks[chunk][offset]
                }
                chunk += 1; offset = 0
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(chunks) }

    /// The first position whose element satisfies `predicate`, walking the chunks in order.
    public func firstIndex(where predicate: (Element) throws -> Bool) rethrows -> Int? {
        var base = 0
        for chunk in chunks {
            if let o = try chunk.firstIndex(where: predicate) { return base + o }
            base += chunk.count
        }
        return nil
    }

    /// The position of the element whose `key` is `value`, by binary search when the list is
    /// sorted by that key (as participants are by id, ballots by participant), else by a walk.
    public func firstIndex<Key: Comparable>(sortedBy key: (Element) -> Key, equalTo value: Key) -> Int? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(self[mid]) < value { lo = mid + 1 } else { hi = mid }
        }
        if lo < count, key(self[lo]) == value { return lo }
        return firstIndex { key($0) == value }
    }
}

extension ChunkedList: RangeReplaceableCollection {
    public mutating func append(_ element: Element) {
        if let last = chunks.indices.last, chunks[last].count < ChunkedList.chunkSize {
            chunks[last].append(element)
            ends[last] += 1
        } else {
            chunks.append([element])
            chunks[chunks.count - 1].reserveCapacity(ChunkedList.chunkSize)
            ends.append(count + 1)
        }
    }

    public mutating func append<S: Sequence>(contentsOf elements: S) where S.Element == Element {
        for element in elements { append(element) }
    }

    public mutating func insert(_ element: Element, at i: Int) {
        precondition(i >= 0 && i <= count, "Index out of range")
        if i == count { append(element); return }
        let (c, o) = locate(i)
        chunks[c].insert(element, at: o)
        if chunks[c].count > 2 * ChunkedList.chunkSize {
            let tail = Array(chunks[c][ChunkedList.chunkSize...])
            chunks[c].removeSubrange(ChunkedList.chunkSize...)
            chunks.insert(tail, at: c + 1)
            ends.insert(0, at: c + 1)
        }
        recountEnds(from: c)
    }

    @discardableResult
    public mutating func remove(at i: Int) -> Element {
        precondition(i >= 0 && i < count, "Index out of range")
        let (c, o) = locate(i)
        let element = chunks[c].remove(at: o)
        if chunks[c].isEmpty {
            chunks.remove(at: c); ends.remove(at: c)
            if c < chunks.count { recountEnds(from: c) }
        } else {
            recountEnds(from: c)
        }
        return element
    }

    @discardableResult
    public mutating func removeLast() -> Element { remove(at: count - 1) }

    /// Removes the elements that satisfy `shouldBeRemoved`; chunks without any stay shared.
    public mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows {
        var c = 0, changed = false
        while c < chunks.count {
            if try chunks[c].contains(where: shouldBeRemoved) {
                try chunks[c].removeAll(where: shouldBeRemoved)
                changed = true
                if chunks[c].isEmpty { chunks.remove(at: c); ends.remove(at: c); continue }
            }
            c += 1
        }
        if changed { ends = Array(repeating: 0, count: chunks.count); if !chunks.isEmpty { recountEnds(from: 0) } }
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
