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
        // Line breaks inside a field come back as LF, whatever they were.
        let lf = { (s: String) in s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        #expect(back == rows.map { $0.map(lf) })
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

    @Test func duplicatesInsideTheFileAreCaught() {
        let s = Fixture.emptySession()
        #expect(throws: ImportError(source: "p.csv", line: 3, column: 1, field: "name", reason: "Ana (Bordeaux) is already participant 1")) {
            try CSVImport.operation(.participants, csv: "name,city\nAna,Bordeaux\nana,bordeaux\n", source: "p.csv", into: s)
        }
    }

    @Test func headerProblems() {
        let s = Fixture.emptySession()
        #expect(throws: ImportError(source: "t.csv", line: 1, column: 7, field: nil,
                                    reason: "unknown column “votes”; topics files have the columns title,proposer,description")) {
            try CSVImport.operation(.topics, csv: "title,votes\nX,3\n", source: "t.csv", into: s)
        }
        #expect(throws: ImportError(source: "v.csv", line: 1, column: nil, field: nil,
                                    reason: "the header has no “dots” column; expected participant,topic,dots")) {
            try CSVImport.operation(.votes, csv: "participant,topic\n", source: "v.csv", into: s)
        }
        #expect(throws: ImportError(source: "e.csv", line: 1, column: nil, field: nil,
                                    reason: "the file is empty; expected a header row: name,city,organization,role")) {
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
