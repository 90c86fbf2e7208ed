import AgoraCore
import Testing

/// Vague times in an activity's words become date ranges, never an invented day.
@Suite("Vague times")
struct VagueTimeTests {
    static let meeting = CalendarDate("2014-05-20")!

    /// Phrase, the words found, first and last day (northern hemisphere, meeting on 2014-05-20).
    static let ranges: [(String, String, String, String)] = [
        // English
        ("Compendium in the fall of 2014", "fall of 2014", "2014-09-01", "2014-11-30"),
        ("Study visit, autumn 2014", "autumn 2014", "2014-09-01", "2014-11-30"),
        ("Forum in spring 2015", "spring 2015", "2015-03-01", "2015-05-31"),
        ("Summer school summer 2015", "summer 2015", "2015-06-01", "2015-08-31"),
        ("Winter 2014 webinar", "Winter 2014", "2014-12-01", "2015-02-28"),
        ("Winter 2015 webinar", "Winter 2015", "2015-12-01", "2016-02-29"),
        ("Study visits in the next 18 months", "in the next 18 months", "2014-05-20", "2015-11-20"),
        ("Exchanges within the next two years", "within the next two years", "2014-05-20", "2016-05-20"),
        ("Pilot within 6 weeks", "within 6 weeks", "2014-05-20", "2014-07-01"),
        ("Guide early 2015", "early 2015", "2015-01-01", "2015-04-30"),
        ("Guide mid-2015", "mid-2015", "2015-05-01", "2015-08-31"),
        ("Guide late 2015", "late 2015", "2015-09-01", "2015-12-31"),
        ("Report by the end of 2014", "by the end of 2014", "2014-05-20", "2014-12-31"),
        ("Report by the end of 2013", "by the end of 2013", "2013-01-01", "2013-12-31"),
        ("Report by the end of 2015", "by the end of 2015", "2014-05-20", "2015-12-31"),
        ("Business encounter Q3 2015", "Q3 2015", "2015-07-01", "2015-09-30"),
        ("Survey in the third quarter of 2015", "third quarter of 2015", "2015-07-01", "2015-09-30"),
        ("Handbook H2 2015", "H2 2015", "2015-07-01", "2015-12-31"),
        ("Fair in March 2015", "March 2015", "2015-03-01", "2015-03-31"),
        ("Conference in 2016", "in 2016", "2016-01-01", "2016-12-31"),
        // French
        ("Recueil à l'automne 2014", "automne 2014", "2014-09-01", "2014-11-30"),
        ("Rencontre au printemps 2015", "printemps 2015", "2015-03-01", "2015-05-31"),
        ("Visites d'étude dans les 18 prochains mois", "dans les 18 prochains mois", "2014-05-20", "2015-11-20"),
        ("Ateliers dans les douze mois à venir", "dans les douze mois à venir", "2014-05-20", "2015-05-20"),
        ("Rapport d'ici la fin de 2014", "d'ici la fin de 2014", "2014-05-20", "2014-12-31"),
        ("Guide début 2015", "début 2015", "2015-01-01", "2015-04-30"),
        ("Guide fin 2015", "fin 2015", "2015-09-01", "2015-12-31"),
        ("Enquête au 3e trimestre 2015", "3e trimestre 2015", "2015-07-01", "2015-09-30"),
        ("Étude T2 2015", "T2 2015", "2015-04-01", "2015-06-30"),
        ("Salon en juin 2015", "juin 2015", "2015-06-01", "2015-06-30"),
        // Spanish
        ("Compendio en otoño de 2014", "otoño de 2014", "2014-09-01", "2014-11-30"),
        ("Encuentro en verano de 2015", "verano de 2015", "2015-06-01", "2015-08-31"),
        ("Visitas en los próximos 18 meses", "en los próximos 18 meses", "2014-05-20", "2015-11-20"),
        ("Informe antes de finales de 2014", "antes de finales de 2014", "2014-05-20", "2014-12-31"),
        ("Guía a principios de 2015", "principios de 2015", "2015-01-01", "2015-04-30"),
        ("Guía a mediados de 2015", "mediados de 2015", "2015-05-01", "2015-08-31"),
        ("Taller en el tercer trimestre de 2015", "tercer trimestre de 2015", "2015-07-01", "2015-09-30"),
        ("Feria en marzo de 2015", "marzo de 2015", "2015-03-01", "2015-03-31"),
    ]

    @Test(arguments: ranges)
    func aVagueTimeIsARangeWithItsWords(_ phrase: String, _ words: String, _ first: String, _ last: String) throws {
        let time = try #require(VagueTime.find(in: phrase, meetingDate: Self.meeting), "“\(phrase)” has no vague time")
        #expect(time.words == words)
        #expect(time.range == CalendarDate(first)!...CalendarDate(last)!)
        let activity = ActivityText.parse(phrase, meetingDate: Self.meeting)
        #expect(activity.text == phrase)
        #expect(activity.due == CalendarDate(first) && activity.end == CalendarDate(last))
        #expect(activity.window == CalendarDate(first)!...CalendarDate(last)!)
    }

    /// Words that look like times but are not a range: a name, a cadence, a day, a season
    /// without a year, a number of months without "next".
    static let notRanges = [
        "Agenda 2030 workshop", "Forum 2015", "Expo 2015 delegation", "Online exchange every four months",
        "Summer school on mobility", "The spring meeting", "Fall prevention for the elderly", "18 months of data",
        "Q3 report", "Conference on 15 March 2015", "tous les deux mois", "cada cuatro meses", "Next steps",
        "Winter 12", "In 1850 the city was founded", "Q5 2015", "Mid-term review", "the next 400 months",
        "Exchange twice a year", "Visit in year 2015", "Report 2014-09-30",
    ]

    @Test(arguments: notRanges)
    func wordsThatAreNotARange(_ phrase: String) {
        #expect(VagueTime.find(in: phrase, meetingDate: Self.meeting) == nil)
        let activity = ActivityText.parse(phrase, meetingDate: Self.meeting)
        #expect(activity.due == nil && activity.end == nil && activity.window == nil)
    }

    @Test func relativeTimesNeedTheMeetingsDate() {
        #expect(VagueTime.find(in: "Visits in the next 18 months", meetingDate: nil) == nil)
        #expect(VagueTime.find(in: "Visits in the fall of 2014", meetingDate: nil)?.words == "fall of 2014")
    }

    /// At the end of the calendar a relative time has no range rather than one that runs backwards.
    @Test func theEndOfTheCalendarGivesNoRange() {
        #expect(VagueTime.find(in: "Visits in the next 2 months", meetingDate: CalendarDate("9999-12-15")) == nil)
        #expect(VagueTime.find(in: "Visits within 3 weeks", meetingDate: CalendarDate("9999-12-20")) == nil)
        #expect(VagueTime.find(in: "Visits within 1 week", meetingDate: CalendarDate("9999-12-20"))?.range.upperBound == CalendarDate("9999-12-27"))
    }

    @Test func southernSeasonsAreSixMonthsApart() throws {
        let fall = try #require(VagueTime.find(in: "Encuentro en otoño de 2014", meetingDate: Self.meeting, hemisphere: .southern))
        #expect(fall.range == CalendarDate("2014-03-01")!...CalendarDate("2014-05-31")!)
        let summer = try #require(VagueTime.find(in: "Summer 2014 forum", meetingDate: Self.meeting, hemisphere: .southern))
        #expect(summer.range == CalendarDate("2014-12-01")!...CalendarDate("2015-02-28")!)
        #expect(Hemisphere(timeZone: "America/Argentina/Buenos_Aires") == .southern)
        #expect(Hemisphere(timeZone: "Australia/Sydney") == .southern)
        #expect(Hemisphere(timeZone: "Africa/Johannesburg") == .southern)
        #expect(Hemisphere(timeZone: "Europe/Paris") == .northern)
        #expect(Hemisphere(timeZone: "America/Bogota") == .northern)
        #expect(Hemisphere(timeZone: nil) == .northern)
    }

    @Test func aSessionReadsItsActivitiesWithItsDateAndHemisphere() {
        var s = DemoSession.make()
        s.timeZone = "America/Santiago"
        let activity = ActivityText.parse("Forum in the next 6 months and a visit", in: s)
        #expect(activity.due == s.meeting.date && activity.end == CalendarDate("2013-11-20"))
        #expect(ActivityText.parse("Encuentro en otoño de 2014", in: s).due == CalendarDate("2014-03-01"))
    }

    /// A repeating activity with a vague time starts and ends with it; a range is not its window.
    @Test func aRepeatingActivityRunsThroughTheRange() {
        let a = ActivityText.parse("Online exchange every four months in the next 18 months", meetingDate: Self.meeting)
        #expect(a.cadence == Cadence(every: 4, unit: .month))
        #expect(a.due == Self.meeting && a.end == CalendarDate("2015-11-20") && a.window == nil)
    }

    /// "From" a vague time is a start with no end: « deux fois par an à partir du printemps
    /// 2027 » repeated from March 2027 on (it ran only until the end of May 2027). Without
    /// "from", the time is still the repeat's window.
    @Test(arguments: [
        ("rencontre à Cracovie deux fois par an à partir du printemps 2027", "2027-03-01"),
        ("online exchange every 4 months from spring 2027", "2027-03-01"),
        ("intercambio cada 4 meses desde la primavera de 2027", "2027-03-01"),
        ("forum starting in fall 2014", "2014-09-01"),
        ("visits from the fall of 2014", "2014-09-01"),
        ("échange mensuel dès l'automne 2014", "2014-09-01"),
    ])
    func fromATimeOnHasNoEnd(phrase: String, due: String) {
        let a = ActivityText.parse(phrase, meetingDate: Self.meeting)
        #expect(a.due == CalendarDate(due), "\(phrase)")
        #expect(a.end == nil, "\(phrase)")
        let within = ActivityText.parse("rencontre deux fois par an au printemps 2027", meetingDate: Self.meeting)
        #expect(within.due == CalendarDate("2027-03-01") && within.end == CalendarDate("2027-05-31"))
    }

    @Test func exportsShowTheWordsAndTheRange() {
        let a = ActivityText.parse("Compendium in the fall of 2014", meetingDate: Self.meeting)
        #expect(ProjectRecord.line(a) == "Compendium in the fall of 2014 (between 2014-09-01 and 2014-11-30)")
        #expect(ProjectRecord.day(a) == "2014-09-01 to 2014-11-30")
        #expect(ActivityOccurrences.next(a, from: CalendarDate("2014-05-20")!) == CalendarDate("2014-09-01"))
        #expect(ActivityOccurrences.next(a, from: CalendarDate("2014-10-02")!) == CalendarDate("2014-10-02"))
        #expect(ActivityOccurrences.next(a, from: CalendarDate("2014-12-01")!) == nil)
    }
}
