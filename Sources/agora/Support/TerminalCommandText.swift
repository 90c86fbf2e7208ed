import AgoraCore

/// What `open`, `serve`, the start screen's launcher and the `:` palette say, in each
/// language. The join URL line (`http://…`) is printed alone, the same in every language:
/// scripts read it.
enum TerminalCommandText {
    static let table = StringTable(name: "terminal commands", [.en: english, .fr: french, .es: spanish])

    static let english: [String: String] = [
        "cli.terminal.needed": "the interactive view needs a terminal; {instead}",
        "cli.terminal.showInstead": "use `agora show {file}` for a text summary",
        "cli.terminal.startInstead": "`agora list` shows the sessions library; `agora demo` prints the demo meeting",
        "cli.terminal.dumb": "the interactive view needs a terminal that can move the cursor, and TERM=dumb cannot. Try TERM=xterm-256color, or use the text commands (agora show FILE, agora --help)",
        "cli.terminal.couldNotSave": "could not save {name}: {reason}",
        "cli.terminal.created": "Created {path}",
        "cli.terminal.recent": "{city} · {date} · {people} {people|person|people} · {projects} {projects|project|projects}",
        "cli.terminal.readOnly": "{name} is open read-only",
        "cli.terminal.readOnlyHint": "Reopen it without --read-only to make changes",
        "cli.open.serveReadOnly": "--serve needs a session open for changes: leave out --read-only",
        "cli.open.notAPort": "--port {port} is not a port: give 1–65535, or leave it out for a free one",
        "cli.palette.unknown": "Unknown command '{word}'. Commands: {commands}",
        "cli.palette.unclosedQuote": "The quote {quote} at column {column} is never closed, so nothing was run. Close it, or put a backslash before it to type it as text",
        "cli.palette.notHere": "'{verb}' cannot be used from the palette",
        "cli.palette.needsOneOf": "'{verb}' needs one of: {choices}",
        "cli.palette.cannotUse": "'{line}' cannot be used here",
        "cli.serve.noAddress": "this laptop has no network address; join a Wi-Fi network, or use --bind 127.0.0.1 to serve this machine only",
        "cli.serve.listening": "Listening on {address} ({interface}). Other networks: {others}. Use --bind ADDRESS for another one.",
        "cli.serve.orCode": "Or open {url} and type the code {code}",
        "cli.serve.serving": "Serving {title}. Type commands as in the {key} palette (phones release ana, phones proposals open, voting close); Ctrl-C stops.",
        "cli.serve.error": "error: {message}",
        "cli.serve.stopped": "Stopped. {title} saved to {file}.",
    ]

    static let french: [String: String] = [
        "cli.terminal.needed": "la vue interactive a besoin d’un terminal\u{202F}; {instead}",
        "cli.terminal.showInstead": "`agora show {file}` en donne un résumé en texte",
        "cli.terminal.startInstead": "`agora list` affiche la bibliothèque des séances\u{202F}; `agora demo` affiche la réunion de démonstration",
        "cli.terminal.dumb": "la vue interactive a besoin d’un terminal qui sait déplacer le curseur, ce que TERM=dumb ne sait pas faire. Essayez TERM=xterm-256color, ou les commandes en texte (agora show FICHIER, agora --help)",
        "cli.terminal.couldNotSave": "impossible d’enregistrer {name}\u{202F}: {reason}",
        "cli.terminal.created": "{path} créé",
        "cli.terminal.recent": "{city} · {date} · {people} {people|personne|personnes} · {projects} {projects|projet|projets}",
        "cli.terminal.readOnly": "{name} est ouvert en lecture seule",
        "cli.terminal.readOnlyHint": "Rouvrez-le sans --read-only pour le modifier",
        "cli.open.serveReadOnly": "--serve a besoin d’une séance ouverte en écriture\u{202F}: retirez --read-only",
        "cli.open.notAPort": "--port {port} n’est pas un port\u{202F}: donnez 1–65535, ou omettez-le pour un port libre",
        "cli.palette.unknown": "Commande inconnue «\u{202F}{word}\u{202F}». Commandes\u{202F}: {commands}",
        "cli.palette.unclosedQuote": "Le guillemet {quote} de la colonne {column} n’est jamais fermé\u{202F}: rien n’a été exécuté. Fermez-le, ou mettez une barre oblique inverse devant pour l’écrire tel quel",
        "cli.palette.notHere": "«\u{202F}{verb}\u{202F}» ne s’utilise pas depuis la palette",
        "cli.palette.needsOneOf": "«\u{202F}{verb}\u{202F}» attend l’une de ces commandes\u{202F}: {choices}",
        "cli.palette.cannotUse": "«\u{202F}{line}\u{202F}» ne s’utilise pas ici",
        "cli.serve.noAddress": "cet ordinateur n’a pas d’adresse réseau\u{202F}; rejoignez un réseau Wi-Fi, ou utilisez --bind 127.0.0.1 pour servir cette machine seulement",
        "cli.serve.listening": "À l’écoute sur {address} ({interface}). Autres réseaux\u{202F}: {others}. Utilisez --bind ADRESSE pour en choisir un autre.",
        "cli.serve.orCode": "Ou ouvrez {url} et tapez le code {code}",
        "cli.serve.serving": "Les téléphones peuvent rejoindre {title}. Tapez des commandes comme dans la palette {key} (phones release ana, phones proposals open, voting close)\u{202F}; Ctrl-C arrête.",
        "cli.serve.error": "erreur\u{202F}: {message}",
        "cli.serve.stopped": "Arrêté. {title} enregistré dans {file}.",
    ]

    static let spanish: [String: String] = [
        "cli.terminal.needed": "la vista interactiva necesita un terminal; {instead}",
        "cli.terminal.showInstead": "usa `agora show {file}` para ver un resumen en texto",
        "cli.terminal.startInstead": "`agora list` muestra la biblioteca de sesiones; `agora demo` imprime la reunión de demostración",
        "cli.terminal.dumb": "la vista interactiva necesita un terminal que pueda mover el cursor, y TERM=dumb no puede. Prueba TERM=xterm-256color, o usa los comandos de texto (agora show ARCHIVO, agora --help)",
        "cli.terminal.couldNotSave": "no se pudo guardar {name}: {reason}",
        "cli.terminal.created": "Creado {path}",
        "cli.terminal.recent": "{city} · {date} · {people} {people|persona|personas} · {projects} {projects|proyecto|proyectos}",
        "cli.terminal.readOnly": "{name} está abierto solo para lectura",
        "cli.terminal.readOnlyHint": "Vuelve a abrirlo sin --read-only para hacer cambios",
        "cli.open.serveReadOnly": "--serve necesita una sesión abierta para cambios: quita --read-only",
        "cli.open.notAPort": "--port {port} no es un puerto: indica 1–65535, o quítalo para usar uno libre",
        "cli.palette.unknown": "Comando desconocido «{word}». Comandos: {commands}",
        "cli.palette.unclosedQuote": "La comilla {quote} de la columna {column} no se cierra nunca, así que no se ejecutó nada. Ciérrala, o pon una barra invertida delante para escribirla como texto",
        "cli.palette.notHere": "«{verb}» no se puede usar desde la paleta",
        "cli.palette.needsOneOf": "«{verb}» necesita uno de estos: {choices}",
        "cli.palette.cannotUse": "«{line}» no se puede usar aquí",
        "cli.serve.noAddress": "este portátil no tiene dirección de red; conéctate a una red Wi-Fi, o usa --bind 127.0.0.1 para servir solo a esta máquina",
        "cli.serve.listening": "Escuchando en {address} ({interface}). Otras redes: {others}. Usa --bind DIRECCIÓN para elegir otra.",
        "cli.serve.orCode": "O abre {url} y escribe el código {code}",
        "cli.serve.serving": "Sirviendo {title} a los móviles. Escribe comandos como en la paleta {key} (phones release ana, phones proposals open, voting close); Ctrl-C para.",
        "cli.serve.error": "error: {message}",
        "cli.serve.stopped": "Detenido. {title} guardado en {file}.",
    ]
}
