"""CSV exports from HR systems and SSB (kplan.read.tables, drivers, cells): key → (bokmål,
nynorsk, English).
"""

from __future__ import annotations

CSV_MESSAGES: dict[str, tuple[str, str, str]] = {
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
        "Linjene slutter bare med CR, slik Excel på Mac lagrer «CSV (Macintosh)» (i Mac Roman, "
        "så æ, ø og å ville blitt feil); lagre fila som «CSV UTF-8 (kommadelt)» i Excel (Arkiv, "
        "Lagre som, Filformat).",
        "Linjene sluttar berre med CR, slik Excel på Mac lagrar «CSV (Macintosh)» (i Mac Roman, "
        "så æ, ø og å ville blitt feil); lagre fila som «CSV UTF-8 (kommadelt)» i Excel (Arkiv, "
        "Lagre som, Filformat).",
        "The lines end in CR only, as Excel on a Mac saves «CSV (Macintosh)» (in Mac Roman, so "
        "æ, ø and å would come out wrong); save the file as «CSV UTF-8 (Comma delimited)» in "
        "Excel (File, Save As, File Format).",
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
}
