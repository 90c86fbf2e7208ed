import AgoraCore
import AgoraTestSupport
import Foundation
import Testing

/// Registration lists import as they are exported (issue 13 item 6): the delimiter is
/// detected, the usual headers are recognised, other columns are ignored and named, and
/// `--map` maps any other list. The samples are written here with the column names
/// Eventbrite's attendee report and pretix's order export use.
@Suite("CSV registration lists")
struct CSVRegistrationTests {
    /// Eventbrite's attendee summary report: comma-separated.
    static let eventbrite = """
        Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Job Title,Company,Home City,Attendee Status
        1234567890,2014-09-02 10:15:00-04:00,Ana,Lima,ana.lima@example.org,1,General Admission,987654321,Urban planner,Métropole,Bordeaux,Attending
        1234567891,2014-09-02 11:00:00-04:00,Li,Wei,,1,General Admission,987654322,,Guangzhou Tech Park,Guangzhou,Attending

        """

    /// pretix's order data export as a spreadsheet in a locale with decimal commas: semicolons.
    static let pretix = """
        Order code;Attendee name;Attendee name: Title;Attendee name: Given name;Attendee name: Family name;Product;Price;E-mail;Company;City;Country
        ABC12;Claire Dubois;;Claire;Dubois;Workshop ticket;0,00;claire@bordeaux.example;Bordeaux Métropole;Bordeaux;FR
        XYZ34;"Mäkinen, Aino";;Aino;Mäkinen;Workshop ticket;0,00;aino@lut.example;LUT;Lappeenranta;FI

        """

    @Test func anEventbriteListImportsWithNamesJoinedAndOtherColumnsNamed() throws {
        var s = Fixture.emptySession()
        try s.apply(try CSVImport.operation(.participants, csv: Self.eventbrite, source: "attendees.csv", into: s), at: Fixture.date)
        #expect(s.participants.map(\.name) == ["Ana Lima", "Li Wei"])
        #expect(s.participants.map(\.city) == ["Bordeaux", "Guangzhou"])
        #expect(s.participants.map(\.organization) == ["Métropole", "Guangzhou Tech Park"])
        #expect(s.participants.map(\.role) == ["Urban planner", ""])
        #expect(s.participants.map(\.email) == ["ana.lima@example.org", nil])
        #expect(s.log.last?.text == "Imported 2 participants from attendees.csv (ignored the columns “Order #”, “Order Date”, “Quantity”, “Ticket Type”, “Attendee #”, “Attendee Status”)")
    }

    @Test func aPretixListWithSemicolonsImports() throws {
        var s = Fixture.emptySession()
        try s.apply(try CSVImport.operation(.participants, csv: Self.pretix, source: "orders.csv", into: s), at: Fixture.date)
        // "Attendee name" is preferred to its given and family parts, which are then ignored.
        #expect(s.participants.map(\.name) == ["Claire Dubois", "Mäkinen, Aino"])
        #expect(s.participants.map(\.city) == ["Bordeaux", "Lappeenranta"])
        #expect(s.participants.map(\.email) == ["claire@bordeaux.example", "aino@lut.example"])
        #expect(s.log.last?.text.hasSuffix("(ignored the columns “Order code”, “Attendee name: Title”, “Attendee name: Given name”, “Attendee name: Family name”, “Product”, “Price”, “Country”)") == true)
    }

    @Test func tabsAreDetectedAndSyntaxErrorsNameTheDelimiter() throws {
        var s = Fixture.emptySession()
        try s.apply(try CSVImport.operation(.participants, csv: "name\tcity\nAna, Lima\tBordeaux\n", source: "p.tsv", into: s), at: Fixture.date)
        #expect(s.participants.map(\.name) == ["Ana, Lima"])
        #expect(CSVDocument.Delimiter.detect(in: Array("a;b,c;d\n1,2,3,4,5".utf8)) == .semicolon)
        #expect(CSVDocument.Delimiter.detect(in: Array("\"a;b;c\",d\n".utf8)) == .comma)
        #expect(CSVDocument.Delimiter.detect(in: Array("name\n".utf8)) == .comma)
        #expect(throws: ImportError(source: "p.csv", line: 2, column: 6, field: nil,
                                    reason: "a quoted field must be followed by a semicolon or a line break")) {
            try CSVImport.operation(.participants, csv: "name;city\n\"Ana\"x;B\n", source: "p.csv", into: s)
        }
    }

    @Test func mapTakesAnyListAndJoinsHeaders() throws {
        var s = Fixture.emptySession()
        let csv = "Vorname,Nachname,Ort,Mail\nJonas,Weber,Köln,jonas@example.de\n"
        let map = try ImportColumnMap.parse(["name=\"Vorname+Nachname\",city=Ort", "email=Mail"], for: .participants)
        #expect(map.entries == [.init(column: "name", headers: ["Vorname", "Nachname"]),
                                .init(column: "city", headers: ["Ort"]), .init(column: "email", headers: ["Mail"])])
        try s.apply(try CSVImport.operation(.participants, csv: csv, source: "liste.csv", map: map, into: s), at: Fixture.date)
        #expect(s.participants.map(\.name) == ["Jonas Weber"])
        #expect(s.participants.map(\.city) == ["Köln"])
        #expect(s.participants.map(\.email) == ["jonas@example.de"])
        #expect(s.log.last?.text == "Imported 1 participant from liste.csv")
        // A header with a comma, quoted.
        let quoted = try ImportColumnMap.parse(["city=\"Town, region\""], for: .participants)
        #expect(quoted.entries == [.init(column: "city", headers: ["Town, region"])])
    }

    @Test func mapMistakesSayWhatToWrite() {
        let s = Fixture.emptySession()
        #expect(throws: AgoraError(.invalid, "--map: participants have no column “nmae”; did you mean “name”?",
                                   hint: "The columns are name, city, organization, role, email")) {
            try ImportColumnMap.parse(["nmae=Name"], for: .participants)
        }
        #expect(throws: AgoraError(.invalid, "--map “First Name” is not column=Header",
                                   hint: "For example --map name=\"First Name+Last Name\",city=Town")) {
            try ImportColumnMap.parse(["First Name"], for: .participants)
        }
        #expect(throws: AgoraError(.invalid, "--map: the column “city” is mapped twice", hint: "Map each column once")) {
            try ImportColumnMap.parse(["city=Town,city=Ort"], for: .participants)
        }
        #expect(throws: ImportError(source: "l.csv", line: 1, column: nil, field: nil,
                                    reason: "--map name: the header has no column “Frist Name”; did you mean “First Name” (column 1)?")) {
            try CSVImport.operation(.participants, csv: "First Name,Last Name,Town\nA,B,C\n", source: "l.csv",
                                    map: try ImportColumnMap.parse(["name=Frist Name+Last Name", "city=Town"], for: .participants), into: s)
        }
    }

    @Test func aBadEmailNamesItsCellAndNothingIsImported() {
        let s = Fixture.emptySession()
        #expect(throws: ImportError(source: "a.csv", line: 3, column: 17, field: "email",
                                    reason: "Bo's e-mail: “bo at example” is not an e-mail address (name@example.org). Correct it, or leave it blank")) {
            try CSVImport.operation(.participants, csv: "name,city,email\nAna,Bordeaux,ana@example.org\nBo,Lappeenranta,bo at example\n",
                                    source: "a.csv", into: s)
        }
        #expect(s.participants.isEmpty)
    }

    @Test func editingKeepsOrClearsTheEmail() throws {
        var s = Fixture.emptySession()
        try s.apply(.people(.add(ParticipantFields(name: "Ana", city: "Bordeaux", email: "ana@example.org"))), at: Fixture.date)
        let id = s.participants[0].id
        try s.apply(.people(.edit(id, ParticipantFields(name: "Ana L.", city: "Bordeaux"))), at: Fixture.date)
        #expect(s.participants[0].email == "ana@example.org")
        try s.apply(.people(.edit(id, ParticipantFields(name: "Ana L.", city: "Bordeaux", email: ""))), at: Fixture.date)
        #expect(s.participants[0].email == nil)
    }
}
