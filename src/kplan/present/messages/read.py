"""Messages of the read stage: key → (bokmål, nynorsk, English).

The read stage meets files before anything else: encodings, YAML that cannot be trusted, CSV
exports from HR systems and SSB, coats of arms and personal data. The reader is an HR adviser
who saved a file from Word or Excel, so the Norwegian says what happened to the file and what to
do in the editor, not what the parser saw.
"""

from __future__ import annotations

from kplan.present.messages.read_csv import CSV_MESSAGES
from kplan.present.messages.read_files import FILE_MESSAGES
from kplan.present.messages.read_git import GIT_MESSAGES
from kplan.present.messages.read_syntax import SYNTAX_MESSAGES

MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- reading a file (rawtext) ---------------------------------------------------------------
    "read.save_as_utf8": (
        "lagre fila som UTF-8 i redigeringsprogrammet (i Excel: «CSV UTF-8»)",
        "lagre fila som UTF-8 i redigeringsprogrammet (i Excel: «CSV UTF-8»)",
        "save it as UTF-8 in your editor (in Excel: «CSV UTF-8»)",
    ),
    "read.kind.directory": ("en mappe", "ei mappe", "a directory"),
    "read.kind.fifo": (
        "en FIFO (navngitt rør)",
        "ein FIFO (namngjeve røyr)",
        "a FIFO (named pipe)",
    ),
    "read.kind.device": ("en enhetsfil (device)", "ei einingsfil (device)", "a device"),
    "read.kind.socket": ("en socket", "ein socket", "a socket"),
    "read.kind.other": ("ikke en vanlig fil", "ikkje ei vanleg fil", "not a regular file"),
    "read.k001.not_a_file": (
        "Dette er {kind}, ikke en fil; kplan leser bare vanlige filer.",
        "Dette er {kind}, ikkje ei fil; kplan les berre vanlege filer.",
        "This is {kind}, not a file; kplan reads regular files only.",
    ),
    "read.k001.directory": (
        "Dette er en mappe, ikke en fil.",
        "Dette er ei mappe, ikkje ei fil.",
        "This is a directory, not a file.",
    ),
    "read.k001.cannot_read": (
        "Fila kan ikke leses: {why}.",
        "Fila kan ikkje lesast: {why}.",
        "Cannot read the file: {why}.",
    ),
    "read.k001.cannot_read_because": (
        "Fila kan ikke leses: {why}",
        "Fila kan ikkje lesast: {why}",
        "Cannot read the file: {why}",
    ),
    # why a file cannot be read, by the system's error number (English: the system's own words)
    "read.os.no_such_file": (
        "den finnes ikke",
        "ho finst ikkje",
        "No such file or directory",
    ),
    "read.os.permission": (
        "kplan har ikke lov til å lese den",
        "kplan har ikkje løyve til å lese ho",
        "Permission denied",
    ),
    "read.os.link_loop": (
        "symbolske lenker peker i ring",
        "symbolske lenkjer peikar i ring",
        "Too many levels of symbolic links",
    ),
    "read.os.name_too_long": (
        "filnavnet er for langt",
        "filnamnet er for langt",
        "File name too long",
    ),
    "read.os.not_a_directory": (
        "en del av stien er ikke en mappe",
        "ein del av stien er ikkje ei mappe",
        "Not a directory",
    ),
    "read.os.not_regular": (
        "det er ikke en vanlig fil",
        "det er ikkje ei vanleg fil",
        "not a regular file",
    ),
    "read.source.not_at_revision": (
        "den finnes ikke i {rev}",
        "ho finst ikkje i {rev}",
        "not in {rev}",
    ),
    "read.k004.too_large": (
        "Fila er over {mb} MB; del planen opp i flere filer.",
        "Fila er over {mb} MB; del planen opp i fleire filer.",
        "The file is over {mb} MB; split the plan into files.",
    ),
    "read.k002.wide": (
        "Fila er lagret som {encoding}, ikke UTF-8; {fix}.",
        "Fila er lagra som {encoding}, ikkje UTF-8; {fix}.",
        "The file is {encoding} text, not UTF-8; {fix}.",
    ),
    "read.k003.nul": (
        "Fila inneholder NUL-byte: den er en binærfil, ikke plantekst.",
        "Fila inneheld NUL-byte: ho er ei binærfil, ikkje plantekst.",
        "The file holds NUL bytes: it is binary, not plan text.",
    ),
    "read.k002.not_utf8": (
        "Fila er ikke UTF-8 (lest som Windows-1252 står det «{line}» på linja). "
        "Lagre den som UTF-8 i redigeringsprogrammet.",
        "Fila er ikkje UTF-8 (lesen som Windows-1252 står det «{line}» på linja). "
        "Lagre fila som UTF-8 i redigeringsprogrammet.",
        "The file is not UTF-8 (the line reads «{line}» as Windows-1252). "
        "Save it as UTF-8 in your editor.",
    ),
    "read.bom_inside": (
        "Her, inne i fila, står et usynlig tegn (byte order mark, U+FEFF), ofte fordi to filer "
        "er limt sammen; slett det.",
        "Her, inne i fila, står eit usynleg teikn (byte order mark, U+FEFF), ofte fordi to filer "
        "er lima saman; slett det.",
        "An invisible byte order mark (U+FEFF) sits here, inside the file (often from two files "
        "pasted together); delete it.",
    ),
    # --- YAML (yaml_loader, yaml_scalars) -------------------------------------------------------
    "read.k005.character": (
        "Tegnet {char} er ikke tillatt i YAML.",
        "Teiknet {char} er ikkje tillate i YAML.",
        "The character {char} is not allowed in YAML.",
    ),
    "read.k005.yaml_error": ("YAML-feil: {why}", "YAML-feil: {why}", "YAML error: {why}"),
    "read.k005.syntax": (
        "Feil i YAML-oppsettet{context}: {problem}.",
        "Feil i YAML-oppsettet{context}: {problem}.",
        "YAML syntax error: {problem}{context}.",
    ),
    "read.k005.invalid": ("ugyldig YAML", "ugyldig YAML", "invalid YAML"),
    "read.k006.tab": (
        "Et tabulatortegn er brukt til innrykk; bruk mellomrom.",
        "Eit tabulatorteikn er brukt til innrykk; bruk mellomrom.",
        "A tab is used for indentation; use spaces.",
    ),
    "read.k010.too_deep": (
        "Fila har for mange nivåer inni hverandre.",
        "Fila har for mange nivå inni kvarandre.",
        "The YAML is nested too deeply.",
    ),
    "read.k010.deeper_than": (
        "Fila har mer enn {most} nivåer inni hverandre.",
        "Fila har meir enn {most} nivå inni kvarandre.",
        "The YAML nests deeper than {most} levels.",
    ),
    "read.k012.empty": ("Fila er tom.", "Fila er tom.", "The file is empty."),
    "read.k015.container_key": (
        "En liste eller en gruppe med nøkler kan ikke være en nøkkel.",
        "Ei liste eller ei gruppe med nøklar kan ikkje vere ein nøkkel.",
        "A list or mapping cannot be a key.",
    ),
    "read.k015.value_key": (
        "Denne verdien kan ikke være en nøkkel.",
        "Denne verdien kan ikkje vere ein nøkkel.",
        "This value cannot be a key.",
    ),
    "read.k015.not_text": (
        "Nøkkelen «{raw}» leses som {kind}, ikke som tekst; nøkler er tekst: skriv den i "
        'anførselstegn ("{raw}":).',
        "Nøkkelen «{raw}» blir lesen som {kind}, ikkje som tekst; nøklar er tekst: skriv han i "
        'hermeteikn ("{raw}":).',
        "The key «{raw}» is read as {kind}, not as text; keys are text: write it in quotes "
        '("{raw}":).',
    ),
    "read.kind.truth": ("en sannhetsverdi (ja/nei)", "ein sanningsverdi (ja/nei)", "a truth value"),
    "read.kind.null": ("en tom verdi (null)", "ein tom verdi (null)", "an empty value (null)"),
    "read.kind.date": ("en dato", "ein dato", "a date"),
    "read.kind.number": ("et tall", "eit tal", "a number"),
    "read.k007.duplicate_key": (
        "Nøkkelen «{key}» står to ganger her; den første gjelder.",
        "Nøkkelen «{key}» står to gonger her; den første gjeld.",
        "The key «{key}» appears twice here; the first counts.",
    ),
    "read.k008.merge": (
        "Flettenøkler (<<) er ikke tillatt i planfiler.",
        "Flettenøklar (<<) er ikkje tillatne i planfiler.",
        "Merge keys (<<) are not allowed in plan files.",
    ),
    "read.k008.anchor": (
        "YAML-ankere (&) er ikke tillatt i planfiler.",
        "YAML-anker (&) er ikkje tillatne i planfiler.",
        "Anchors (&) are not allowed in plan files.",
    ),
    "read.k008.alias": (
        "Aliaser (*) er ikke tillatt i planfiler; skriv ut hele verdien.",
        "Alias (*) er ikkje tillatne i planfiler; skriv ut heile verdien.",
        "Aliases (*) are not allowed in plan files; write the value out.",
    ),
    "read.k009.tag": (
        "Merket {tag} (en YAML-tagg, skrevet med !) er ikke tillatt i planfiler; fjern det.",
        "Merket {tag} (ein YAML-tagg, skriven med !) er ikkje tillate i planfiler; fjern det.",
        "The tag {tag} is not allowed in plan files.",
    ),
    "read.k011.documents": (
        "Fila har mer enn ett YAML-dokument (---).",
        "Fila har meir enn eitt YAML-dokument (---).",
        "The file holds more than one YAML document (---).",
    ),
    "read.k004.values": (
        "Fila har over {most} verdier; del planen opp i flere filer.",
        "Fila har over {most} verdiar; del planen opp i fleire filer.",
        "The file holds over {most} values; split the plan into files.",
    ),
    "read.k105.digits": (
        "Et tall med {n} sifre; kplan leser tall med høyst {most} sifre.",
        "Eit tal med {n} siffer; kplan les tal med høgst {most} siffer.",
        "A number with {n} digits; kplan reads numbers of at most {most} digits.",
    ),
    "read.k014.no_such_date": (
        "{value} er ikke en dato som finnes.",
        "{value} er ikkje ein dato som finst.",
        "{value} is not a date that exists.",
    ),
    **SYNTAX_MESSAGES,
    **CSV_MESSAGES,
    **FILE_MESSAGES,
    **GIT_MESSAGES,
}
