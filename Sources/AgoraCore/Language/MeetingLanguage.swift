extension Session {
    /// The language a report or export of this session is written in: the one the person
    /// asked for (`--lang`, `AGORA_LANG`), else the meeting's, else English. A language that
    /// only came from the computer's locale does not override the meeting's: a Bordeaux
    /// meeting's report stays French on an English laptop unless someone asks otherwise.
    public func outputLanguage(choice: LanguageChoice?) -> Language {
        if let choice, choice.isExplicit { return choice.language }
        return language ?? .en
    }
}
