import CQREncode

/// A QR code made by libqrencode, as a square of modules, and drawn for a terminal.
public struct QRCode: Equatable, Sendable {
    /// Rows of modules; true is dark.
    public let modules: [[Bool]]
    public var size: Int { modules.count }

    /// Encodes `text` as bytes (8-bit mode) at error-correction level M, in the smallest version that holds it.
    /// - Throws: ``ServeError`` when libqrencode cannot (text too long for any version).
    public init(_ text: String) throws {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else {
            throw ServeError("Cannot make a QR code of \(text.utf8.count) bytes")
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        modules = (0..<width).map { y in (0..<width).map { x in data[y * width + x] & 1 == 1 } }
    }

    /// The code with `quietZone` light modules around it, two module rows per text line with
    /// the half-block characters ▀ ▄ █. Light modules are drawn (the terminal's text colour on
    /// its dark background), so a projected terminal shows dark modules on light.
    public func halfBlocks(quietZone: Int = 4) -> [String] {
        let padded = paddedRows(quietZone)
        var lines: [String] = []
        for top in stride(from: 0, to: padded.count, by: 2) {
            let upper = padded[top], lower = top + 1 < padded.count ? padded[top + 1] : [Bool](repeating: false, count: upper.count)
            var line = ""
            for x in upper.indices {
                switch (!upper[x], !lower[x]) {
                case (true, true): line += "█"
                case (true, false): line += "▀"
                case (false, true): line += "▄"
                case (false, false): line += " "
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Two terminal cells per module and one text line per module row: twice the size of
    /// ``halfBlocks(quietZone:)``, for the projector when the terminal is large enough.
    public func fullBlocks(quietZone: Int = 4) -> [String] {
        paddedRows(quietZone).map { row in row.map { $0 ? "  " : "██" }.joined() }
    }

    /// Rows with the quiet zone; true is dark.
    private func paddedRows(_ quietZone: Int) -> [[Bool]] {
        let side = size + 2 * quietZone
        let blank = [Bool](repeating: false, count: side)
        let margin = [Bool](repeating: false, count: quietZone)
        return Array(repeating: blank, count: quietZone) + modules.map { margin + $0 + margin }
            + Array(repeating: blank, count: quietZone)
    }
}
