@testable import AgoraTUI
import Testing

@Suite struct BufferTests {
    @Test func writesAndClipsText() {
        var b = Buffer(size: Size(width: 10, height: 2))
        b.write("Hello, world", x: 0, y: 0, role: .normal)
        b.write("abc", x: 8, y: 1, role: .normal)
        #expect(b.lines == ["Hello, wor", "        ab"])
    }

    @Test func wideCharacterNeverSplitAtTheEdge() {
        var b = Buffer(size: Size(width: 5, height: 1))
        b.write("ab北京", x: 0, y: 0, role: .normal)
        #expect(b.lines == ["ab北"])
        #expect(b[4, 0].text == " " && b[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.write("北京", x: 0, y: 0, role: .normal)
        b.write("x", x: 1, y: 0, role: .normal)       // the right half of 北
        #expect(b.lines == [" x京"])
        b.write("y", x: 2, y: 0, role: .normal)       // the left half of 京
        #expect(b.lines == [" xy"])
        #expect(!b[3, 0].isContinuation)
    }

    @Test func truncatedWriteWithAlignment() {
        var b = Buffer(size: Size(width: 12, height: 3))
        b.write("Data mining for SMEs", in: Rect(x: 0, y: 0, width: 12, height: 1), role: .normal)
        b.write("42", in: Rect(x: 0, y: 1, width: 12, height: 1), role: .normal, alignment: .trailing)
        b.write("mid", in: Rect(x: 0, y: 2, width: 12, height: 1), role: .normal, alignment: .center)
        #expect(b.lines == ["Data mining…", "          42", "    mid"])
    }

    @Test func boxWithTitle() {
        var b = Buffer(size: Size(width: 12, height: 3))
        b.box(b.area, title: "Topics")
        #expect(b.lines == ["┌─ Topics ─┐", "│          │", "└──────────┘"])
    }

    @Test func changedCellsCountsDifferences() {
        var a = Buffer(size: Size(width: 4, height: 1))
        let before = a
        a.write("ab", x: 0, y: 0, role: .normal)
        #expect(a.changedCells(since: before) == 2)
        #expect(a.changedCells(since: nil) == 4)
    }
}
