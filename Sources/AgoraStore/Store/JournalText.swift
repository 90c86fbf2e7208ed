import AgoraCore

/// What the journal's reader and `agora repair` say, in each language: why a line of the
/// journal is damaged or a change could not be kept, and the repair report line by line. The
/// journal's name and line numbers stay as written.
enum JournalText {
    static let table = StringTable(name: "journal", [.en: english, .fr: french, .es: spanish])

    /// `key` in the language people read now (``Language/current``).
    static func text(_ key: String, _ values: [String: String] = [:]) -> String { table(key, values) }

    static let english: [String: String] = [
        "journal.damaged.empty": "the line is empty",
        "journal.damaged.checksum": "its checksum does not match: the line was damaged after it was written",
        "journal.damaged.unknown": "its checksum matches but it is not a change Agora knows (written by a newer Agora?)",
        "journal.damaged.notRecord": "it is not a journal record (damaged, or not written by Agora)",
        "journal.hint.repair": "Agora changed nothing. Run `agora repair {file}` to write a recovered copy beside it, with a report of the changes it kept and those it could not.",
        "journal.lineDamaged": "this line is damaged: {why}",
        "journal.noChecksum": "this line is damaged: it has no checksum, unlike the other lines",
        "journal.gap": "expected change {expected}, found change {found}",
        "journal.otherBase": "this change was made on another version of {file} than line {line}",
        "journal.torn": "Dropped an incomplete last change in {journal} (line {line}): it was being written when Agora stopped, and was never confirmed",
        "journal.otherVersion": "this journal was written on another version of {file}, which does not hold its {count} {count|change|changes} (the file was restored or edited since)",
        "journal.cannotReplay": "change {seq} cannot be replayed on {file}: {error}",

        "repair.damaged": "damaged: {why}",
        "repair.folded": "already in {file}: a save folded the journal into it",
        "repair.otherVersion": "made on another version of {file}, which does not hold it; recover it by hand from {journal}",
        "repair.copy": "a copy of an earlier change {seq}",
        "repair.undo": "an undo of a change that could not be kept, or of one before it: what it takes back is not known",
        "repair.redo": "a redo of a change that could not be kept: what it brings back is not known",
        "repair.cannotReplay": "cannot be replayed: {error}",
        "repair.torn": "incomplete: it was being written when Agora stopped, and was never confirmed",
        "repair.noJournal": "{file} has no journal of unsaved changes.",
        "repair.change": "change {seq}",
        "repair.line.kept": "line {line}: kept ({change})",
        "repair.line.mark": "line {line}: a save's mark, nothing to apply",
        "repair.line.notKept": "line {line}: NOT kept ({change}): {why}",
    ]

    static let french: [String: String] = [
        "journal.damaged.empty": "la ligne est vide",
        "journal.damaged.checksum": "sa somme de contrôle ne correspond pas\u{202F}: la ligne a été abîmée après avoir été écrite",
        "journal.damaged.unknown": "sa somme de contrôle correspond mais ce n’est pas une modification connue d’Agora (écrite par une version plus récente d’Agora\u{202F}?)",
        "journal.damaged.notRecord": "ce n’est pas un enregistrement de journal (abîmé, ou pas écrit par Agora)",
        "journal.hint.repair": "Agora n’a rien modifié. Lancez `agora repair {file}` pour écrire à côté une copie récupérée, avec un rapport des modifications gardées et de celles qui n’ont pas pu l’être.",
        "journal.lineDamaged": "cette ligne est abîmée\u{202F}: {why}",
        "journal.noChecksum": "cette ligne est abîmée\u{202F}: elle n’a pas de somme de contrôle, contrairement aux autres lignes",
        "journal.gap": "modification {expected} attendue, modification {found} trouvée",
        "journal.otherBase": "cette modification a été faite sur une autre version de {file} que la ligne {line}",
        "journal.torn": "Dernière modification incomplète écartée dans {journal} (ligne {line})\u{202F}: elle était en cours d’écriture quand Agora s’est arrêté, et n’a jamais été confirmée",
        "journal.otherVersion": "ce journal a été écrit sur une autre version de {file}, qui ne contient pas {count|sa|ses} {count} {count|modification|modifications} (le fichier a été restauré ou modifié depuis)",
        "journal.cannotReplay": "la modification {seq} ne peut pas être rejouée sur {file}\u{202F}: {error}",

        "repair.damaged": "abîmée\u{202F}: {why}",
        "repair.folded": "déjà dans {file}\u{202F}: un enregistrement y a intégré le journal",
        "repair.otherVersion": "faite sur une autre version de {file}, qui ne la contient pas\u{202F}; récupérez-la à la main depuis {journal}",
        "repair.copy": "une copie de la modification {seq}, déjà vue",
        "repair.undo": "l’annulation d’une modification qui n’a pas pu être gardée, ou d’une modification antérieure\u{202F}: on ignore ce qu’elle défait",
        "repair.redo": "le rétablissement d’une modification qui n’a pas pu être gardée\u{202F}: on ignore ce qu’il refait",
        "repair.cannotReplay": "ne peut pas être rejouée\u{202F}: {error}",
        "repair.torn": "incomplète\u{202F}: elle était en cours d’écriture quand Agora s’est arrêté, et n’a jamais été confirmée",
        "repair.noJournal": "{file} n’a pas de journal de modifications non enregistrées.",
        "repair.change": "modification {seq}",
        "repair.line.kept": "ligne {line}\u{202F}: gardée ({change})",
        "repair.line.mark": "ligne {line}\u{202F}: marque d’un enregistrement, rien à appliquer",
        "repair.line.notKept": "ligne {line}\u{202F}: NON gardée ({change})\u{202F}: {why}",
    ]

    static let spanish: [String: String] = [
        "journal.damaged.empty": "la línea está vacía",
        "journal.damaged.checksum": "su suma de control no coincide: la línea se dañó después de escribirse",
        "journal.damaged.unknown": "su suma de control coincide pero no es un cambio que Agora conozca (¿escrito por una versión más reciente de Agora?)",
        "journal.damaged.notRecord": "no es un registro del diario (dañado, o no escrito por Agora)",
        "journal.hint.repair": "Agora no ha cambiado nada. Ejecuta `agora repair {file}` para escribir al lado una copia recuperada, con un informe de los cambios que conservó y de los que no pudo.",
        "journal.lineDamaged": "esta línea está dañada: {why}",
        "journal.noChecksum": "esta línea está dañada: no tiene suma de control, a diferencia de las demás",
        "journal.gap": "se esperaba el cambio {expected}, se encontró el cambio {found}",
        "journal.otherBase": "este cambio se hizo sobre otra versión de {file} que la línea {line}",
        "journal.torn": "Se ha descartado un último cambio incompleto en {journal} (línea {line}): se estaba escribiendo cuando Agora se detuvo, y nunca se confirmó",
        "journal.otherVersion": "este diario se escribió sobre otra versión de {file}, que no contiene {count|su|sus} {count} {count|cambio|cambios} (el archivo se restauró o editó desde entonces)",
        "journal.cannotReplay": "el cambio {seq} no se puede volver a aplicar sobre {file}: {error}",

        "repair.damaged": "dañada: {why}",
        "repair.folded": "ya está en {file}: un guardado integró el diario en él",
        "repair.otherVersion": "hecho sobre otra versión de {file}, que no lo contiene; recupéralo a mano de {journal}",
        "repair.copy": "una copia del cambio anterior {seq}",
        "repair.undo": "un deshacer de un cambio que no se pudo conservar, o de uno anterior: no se sabe qué deshace",
        "repair.redo": "un rehacer de un cambio que no se pudo conservar: no se sabe qué rehace",
        "repair.cannotReplay": "no se puede volver a aplicar: {error}",
        "repair.torn": "incompleto: se estaba escribiendo cuando Agora se detuvo, y nunca se confirmó",
        "repair.noJournal": "{file} no tiene diario de cambios sin guardar.",
        "repair.change": "cambio {seq}",
        "repair.line.kept": "línea {line}: conservado ({change})",
        "repair.line.mark": "línea {line}: marca de un guardado, nada que aplicar",
        "repair.line.notKept": "línea {line}: NO conservado ({change}): {why}",
    ]
}
