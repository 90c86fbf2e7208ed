import AgoraCore
/// A terminal in memory, for tests and benchmarks: events come from a queue, presented
/// buffers are kept, and the work a real terminal would do is counted.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public let measure: TextWidth
    public var colorDepth: ColorDepth
    /// Events still to be delivered by ``poll(timeoutMilliseconds:)``.
    public var pendingEvents: [TerminalEvent] = []
    /// What the screen shows now.
    public private(set) var screen: Buffer
    public private(set) var cursor: Position?
    public private(set) var theme: Theme?
    public private(set) var presentCount = 0
    /// Cells written by the last present.
    public private(set) var lastChangedCells = 0
    /// Estimated bytes the last present would send to a real terminal: the UTF-8 of each changed
    /// cell, a cursor move (8 bytes) for each run of changed cells, an attribute change
    /// (12 bytes) each time the role changes within the written cells.
    public private(set) var lastPresentBytes = 0
    public private(set) var bells = 0
    public private(set) var flashes = 0
    public private(set) var suspensions = 0
    public private(set) var ended: (writingToTerminal: Bool, count: Int) = (true, 0)
    private var valid = false

    public init(size: Size = Size(width: 80, height: 24), measure: TextWidth = .unicode, colorDepth: ColorDepth = .full) {
        self.size = size
        self.measure = measure
        self.colorDepth = colorDepth
        screen = Buffer(size: size, measure: measure)
    }

    /// Queues events; ``resize(_:)`` queues a resize and changes the size when it is delivered.
    public func send(_ events: TerminalEvent...) { pendingEvents += events }

    /// Wakes a waiting poll (the runtime's inbox and work off the loop use it).
    public let waker: TerminalWaker? = TerminalWaker()

    /// The next queued event; with none queued, waits up to `timeoutMilliseconds` for a wake.
    public func poll(timeoutMilliseconds: Int) -> TerminalEvent? {
        if pendingEvents.isEmpty, timeoutMilliseconds > 0 { waker?.wait(timeoutMilliseconds: timeoutMilliseconds) }
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func present(_ buffer: Buffer, cursor: Position?) {
        presentCount += 1
        var changed = 0, bytes = 0
        var lastRole: StyleRole? = nil
        var inRun = false
        let previous = valid && screen.size == buffer.size ? screen : nil
        for i in buffer.cells.indices {
            let cell = buffer.cells[i]
            if let previous, previous.cells[i] == cell { inRun = false; continue }
            if cell.isContinuation { continue }
            changed += 1
            if !inRun { bytes += 8; inRun = true }
            if cell.role != lastRole { bytes += 12; lastRole = cell.role }
            bytes += cell.text.utf8.count
        }
        lastChangedCells = changed
        lastPresentBytes = bytes
        screen = buffer
        self.cursor = cursor
        valid = true
    }

    public func invalidate() { valid = false }
    public func apply(_ theme: Theme) { self.theme = theme }
    public func bell() { bells += 1 }
    public func flash() { flashes += 1 }
    public func suspend() { suspensions += 1; valid = false }
    public func end(writingToTerminal: Bool) { ended = (writingToTerminal, ended.count + 1) }
}
