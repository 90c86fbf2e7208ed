/// How many terminal columns text takes, measured the way ncurses advances the cursor.
///
/// ## The rule
/// Text is first *normalized for display* (``displayText(_:)``): scalars that terminals and
/// ncurses disagree about are dropped — zero-width joiners and other format characters
/// (`Cf`: bidi controls, BOM, tag characters, soft hyphen), variation selectors (so ❤️
/// becomes ❤) and emoji skin-tone modifiers; control characters are dropped too, except tab
/// and line breaks which become spaces; a scalar with no width (`wcwidth` < 0) becomes U+FFFD.
/// Then each grapheme cluster of the result takes the **sum of the widths of its scalars**
/// (`wcwidth`), which is exactly how far `mvwaddnwstr` moves the cursor; clusters of width 0
/// (stray combining marks) are dropped. So 👨‍👩‍👧 is drawn as 👨👩👧 (6 columns), 👍🏽 as 👍
/// (2), é as one column, 漢 as two, and the buffer, ncurses and the terminal agree on
/// every column.
///
/// The scalar width function is injected: production uses the C library's `wcwidth` (in a
/// UTF-8 locale, as ncurses does); tests use ``unicode``, a locale-independent table.
public struct TextWidth: Sendable {
    /// Columns for one scalar; negative for "not printable".
    public let scalarWidth: @Sendable (Unicode.Scalar) -> Int

    public init(scalarWidth: @escaping @Sendable (Unicode.Scalar) -> Int) { self.scalarWidth = scalarWidth }

    /// A deterministic table (East Asian wide/fullwidth and emoji-presentation scalars are 2,
    /// combining and format scalars 0, controls -1, the rest 1) used by tests and as a fallback.
    public static let unicode = TextWidth(scalarWidth: UnicodeWidthTable.width)

    /// Whether a scalar is left out when drawing (see the rule above).
    public static func isDropped(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x1F3FB...0x1F3FF: return true
        case 0x20...0x7E: return false
        default:
            switch s.properties.generalCategory {
            case .format, .control, .surrogate: return true
            default: return false
            }
        }
    }

    /// `text` normalized for display: see the type's documentation.
    public func displayText(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\t" || s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" { out.append(" "); continue }
            if TextWidth.isDropped(s) { continue }
            out.append(scalarWidth(s) < 0 ? "\u{FFFD}" : s)
        }
        return String(out)
    }

    /// Columns of one grapheme cluster of already-normalized text.
    @inline(__always)
    public func width(of cluster: Character) -> Int {
        if let a = cluster.asciiValue { return a >= 0x20 && a < 0x7F ? 1 : 0 }
        var total = 0
        for s in cluster.unicodeScalars { total += max(0, scalarWidth(s)) }
        return total
    }

    /// Columns `text` takes once normalized.
    public func width(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        forEachCluster(text) { _, w in total += w; return true }
        return total
    }

    /// Scalars normalized at a time by ``forEachCluster(_:_:)``.
    static let window = 1024
    /// A cluster longer than this many scalars (only built on purpose, e.g. thousands of
    /// combining marks on one letter) is cut there: the rest has no width and is not drawn.
    static let longestCluster = 4096

    /// Calls `body` with each drawable cluster of `text` and its width (never 0), in order,
    /// until `body` returns false.
    ///
    /// The text is normalized and split a window of scalars at a time (a cluster that may go
    /// on into the next window waits for it), so the work and the memory are those of what
    /// `body` consumed: drawing the first 80 columns of a 1 MB name reads about 80 clusters.
    public func forEachCluster(_ text: String, _ body: (String, Int) -> Bool) {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var pending = ""
        while start < scalars.endIndex {
            let stop = scalars.index(start, offsetBy: TextWidth.window, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let piece = String(scalars[start..<stop])
            start = stop
            let more = start < scalars.endIndex
            if pending.isEmpty, piece.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                // Printable ASCII: one column per byte; the last one waits (a mark may follow).
                var held = ""
                for (i, byte) in piece.utf8.enumerated() {
                    let c = String(UnicodeScalar(byte))
                    if more && i == piece.utf8.count - 1 { held = c; break }
                    if !body(c, 1) { return }
                }
                pending = held
                continue
            }
            pending += displayText(piece)
            var clusters = Array(pending)
            pending = ""
            if more, let last = clusters.last, last.unicodeScalars.count < TextWidth.longestCluster {
                pending = String(clusters.removeLast())
            }
            for c in clusters {
                let w = width(of: c)
                if w == 0 { continue }
                if !body(String(c), w) { return }
            }
        }
        for c in pending {
            let w = width(of: c)
            if w == 0 { continue }
            if !body(String(c), w) { return }
        }
    }

    /// `text` cut to at most `columns`, ending in "…" when something was cut; never splits a
    /// cluster. Returns the text and its width. Reads only as much of `text` as it shows
    /// (plus one cluster), however long `text` is.
    public func truncate(_ text: String, to columns: Int) -> (text: String, width: Int) {
        guard columns > 0 else { return ("", 0) }
        var out = "", used = 0, fits = true
        var cut: (text: String, width: Int)?
        forEachCluster(text) { cluster, w in
            if cut == nil && used + w > columns - 1 { cut = (out, used) }
            if used + w > columns { fits = false; return false }
            out += cluster; used += w
            return true
        }
        if fits { return (displayText(text), used) }
        let head = cut ?? (out, used)
        return (head.text + "…", head.width + 1)
    }
}

/// The locale-independent width table behind ``TextWidth/unicode``.
enum UnicodeWidthTable {
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    @Sendable static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return -1 }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        case .unassigned, .surrogate: return -1
        default: break
        }
        if v < 0x1100 { return 1 }
        var lo = 0, hi = wide.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < wide[mid].lowerBound { hi = mid - 1 } else if v > wide[mid].upperBound { lo = mid + 1 } else { return 2 }
        }
        return 1
    }
}
