/// The projector's join view: the phones' join address as a QR code as large as the wall
/// allows, with the URL under it, so the room scans it from their seats, and the short join
/// code with where to type it, for a phone that cannot scan.
///
/// At 80×24 the code is drawn in half blocks (two module rows per line) and the meeting's
/// banner gives way when the code needs the rows; on a large terminal, two cells per module.
/// Drawn cells are light (the terminal's text colour): a projected code reads dark on light.
enum ProjectorJoinView {
    /// The join view's words in the language people read now.
    static let words = ProjectorText.table
    static func render(_ invitation: JoinInvitation?, meetingTitle: String, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, role: .normal)
        guard !area.isEmpty else { return }
        guard let invitation else {
            let box = area.centered(Size(width: area.width, height: 2))
            buffer.write(words("projector.join.notServing"), in: box.row(0), role: .title, alignment: .center)
            buffer.write(words("projector.join.howToServe", ["serve": ":serve"]), in: box.row(1), role: .hint, alignment: .center)
            return
        }
        let under = [words("projector.join.url", ["url": invitation.url]),
                     words("projector.join.code", ["code": invitation.code, "url": invitation.codeURL])]
        let fits = { (lines: [String]) in (lines.first?.count ?? 0) <= area.width && lines.count + under.count <= area.height }
        let qr = fits(invitation.largeQRLines) && invitation.largeQRLines.count + under.count + 2 <= area.height
            ? invitation.largeQRLines : invitation.qrLines
        guard fits(qr) else {
            // Too small for a code a phone can read: the address in words.
            let box = area.centered(Size(width: area.width, height: 3))
            buffer.write(words("projector.join.phonesJoinAt"), in: box.row(0), role: .title, alignment: .center)
            buffer.write(invitation.url, in: box.row(1), role: .title, alignment: .center)
            buffer.write(words("projector.join.enlarge"), in: box.row(2), role: .hint, alignment: .center)
            return
        }
        var body = area
        if qr.count + under.count + 1 <= area.height {
            buffer.write(words("projector.join.banner", ["title": meetingTitle]), in: area.row(0), role: .tabActive, alignment: .center)
            body = area.droppingTop(1)
        }
        let block = body.centered(Size(width: body.width, height: qr.count + under.count))
        for (i, line) in qr.enumerated() { buffer.write(line, in: block.row(i), role: .normal, alignment: .center) }
        for (i, line) in under.enumerated() { buffer.write(line, in: block.row(qr.count + i), role: .title, alignment: .center) }
    }
}
