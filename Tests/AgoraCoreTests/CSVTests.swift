import Foundation
import AgoraCore
import AgoraTestSupport
import Testing

@Suite("CSV")
struct CSVDocumentTests {
    @Test func readsQuotedFieldsLineBreaksAndABOM() throws {
        let doc = try CSVDocument.parse("\u{FEFF}name,city\r\n\"Dubois, Claire\",\"Bor\"\"deaux\"\r\n\"two\nlines\",x\n\nlast,")
        #expect(doc.records.map(\.values) == [["name", "city"], ["Dubois, Claire", "Bor\"deaux"], ["two\nlines", "x"], ["last", ""]])
        #expect(doc.records.map(\.line) == [1, 2, 3, 6])
        #expect(doc.records[3].fields[1].column == 6)
    }

    @Test func syntaxErrorsSayWhere() {
        #expect(throws: CSVDocument.SyntaxError(line: 2, column: 3, reason: "a quote inside an unquoted field; put the whole field in quotes and double the inner quote (\"\")")) {
            try CSVDocument.parse("a,b\nxy\"z,c")
        }
        #expect(throws: CSVDocument.SyntaxError(line: 1, column: 5, reason: "a quoted field must be followed by a comma or a line break")) {
            try CSVDocument.parse("\"ab\"c,d")
        }
        #expect(throws: CSVDocument.SyntaxError(line: 2, column: 1, reason: "this quoted field is never closed; add the closing quote (\")")) {
            try CSVDocument.parse("a\n\"open\nstill open")
        }
    }

    @Test func writingRoundTripsHostileText() throws {
        let rows = [["a", "b", "c"]] + HostileStrings.all.chunked(3).map(Array.init).filter { $0.count == 3 }
        let back = try CSVDocument.parse(CSVDocument.encode(rows)).records.map(\.values)
        // Line breaks inside a field come back as LF, whatever they were; a BOM is dropped.
        let lf = { (s: String) in s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{FEFF}", with: "") }
        #expect(back == rows.map { $0.map(lf) })
    }
}

extension CSVDocumentTests {
    /// Regression (issue 9): a byte order mark pasted inside a field stayed in the name.
    @Test func aByteOrderMarkIsDroppedWhereverItIs() throws {
        let doc = try CSVDocument.parse("\u{FEFF}name,city\nAna\u{FEFF} Lima,\"\u{FEFF}Bor\u{FEFF}deaux\"\n\u{FEFF}Bo,x")
        #expect(doc.records.map(\.values) == [["name", "city"], ["Ana Lima", "Bordeaux"], ["Bo", "x"]])
        #expect(doc.records[1].fields[1].column == 10)
    }

    /// Regression (issue 9): a file that is not UTF-8 got no line or column.
    @Test func aByteThatIsNotUTF8IsReportedAtItsLineAndColumn() {
        var bytes = Array("name,city\r\n\"Ana\nMaría\",Lyon\r\nJosé,Rabat\n".utf8)
        bytes[bytes.lastIndex(of: 0xC3)!] = 0xE9  // é as Latin-1 on line 4
        #expect(throws: CSVDocument.SyntaxError(line: 4, column: 4, reason: "the byte 0xE9 is not UTF-8 text; save the file as “CSV UTF-8” and try again")) {
            try CSVDocument.parse(utf8: bytes)
        }
        #expect(throws: ImportError(source: "p.csv", line: 4, column: 4, field: nil,
                                    reason: "the byte 0xE9 is not UTF-8 text; save the file as “CSV UTF-8” and try again")) {
            try CSVImport.operation(.participants, csv: bytes, source: "p.csv", into: Fixture.emptySession())
        }
        #expect(throws: CSVDocument.SyntaxError(line: 1, column: 1, reason: "the byte 0xFF is not UTF-8 text; save the file as “CSV UTF-8” and try again")) {
            try CSVDocument.parse(utf8: [0xFF, 0xFE, 0x6E, 0x00])
        }
    }

    /// A large file is read in one linear pass: 10 MB in one field, and many rows.
    @Test func aLargeFieldAndManyRowsReadWhole() throws {
        let big = String(repeating: "é,\"x", count: TestEffort.size(ci: 200_000, local: 1_000_000))
        let quoted = "\"" + big.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let doc = try CSVDocument.parse(utf8: Array("name,city\n\(quoted),Rabat\n".utf8))
        #expect(doc.records[1].values == [big, "Rabat"])
        #expect(doc.records[1].fields[1].column == big.unicodeScalars.count + 2 + 1 + big.filter { $0 == "\"" }.count + 1)
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

@Suite("CSV import")
struct CSVImportTests {
    @Test func importsParticipantsAllOrNothing() throws {
        var s = Fixture.emptySession()
        let op = try CSVImport.operation(.participants, csv: "Name,City,Organization\nAna,Bordeaux,Métropole\n\"Bo\",Lappeenranta,\n",
                                         source: "people.csv", into: s)
        try s.apply(op, at: Fixture.date)
        #expect(s.participants.map(\.name) == ["Ana", "Bo"])
        #expect(s.log.last?.text == "Imported 2 participants from people.csv")
    }

    @Test func aBadRowNamesLineColumnAndFieldAndNothingIsImported() {
        let s = Fixture.emptySession()
        #expect(throws: ImportError(source: "people.csv", line: 3, column: 4, field: "city",
                                    reason: "Bo needs a city. Cities are how groups are mixed")) {
            try CSVImport.operation(.participants, csv: "name,city\nAna,Bordeaux\nBo,\n", source: "people.csv", into: s)
        }
        let e = ImportError(source: "people.csv", line: 3, column: 4, field: "city", reason: "Bo needs a city")
        #expect(e.description == "people.csv:3:4: city: Bo needs a city. Nothing was imported.")
    }

    /// A prepared import is checked by the one apply that makes it: the same row's error, the
    /// session untouched on refusal, one log line on success.
    @Test func aPreparedImportIsCheckedByItsOneApply() throws {
        var s = Fixture.emptySession()
        let bad = try CSVImport.prepare(.participants, csv: Array("name,city\nAna,Bordeaux\nana,bordeaux\n".utf8), source: "p.csv", into: s)
        let before = s
        #expect(throws: ImportError(source: "p.csv", line: 3, column: 1, field: "name", reason: "Ana (Bordeaux) is already participant 1")) {
            try s.apply(bad.operation, at: Fixture.date, batchFailure: bad.failure)
        }
        #expect(s == before)
        let good = try CSVImport.prepare(.participants, csv: Array("name,city\nAna,Bordeaux\nBo,Rabat\n".utf8), source: "p.csv", into: s)
        try s.apply(good.operation, at: Fixture.date, batchFailure: good.failure)
        #expect(s.participants.map(\.name) == ["Ana", "Bo"])
        #expect(s.log.count == before.log.count + 1 && s.log.last?.text == "Imported 2 participants from p.csv")
    }

    @Test func duplicatesInsideTheFileAreCaught() {
        let s = Fixture.emptySession()
        #expect(throws: ImportError(source: "p.csv", line: 3, column: 1, field: "name", reason: "Ana (Bordeaux) is already participant 1")) {
            try CSVImport.operation(.participants, csv: "name,city\nAna,Bordeaux\nana,bordeaux\n", source: "p.csv", into: s)
        }
    }

    @Test func headerProblems() throws {
        var s = Fixture.emptySession()
        // A column no import has is ignored, and the summary says so.
        let op = try CSVImport.operation(.topics, csv: "title,votes\nX,3\n", source: "t.csv", into: s)
        try s.apply(op, at: Fixture.date)
        #expect(s.log.last?.text == "Imported 1 topic from t.csv (ignored the column “votes”)")
        #expect(throws: ImportError(source: "v.csv", line: 1, column: nil, field: nil,
                                    reason: "the header has no “dots” column; map one with --map dots=HEADER (votes files have the columns participant,topic,dots)")) {
            try CSVImport.operation(.votes, csv: "participant,topic\n", source: "v.csv", into: s)
        }
        #expect(throws: ImportError(source: "v.csv", line: 1, column: nil, field: nil,
                                    reason: "the header has no “dots” column; did you mean “dot”? Map it with --map dots=\"dot\" (votes files have the columns participant,topic,dots)")) {
            try CSVImport.operation(.votes, csv: "participant,topic,dot\n", source: "v.csv", into: s)
        }
        #expect(throws: ImportError(source: "t.csv", line: 1, column: 7, field: nil, reason: "the column “Title” appears twice")) {
            try CSVImport.operation(.topics, csv: "title,Title\nX,Y\n", source: "t.csv", into: s)
        }
        #expect(throws: ImportError(source: "e.csv", line: 1, column: nil, field: nil,
                                    reason: "the file is empty; expected a header row: name,city,organization,role,email")) {
            try CSVImport.operation(.participants, csv: "", source: "e.csv", into: s)
        }
    }

    @Test func votesResolveNamesAndRespectTheBudget() throws {
        var s = Fixture.session()
        let op = try CSVImport.operation(.votes, csv: "participant,topic,dots\nAna,data,2\nbo,Green,3\n", source: "v.csv", into: s)
        try s.apply(op, at: Fixture.date)
        #expect(s.ballot(of: ParticipantID(1))?.dots == [DotMark(topic: TopicID(1), count: 2)])
        #expect(throws: ImportError(source: "v.csv", line: 3, column: 11, field: "dots",
                                    reason: "Ana has 1 of 5 dots left; cannot place 2")) {
            try CSVImport.operation(.votes, csv: "participant,topic,dots\nAna,talent,2\nAna,Green,2\n", source: "v.csv", into: s)
        }
        #expect(throws: ImportError(source: "v.csv", line: 2, column: 5, field: "topic",
                                    reason: "No topic is called “Cooking”. Use the number shown by `agora show`, or the start of the name")) {
            try CSVImport.operation(.votes, csv: "participant,topic,dots\nAna,Cooking,1\n", source: "v.csv", into: s)
        }
    }

    /// Regression (issue 9): a 4-dot row under a cap of 3 said "Ana already has 0 of at most 3 dots".
    @Test func aRowOverTheCapSaysWhatWasAsked() {
        #expect(throws: ImportError(source: "v.csv", line: 2, column: 10, field: "dots",
                                    reason: "Ana cannot place 4 dots on “Data mining for SMEs”; at most 3 per topic. Place the rest on other topics")) {
            try CSVImport.operation(.votes, csv: "participant,topic,dots\nAna,data,4\n", source: "v.csv", into: Fixture.session())
        }
    }

    /// Votes of thousands of people, named by the start of their names, resolve through one
    /// index built for the file; an ambiguous start is still refused with its row.
    @Test func manyVoteRowsResolveThroughOneIndex() throws {
        let people = TestEffort.size(ci: 1000, local: 5000)
        var s = Fixture.session()
        let first = s.nextIDs.participant
        var names = "name,city\n"
        for i in 1...people { names += "Zoë Person \(i)x,Rabat\n" }
        try s.apply(CSVImport.operation(.participants, csv: names, source: "p.csv", into: s), at: Fixture.date)
        let topic = try #require(s.activeTopics.first)
        let voters = s.ballots.count
        var votes = "participant,topic,dots\n"
        for i in 1...people { votes += "zoe person \(i)x,\(topic.id),1\n" }
        try s.apply(CSVImport.operation(.votes, csv: votes, source: "v.csv", into: s), at: Fixture.date)
        #expect(s.ballots.count == voters + people)
        #expect(s.ballots.suffix(people).allSatisfy { $0.dots == [DotMark(topic: topic.id, count: 1)] })
        #expect(throws: ImportError(source: "v.csv", line: 2, column: 1, field: "participant",
                                    reason: "“Zoë Person 1” matches \(people == 5000 ? 1111 : 112) participants: \(first) Zoë Person 1x, \(first + 9) Zoë Person 10x, \(first + 10) Zoë Person 11x, \(first + 11) Zoë Person 12x, \(first + 12) Zoë Person 13x, …. Type more letters or use the number")) {
            try CSVImport.operation(.votes, csv: "participant,topic,dots\nZoë Person 1,\(topic.id),1\n", source: "v.csv", into: s)
        }
    }

    /// Many rows import in one batch with every rule checked, the one on twins among them.
    @Test func manyRowsImportAndATwinFarDownIsCaught() throws {
        let count = TestEffort.size(ci: 3_000, local: 20_000)
        var csv = "name,city\n"
        for i in 1...count { csv += "Person \(i),City \(i % 50)\n" }
        var s = Fixture.emptySession()
        try s.apply(CSVImport.operation(.participants, csv: csv, source: "p.csv", into: s), at: Fixture.date)
        #expect(s.participants.count == count)
        #expect(s.participants.last?.name == "Person \(count)")
        #expect(throws: ImportError(source: "p.csv", line: count + 2, column: 1, field: "name",
                                    reason: "Person 7 (City 7) is already participant 7")) {
            try CSVImport.operation(.participants, csv: csv + "person 7,CITY 7\n", source: "p.csv", into: Fixture.emptySession())
        }
    }
}

@Suite("Activities typed as text")
struct ActivityTextTests {
    @Test func cadencesAndKinds() {
        let a = ActivityText.parse("Online exchanges every four months on the tools developed")
        #expect(a.cadence == Cadence(every: 4, unit: .month))
        #expect(a.kind == .exchange)
        #expect(ActivityText.parse("Quarterly mentoring workshop").cadence == Cadence(every: 3, unit: .month))
        #expect(ActivityText.parse("Forum in the fall of 2014").cadence == nil)
        #expect(ActivityText.parse("Forum in the fall of 2014").kind == .event)
        #expect(ActivityText.parse("Online compendium of good practices").kind == .publication)
        #expect(Cadence(every: 4, unit: .month).description == "every 4 months")
    }
}
