@testable import AgoraTUI
import Foundation
import Testing

@Suite struct ThemeTests {
    @Test func embeddedThemesEqualTheFilesByteForByte() throws {
        let folder = TUIFixtures.packageRoot.appendingPathComponent("Themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files == ["default.json", "high-contrast.json", "light.json", "mono.json"])
        for file in files {
            let name = String(file.dropLast(5))
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(file))
            let embedded = try #require(BuiltinThemes.files[name], "\(name) is not embedded: run sh Themes/embed.sh")
            #expect(Data(embedded.utf8) == onDisk, "\(file) differs from its embedded copy: run sh Themes/embed.sh")
            let theme = try ThemeParser.parse(onDisk, file: file)
            #expect(Set(theme.styles.keys) == Set(StyleRole.allCases), "\(file) must style every role")
        }
    }

    @Test func selectionNeverReliesOnColourAlone() {
        for (name, text) in BuiltinThemes.files {
            let theme = try! ThemeParser.parse(Data(text.utf8), file: name).resolved(for: .none)
            #expect(!theme.style(.selected).attributes.isEmpty, "\(name): selected has no attribute without colour")
        }
    }

    @Test func malformedThemeNamesFileKeyAndProblem() {
        let json = #"{"name": "x", "roles": {"selected": {"fg": "purpel"}}}"#
        #expect(throws: ThemeProblem(file: "/home/a/.config/agora/themes/x.json", key: "roles.selected.fg",
                                     problem: "'purpel' is not a colour name or 0–255")) {
            try ThemeParser.parse(Data(json.utf8), file: "/home/a/.config/agora/themes/x.json")
        }
        let problem = ThemeProblem(file: "/t/x.json", key: "roles.selected.fg", problem: "'purpel' is not a colour name or 0–255")
        #expect(problem.description == "/t/x.json: roles.selected.fg: 'purpel' is not a colour name or 0–255")
        #expect(throws: ThemeProblem.self) { try ThemeParser.parse(Data(#"{"roles": {"nope": {}}}"#.utf8), file: "f") }
        #expect(throws: ThemeProblem.self) { try ThemeParser.parse(Data(#"{"roles": {"normal": {"fg": 300}}}"#.utf8), file: "f") }
        #expect(throws: ThemeProblem.self) { try ThemeParser.parse(Data("{oops".utf8), file: "f") }
    }

    @Test func userThemesComeFromXDGConfigHomeAndFallBackToDefault() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("agora-theme-\(UUID().uuidString)")
        let themes = dir.appendingPathComponent("agora/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"name": "mine", "roles": {"selected": {"fg": "red", "bg": 17, "attributes": ["bold"]}}}"#.utf8)
            .write(to: themes.appendingPathComponent("mine.json"))
        try Data(#"{"roles": {"selected": {"fg": "purpel"}}}"#.utf8).write(to: themes.appendingPathComponent("bad.json"))
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": dir.path, "HOME": "/nonexistent"])
        let mine = catalog.load("mine")
        #expect(mine.warning == nil)
        #expect(mine.theme.style(.selected) == RoleStyle(foreground: .index(1), background: .index(17), attributes: [.bold]))
        let bad = catalog.load("bad")
        #expect(bad.theme == ThemeCatalog.defaultTheme)
        #expect(bad.warning == "\(themes.path)/bad.json: roles.selected.fg: 'purpel' is not a colour name or 0–255; using the default theme")
        #expect(catalog.load("light").theme.name == "light")
        #expect(catalog.load("nosuch").warning?.contains("no theme named 'nosuch'") == true)
        #expect(ThemeCatalog(environment: ["HOME": "/h"]).userFolder == "/h/.config/agora/themes")
    }

    @Test func coloursReduceForSmallerTerminalsAndNoColor() {
        #expect(ThemeColor.index(196).reduced(to: .eight) == .index(1))
        #expect(ThemeColor.index(12).reduced(to: .eight) == .index(4))
        #expect(ThemeColor.index(236).reduced(to: .sixteen) == .index(0))
        #expect(ThemeColor.index(3).reduced(to: .none) == .terminalDefault)
        #expect(ColorDepth.forTerminal(colors: 256, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorDepth.forTerminal(colors: 8, environment: [:]) == .eight)
        #expect(ColorDepth.forTerminal(colors: 0, environment: [:]) == .none)
        #expect(ColorDepth.forTerminal(colors: 256, environment: ["NO_COLOR": ""]) == .full)
    }
}
