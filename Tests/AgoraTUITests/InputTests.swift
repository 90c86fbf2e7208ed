import AgoraPalette
@testable import AgoraTUI
import Testing

@Suite struct InputTests {
    @Test func rawInputBytesBecomeKeys() {
        #expect(Key.fromInput("\u{3}") == .ctrl("c"))
        #expect(Key.fromInput("\r") == .enter)
        #expect(Key.fromInput("\u{7f}") == .backspace)
        #expect(Key.fromInput("\u{1b}") == .escape)
        #expect(Key.fromInput("\t") == .tab)
        #expect(Key.fromInput("é") == Key("é"))
        #expect(Key.fromInput("\u{17}") == .ctrl("w"))
    }

    @Test func keysReadWellInHelp() {
        #expect(Key.ctrl("c").description == "Ctrl-C")
        #expect(Key(.left, .alt).description == "Alt-←")
        #expect(Key(" ").description == "Space")
        #expect(Key.pageDown.description == "PgDn")
    }

    @Test func commandLinesSplitLikeAShell() {
        #expect(CommandLineWords.split(#"topic add "Data mining for SMEs" --by 'Ana Lima'"#)
                == ["topic", "add", "Data mining for SMEs", "--by", "Ana Lima"])
        #expect(CommandLineWords.split(#"a\ b "" c"#) == ["a b", "", "c"])
        #expect(CommandLineWords.quoted("Ana Lima") == "\"Ana Lima\"")
        #expect(CommandLineWords.quoted("Ana") == "Ana")
    }

    /// The quote a line leaves open, with its column in characters: what the palette refuses.
    @Test func aQuoteLeftOpenIsFoundWithItsColumn() {
        #expect(CommandLineWords.unclosedQuote(in: #"topic add "Unclosed quote --by ana"#)! == ("\"", 11))
        #expect(CommandLineWords.unclosedQuote(in: #"topic add 'Zoë' --by 'ana"#)! == ("'", 22))
        #expect(CommandLineWords.unclosedQuote(in: "e\u{301}\u{301} \"x")! == ("\"", 3))   // columns count characters
        #expect(CommandLineWords.unclosedQuote(in: #"topic add "Data" --by 'Ana Lima'"#) == nil)
        #expect(CommandLineWords.unclosedQuote(in: #"say \" and 'it''s' fine"#) == nil)
        #expect(CommandLineWords.unclosedQuote(in: #"say "a\"b""#) == nil)
        #expect(CommandLineWords.unclosedQuote(in: "") == nil)
    }

    /// Quoting keeps every word one word (the fuzz targets `words` and `palette` check it). A
    /// tab, which separates, was left unquoted, and the splitter read a quote followed by a
    /// combining mark as one character, so a word starting with a combining mark lost its quotes.
    @Test func quotedWordsStayOneWord() {
        for word in ["a\tb", "\u{301}a b", "\u{301}", "x\\\u{301}y", "\"\u{308}", "", "\\", "it's"] {
            #expect(CommandLineWords.split(CommandLineWords.quoted(word)) == [word], "\(word.debugDescription)")
        }
        #expect(CommandLineWords.quoted("a\tb") == "\"a\tb\"")
        #expect(CommandLineWords.split("\"\u{301}x y\"") == ["\u{301}x y"])
    }

    /// The word being typed is still open after a quote left open or an escaped space, and a
    /// separator after a character that joins the next (U+0600 prepends) still ends the word.
    @Test func theWordBeingTypedIsTheLastOpenOne() {
        #expect(CommandLineWords.splitForCompletion("topic add ") == (["topic", "add"], ""))
        #expect(CommandLineWords.splitForCompletion("topic ad") == (["topic"], "ad"))
        #expect(CommandLineWords.splitForCompletion("vote \"Ana ") == (["vote"], "Ana "))
        #expect(CommandLineWords.splitForCompletion("vote Ana\\ ") == (["vote"], "Ana "))
        #expect(CommandLineWords.splitForCompletion("vote \u{600} ") == (["vote", "\u{600}"], ""))
    }

    @Test func paletteHistoryKeepsTheDraft() {
        var p = PaletteState(history: ["one", "two"])
        p.field.text = "dra"
        p.historyBack(); #expect(p.field.text == "two")
        p.historyBack(); #expect(p.field.text == "one")
        p.historyBack(); #expect(p.field.text == "one")
        p.historyForward(); p.historyForward()
        #expect(p.field.text == "dra")
        p.remember("two"); p.remember("two"); p.remember("  ")
        #expect(p.history == ["one", "two"])
    }

    @Test func completionFillsTheCommonPrefix() {
        var p = PaletteState()
        p.field.text = "to"
        p.complete(with: ["topic add ", "topic merge "])
        #expect(p.field.text == "topic ")
        #expect(p.completions.count == 2)
        p.complete(with: ["topic add "])
        #expect(p.field.text == "topic add " && p.completions.isEmpty)
    }
}
