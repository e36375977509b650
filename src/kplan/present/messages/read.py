"""Messages of the read stage: key → (bokmål, nynorsk, English).

The read stage meets files before anything else: encodings, YAML that cannot be trusted, CSV
exports from HR systems and SSB, coats of arms and personal data. The reader is an HR adviser
who saved a file from Word or Excel, so the Norwegian says what happened to the file and what to
do in the editor, not what the parser saw.
"""

from __future__ import annotations

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
        "Feil i YAML-oppsettet: {problem}{context}.",
        "Feil i YAML-oppsettet: {problem}{context}.",
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
    # the parser's complaints (read.yaml_syntax); English is the parser's own words
    "read.syntax.context": (" ({context})", " ({context})", " {context}"),
    "read.syntax.mapping_values": (
        "et kolon står der det ikke kan stå (hører kolonet til teksten, sett teksten i "
        "anførselstegn)",
        "eit kolon står der det ikkje kan stå (høyrer kolonet til teksten, set teksten i "
        "hermeteikn)",
        "mapping values are not allowed in this context",
    ),
    "read.syntax.mapping_values_here": (
        "et kolon står der det ikke kan stå (hører kolonet til teksten, sett teksten i "
        "anførselstegn)",
        "eit kolon står der det ikkje kan stå (høyrer kolonet til teksten, set teksten i "
        "hermeteikn)",
        "mapping values are not allowed here",
    ),
    "read.syntax.expected_colon": (
        "fant ikke kolonet (:) etter en nøkkel",
        "fann ikkje kolonet (:) etter ein nøkkel",
        "could not find expected ':'",
    ),
    "read.syntax.expected_key": (
        "fant ikke neste nøkkel der innrykket sier at den skal stå (sjekk innrykket)",
        "fann ikkje neste nøkkel der innrykket seier at han skal stå (sjekk innrykket)",
        "did not find expected key",
    ),
    "read.syntax.expected_close_list": (
        "fant ikke ',' eller ']'",
        "fann ikkje ',' eller ']'",
        "did not find expected ',' or ']'",
    ),
    "read.syntax.expected_close_map": (
        "fant ikke ',' eller '}}'",
        "fann ikkje ',' eller '}}'",
        "did not find expected ',' or '}}'",
    ),
    "read.syntax.expected_dash": (
        "fant ikke '-' foran neste punkt i lista (sjekk innrykket)",
        "fann ikkje '-' framfor neste punkt i lista (sjekk innrykket)",
        "did not find expected '-' indicator",
    ),
    "read.syntax.expected_content": (
        "fant ingen verdi der en verdi skulle stå",
        "fann ingen verdi der ein verdi skulle stå",
        "did not find expected node content",
    ),
    "read.syntax.bad_start": (
        "fant et tegn som ingen verdi kan begynne med (sett verdien i anførselstegn)",
        "fann eit teikn som ingen verdi kan byrje med (set verdien i hermeteikn)",
        "found character that cannot start any token",
    ),
    "read.syntax.end_of_file": (
        "fila slutter før alt er lukket (et anførselstegn eller en parentes)",
        "fila sluttar før alt er lukka (eit hermeteikn eller ein parentes)",
        "found unexpected end of stream",
    ),
    "read.syntax.escape": (
        "fant en ukjent kode etter \\ i tekst i doble anførselstegn (bruk enkle anførselstegn)",
        "fann ein ukjend kode etter \\ i tekst i doble hermeteikn (bruk enkle hermeteikn)",
        "found unknown escape character",
    ),
    "read.syntax.tab": (
        "fant et tabulatortegn som ødelegger innrykket; bruk mellomrom",
        "fann eit tabulatorteikn som øydelegg innrykket; bruk mellomrom",
        "found a tab character that violates indentation",
    ),
    "read.syntax.dash_here": (
        "et listepunkt (-) står der det ikke kan stå (sjekk innrykket)",
        "eit listepunkt (-) står der det ikkje kan stå (sjekk innrykket)",
        "block sequence entries are not allowed in this context",
    ),
    "read.syntax.in_key": ("i en nøkkel", "i ein nøkkel", "while scanning a simple key"),
    "read.syntax.in_plain": (
        "i en verdi uten anførselstegn",
        "i ein verdi utan hermeteikn",
        "while scanning a plain scalar",
    ),
    "read.syntax.in_quoted": (
        "i en tekst i anførselstegn",
        "i ein tekst i hermeteikn",
        "while scanning a quoted scalar",
    ),
    "read.syntax.in_mapping": (
        "i en gruppe med nøkler",
        "i ei gruppe med nøklar",
        "while parsing a block mapping",
    ),
    "read.syntax.in_list": ("i en liste", "i ei liste", "while parsing a block collection"),
    "read.syntax.in_flow_list": (
        "i en liste i hakeparenteser [ ]",
        "i ei liste i hakeparentesar [ ]",
        "while parsing a flow sequence",
    ),
    "read.syntax.in_flow_mapping": (
        "i en gruppe i klammeparenteser {{ }}",
        "i ei gruppe i klammeparentesar {{ }}",
        "while parsing a flow mapping",
    ),
    "read.syntax.in_node": ("i en verdi", "i ein verdi", "while parsing a node"),
    "read.syntax.in_next": (
        "på vei til neste verdi",
        "på veg til neste verdi",
        "while scanning for the next token",
    ),
    "read.syntax.in_block": (
        "i en tekstblokk (| eller >)",
        "i ein tekstblokk (| eller >)",
        "while scanning a block scalar",
    ),
    # --- CSV (tables, drivers, cells) -----------------------------------------------------------
    "read.digits_hint": (
        "; skriv det med vanlige sifre 0-9",
        "; skriv det med vanlege siffer 0-9",
        "; write it with ordinary digits 0-9",
    ),
    "read.delimiter.semicolon": ("semikolon (;)", "semikolon (;)", "';'"),
    "read.delimiter.comma": ("komma (,)", "komma (,)", "','"),
    "read.delimiter.tab": ("tabulator", "tabulator", "a tab"),
    "read.count.cell.one": ("{n} celle", "{n} celle", "{n} cell"),
    "read.count.cell.many": ("{n} celler", "{n} celler", "{n} cells"),
    "read.k807.line_break_in_cell": (
        "Cellen i kolonnen «{column}» har et linjeskift (inni anførselstegn); skriv den på én "
        "linje.",
        "Cella i kolonnen «{column}» har eit linjeskift (inni hermeteikn); skriv ho på éi linje.",
        "The cell in column «{column}» holds a line break (inside quotes); write it on one line.",
    ),
    "read.k807.formula": (
        "Cellen «{cell}» er en regnearkformel, ikke en verdi; kplan kjører den aldri: eksporter "
        "verdiene i stedet.",
        "Cella «{cell}» er ein reknearkformel, ikkje ein verdi; kplan køyrer han aldri: eksporter "
        "verdiane i staden.",
        "The cell «{cell}» is a spreadsheet formula, not a value; kplan never runs it: export "
        "the values instead.",
    ),
    "read.k807.ragged": (
        "Raden har {cells}, men overskriftsraden har {width}; raden er utelatt.{hint}",
        "Rada har {cells}, men overskriftsrada har {width}; rada er utelaten.{hint}",
        "The row has {cells}, but the header has {width}; the row is left out.{hint}",
    ),
    "read.k807.other_delimiter": (
        " Raden ser ut til å ha {row} mellom cellene, overskriftsraden {header}.",
        " Rada ser ut til å ha {row} mellom cellene, overskriftsrada {header}.",
        " The row seems to use {row} between cells, the header {header}.",
    ),
    "read.k807.decimal_comma": (
        " Med ',' mellom cellene deler et desimalkomma et tall i to: skriv 2.5, eller sett det "
        'i anførselstegn ("2,5").',
        " Med ',' mellom cellene deler eit desimalkomma eit tal i to: skriv 2.5, eller set det "
        'i hermeteikn ("2,5").',
        " With ',' between cells, a decimal comma splits a number in two: write 2.5, or quote "
        'it ("2,5").',
    ),
    "read.k807.unquoted_delimiter": (
        " En celle kan ha {delimiter} uten anførselstegn: sett den cellen i anførselstegn.",
        " Ei celle kan ha {delimiter} utan hermeteikn: set den cella i hermeteikn.",
        " A cell may hold an unquoted {delimiter}: put that cell in quotes.",
    ),
    "read.k807.cell_too_long": (
        "En celle er lengre enn {most} tegn, som regel fordi et anførselstegn aldri blir "
        "lukket; resten av fila blir ikke lest.",
        "Ei celle er lengre enn {most} teikn, som regel fordi eit hermeteikn aldri blir lukka; "
        "resten av fila blir ikkje lesen.",
        "A cell is longer than {most} characters, usually a quote that is never closed; the "
        "rest of the file is not read.",
    ),
    "read.k807.unclosed_quote": (
        "En celle i anførselstegn som begynner på denne linja, blir aldri lukket: fila slutter "
        'inni anførselstegnene. Lukk den, eller skriv et anførselstegn inni en celle dobbelt ("").',
        "Ei celle i hermeteikn som byrjar på denne linja, blir aldri lukka: fila sluttar inni "
        'hermeteikna. Lukk ho, eller skriv eit hermeteikn inni ei celle dobbelt ("").',
        "A quoted cell that starts on this line is never closed: the file ends inside the "
        'quotes. Close it, or double a quote inside a cell ("").',
    ),
    "read.k807.quote_mid_cell": (
        "Et anførselstegn slutter midt i en celle; sett hele cellen i anførselstegn, og skriv "
        'anførselstegnene inni den dobbelt (""). Resten av fila blir ikke lest.',
        "Eit hermeteikn sluttar midt i ei celle; set heile cella i hermeteikn, og skriv "
        'hermeteikna inni ho dobbelt (""). Resten av fila blir ikkje lesen.',
        "A quote ends in the middle of a cell; put the whole cell in quotes and double the "
        'quotes inside it (""). The rest of the file is not read.',
    ),
    "read.k807.lone_cr": (
        "Et linjeslutt-tegn (CR) uten linjeskift (LF) står inni en rad; lagre fila med vanlige "
        "linjeslutt. Resten av fila blir ikke lest.",
        "Eit linjeslutt-teikn (CR) utan linjeskift (LF) står inni ei rad; lagre fila med "
        "vanlege linjeslutt. Resten av fila blir ikkje lesen.",
        "A carriage return (CR) without a line feed sits inside a row; save the file with "
        "ordinary line ends. The rest of the file is not read.",
    ),
    "read.k807.csv_error": (
        "CSV-fila kan ikke leses her ({why}); resten av fila blir ikke lest.",
        "CSV-fila kan ikkje lesast her ({why}); resten av fila blir ikkje lesen.",
        "The CSV cannot be read here ({why}); the rest of the file is not read.",
    ),
    "read.k807.cr_only": (
        "Linjene slutter bare med CR (et gammelt Mac-format); lagre fila med vanlige "
        "linjeslutt (LF eller CRLF).",
        "Linjene sluttar berre med CR (eit gammalt Mac-format); lagre fila med vanlege "
        "linjeslutt (LF eller CRLF).",
        "The lines end in CR only (an old Mac format); save the file with ordinary line ends "
        "(LF or CRLF).",
    ),
    "read.k807.empty_header": (
        "Første linje er tom; den må være overskriftsraden med kolonnenavnene.",
        "Første linja er tom; ho må vere overskriftsrada med kolonnenamna.",
        "The first line is empty; it must be the header row.",
    ),
    "read.k807.header_mixed": (
        "Overskriftsraden har både {delimiters}, så det går ikke an å se hvilket skilletegn "
        "som gjelder; bruk ett skilletegn, ';' eller ','.",
        "Overskriftsrada har både {delimiters}, så det går ikkje an å sjå kva skiljeteikn som "
        "gjeld; bruk eitt skiljeteikn, ';' eller ','.",
        "The header row holds both {delimiters}, so the delimiter cannot be told; use one "
        "delimiter, ';' or ','.",
    ),
    "read.k807.header_no_delimiter": (
        "Overskriftsraden har ingen ';', ',' eller tabulator mellom kolonnenavnene; bruk ett "
        "skilletegn, ';' eller ','.",
        "Overskriftsrada har ingen ';', ',' eller tabulator mellom kolonnenamna; bruk eitt "
        "skiljeteikn, ';' eller ','.",
        "The header row has no ';', ',' or tab between the column names; use one delimiter, "
        "';' or ','.",
    ),
    "read.k807.too_many_columns": (
        "Overskriftsraden har over {most} kolonner; ingen eksport trenger så mange.",
        "Overskriftsrada har over {most} kolonnar; ingen eksport treng så mange.",
        "The header has over {most} columns; no export needs that.",
    ),
    "read.k807.header_quote": (
        "Overskriftsraden har et anførselstegn som aldri blir lukket.",
        "Overskriftsrada har eit hermeteikn som aldri blir lukka.",
        "The header row has a quote that is not closed.",
    ),
    "read.k807.unnamed_column": (
        "Kolonne {n} i overskriftsraden har ikke noe navn; gi kolonnen et navn, eller fjern den. "
        "Skilletegnet {delimiter} på slutten av en linje gir en tom kolonne.",
        "Kolonne {n} i overskriftsrada har ikkje noko namn; gi kolonnen eit namn, eller fjern "
        "han. Skiljeteiknet {delimiter} på slutten av ei linje gir ein tom kolonne.",
        "Column {n} of the header has no name; name it, or remove the column ({delimiter} at "
        "the end of a line makes an empty column).",
    ),
    "read.k807.column_twice": (
        "Kolonnen «{name}» står to ganger i overskriftsraden (også «{other}» i kolonne {n}); "
        "fjern den ene.",
        "Kolonnen «{name}» står to gonger i overskriftsrada (òg «{other}» i kolonne {n}); "
        "fjern den eine.",
        "The column «{name}» is in the header twice (also «{other}» in column {n}); remove one.",
    ),
    "read.k807.unknown_column": (
        "Kolonnen «{name}» er ukjent og blir ikke lest.{hint}",
        "Kolonnen «{name}» er ukjend og blir ikkje lesen.{hint}",
        "Unknown column «{name}»; it is not read.{hint}",
    ),
    "read.k807.known_columns": (
        " Kjente kolonner: {columns}.",
        " Kjende kolonnar: {columns}.",
        " Known: {columns}.",
    ),
    "read.k807.no_driver_id": (
        "Raden har ingen id for driveren.",
        "Rada har ingen id for driveren.",
        "The row has no driver id.",
    ),
    "read.k807.year_not_number": (
        "Året «{value}» er ikke et tall{hint}.",
        "Året «{value}» er ikkje eit tal{hint}.",
        "The year «{value}» is not a number{hint}.",
    ),
    "read.k807.year_outside": (
        "Året {year} er utenfor årene kplan leser ({first}-{last}).",
        "Året {year} er utanfor åra kplan les ({first}-{last}).",
        "The year {year} is outside the years kplan reads ({first}-{last}).",
    ),
    "read.k807.value_not_number": (
        "Verdien «{value}» er ikke et tall{hint}.",
        "Verdien «{value}» er ikkje eit tal{hint}.",
        "The value «{value}» is not a number{hint}.",
    ),
    "read.k807.value_range": (
        "Verdien {value} må være mellom 0 og {most}.",
        "Verdien {value} må vere mellom 0 og {most}.",
        "The value {value} must be between 0 and {most}.",
    ),
    "read.k807.vintage": (
        "Årgangen (vintage) «{value}» er ikke et år fra {first} til {last}{hint}.",
        "Årgangen (vintage) «{value}» er ikkje eit år frå {first} til {last}{hint}.",
        "The vintage «{value}» is not a year from {first} to {last}{hint}.",
    ),
    "read.k807.differs": (
        "Kolonnen {column} har «{value}», som er ulikt første rad for driveren (linje {line}); "
        "en driver har bare én verdi i {column}: skriv samme verdi på hver rad, eller la cellen "
        "stå tom etter første rad.",
        "Kolonnen {column} har «{value}», som er ulikt første rada for driveren (linje {line}); "
        "ein driver har berre éin verdi i {column}: skriv same verdi på kvar rad, eller la "
        "cella stå tom etter første rada.",
        "The {column} «{value}» differs from the driver's first row (line {line}); a driver has "
        "one {column}: give the same value on every row, or leave it empty after the first.",
    ),
    "read.k807.alternative_code": (
        "Alternativet «{code}» er et annet enn på første rad for driveren (linje {line}), så det "
        "er et eget alternativ (et scenario); koden må være bokstaver, sifre, - og _, høyst 20 "
        "tegn, for eksempel «LLML».",
        "Alternativet «{code}» er eit anna enn på første rada for driveren (linje {line}), så "
        "det er eit eige alternativ (eit scenario); koden må vere bokstavar, siffer, - og _, "
        "høgst 20 teikn, til dømes «LLML».",
        "The alternative «{code}» differs from the driver's first row (line {line}), so it is "
        "another alternative (a scenario); its code must be letters, digits, - and _, at most "
        "20 characters.",
    ),
    "read.k807.year_twice": (
        "Året {year} er oppgitt to ganger for «{id}»{under}.",
        "Året {year} er oppgitt to gonger for «{id}»{under}.",
        "The year {year} is given twice for «{id}»{under}.",
    ),
    "read.k807.under_alternative": (
        " under alternativet «{code}»",
        " under alternativet «{code}»",
        " under the alternative «{code}»",
    ),
    # --- the coat of arms (image): the end of «... is left off the cover: {reason}.» ----------
    "read.image.names_no_file": (
        "stien peker ikke på noen fil",
        "stien peikar ikkje på noka fil",
        "it names no file",
    ),
    "read.image.address": (
        "det er en nettadresse; oppgi en fil i planmappa",
        "det er ei nettadresse; oppgi ei fil i planmappa",
        "it is an address; name a file in the plan directory",
    ),
    "read.image.backslash": (
        "skriv stien med / mellom mappene",
        "skriv stien med / mellom mappene",
        "write the path with / between folders",
    ),
    "read.image.absolute": (
        "det er en absolutt sti; oppgi en sti som går ut fra planmappa",
        "det er ein absolutt sti; oppgi ein sti som går ut frå planmappa",
        "it is an absolute path; give a path relative to the plan directory",
    ),
    "read.image.parent": (
        "stien går ut av planmappa («..»)",
        "stien går ut av planmappa («..»)",
        "it leads out of the plan directory («..»)",
    ),
    "read.image.no_such_file": ("fila finnes ikke", "fila finst ikkje", "there is no such file"),
    "read.image.link_out": (
        "det er en symbolsk lenke ut av planmappa",
        "det er ei symbolsk lenkje ut av planmappa",
        "it is a symbolic link out of the plan directory",
    ),
    "read.image.not_regular": (
        "det er ikke en vanlig fil",
        "det er ikkje ei vanleg fil",
        "it is not a regular file",
    ),
    "read.image.unreadable": (
        "fila kan ikke leses",
        "fila kan ikkje lesast",
        "the file cannot be read",
    ),
    "read.image.too_large": (
        "fila er større enn {mb} MB",
        "fila er større enn {mb} MB",
        "the file is larger than {mb} MB",
    ),
    "read.image.entities": (
        "bildet deklarerer XML-entiteter, som kplan ikke godtar i en SVG",
        "biletet deklarerer XML-entitetar, som kplan ikkje godtek i ei SVG-fil",
        "it declares XML entities, which kplan does not accept in an SVG",
    ),
    "read.image.not_an_image": (
        "det er ikke et PNG-, JPEG- eller SVG-bilde (avgjort ut fra innholdet, ikke navnet)",
        "det er ikkje eit PNG-, JPEG- eller SVG-bilete (avgjort ut frå innhaldet, ikkje namnet)",
        "it is not a PNG, JPEG or SVG image (told by its content, not its name)",
    ),
    "read.image.no_size": (
        "bildet oppgir ingen størrelse; fila kan være skadet",
        "biletet oppgir ingen storleik; fila kan vere skadd",
        "its header gives no size; it may be damaged",
    ),
    "read.image.too_many_pixels": (
        "bildet er {width} × {height} piksler; høyst {most} på hver side",
        "biletet er {width} × {height} pikslar; høgst {most} på kvar side",
        "it is {width} × {height} pixels; at most {most} on a side",
    ),
    "read.image.nested_image": (
        "SVG-en har et bilde inni et bilde inni seg",
        "SVG-fila har eit bilete inni eit bilete inni seg",
        "it holds an image within an image within the SVG",
    ),
    "read.image.undecodable": (
        "bildet som ligger inni, kan ikke dekodes",
        "biletet som ligg inni, kan ikkje dekodast",
        "its embedded image cannot be decoded",
    ),
    "read.image.inner_refused": (
        "et bilde inni SVG-en blir avvist: {why}",
        "eit bilete inni SVG-fila blir avvist: {why}",
        "an image inside it is refused: {why}",
    ),
    "read.image.not_xml": (
        "det er ikke gyldig XML, og dermed ikke et SVG-bilde",
        "det er ikkje gyldig XML, og dermed ikkje eit SVG-bilete",
        "it is not well-formed XML, so it is no SVG image",
    ),
    "read.image.self_reference": (
        "bildet viser til seg selv (en <use> eller url(#...) inni det som tegnes)",
        "biletet viser til seg sjølv (ein <use> eller url(#...) inni det som blir teikna)",
        "it refers to itself (a <use> or url(#...) inside what it draws)",
    ),
    "read.image.too_deep": (
        "elementene ligger for mange nivåer inni hverandre",
        "elementa ligg for mange nivå inni kvarandre",
        "its elements nest too deep",
    ),
    "read.image.too_many_parts": (
        "bildet gjentar delene sine til mer enn {most} elementer",
        "biletet gjentek delane sine til meir enn {most} element",
        "it repeats its parts into more than {most} elements",
    ),
    # --- personal data (privacy) ----------------------------------------------------------------
    "read.privacy.fnr": ("et fødselsnummer", "eit fødselsnummer", "a fødselsnummer"),
    "read.privacy.d_number": ("et D-nummer", "eit D-nummer", "a D-number"),
    "read.k601.fnr": (
        "Dette ser ut som {what} (11 sifre som begynner med en dato). Planer er offentlige, og "
        "git glemmer aldri: fjern det.",
        "Dette ser ut som {what} (11 siffer som byrjar med ein dato). Planar er offentlege, og "
        "git gløymer aldri: fjern det.",
        "This looks like {what} (11 digits starting with a date). Plans are public and git "
        "never forgets: remove it.",
    ),
    "read.k602.email": (
        "Dette er en e-postadresse. Planer er offentlige, og git glemmer aldri: skriv rollen i "
        "stedet.",
        "Dette er ei e-postadresse. Planar er offentlege, og git gløymer aldri: skriv rolla i "
        "staden.",
        "This is an e-mail address. Plans are public and git never forgets: name the role instead.",
    ),
    "read.k603.phone": (
        "«{text}» ser ut som et telefonnummer. Planer er offentlige, og git glemmer aldri: skriv "
        "rollen eller tjenesten i stedet.",
        "«{text}» ser ut som eit telefonnummer. Planar er offentlege, og git gløymer aldri: "
        "skriv rolla eller tenesta i staden.",
        "«{text}» looks like a phone number. Plans are public and git never forgets: name the "
        "role or the service instead.",
    ),
    "read.k604.address": (
        "«{text}» ser ut som en gateadresse. Planer er offentlige, og git glemmer aldri: ikke "
        "skriv hvor folk bor.",
        "«{text}» ser ut som ei gateadresse. Planar er offentlege, og git gløymer aldri: ikkje "
        "skriv kvar folk bur.",
        "«{text}» looks like a street address. Plans are public and git never forgets: leave "
        "out where people live.",
    ),
}
