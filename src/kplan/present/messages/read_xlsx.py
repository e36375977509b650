"""Messages of the legacy-encoding CSV reader and the inventory workbook reader
(kplan.read.rawtext's `read_csv_text`, kplan.read.inventory_xlsx): key → (bokmål, nynorsk,
English).

The reader is an HR adviser who exported a file from the HR system or saved it from Excel: the
Norwegian names the menu choices in Norwegian Excel («CSV UTF-8 (kommadelt)», «Lagre som»).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- CSV in another encoding than UTF-8 (K020, K002) ----------------------------------------
    "read.k020.legacy": (
        "Fila er lagret som {encoding}, ikke UTF-8; kplan leste den som {encoding} (linja står "
        "som «{line}»). Se etter at æ, ø og å ser riktige ut, og lagre fila som «CSV UTF-8 "
        "(kommadelt)» i Excel (Lagre som, Filtype) for å slippe denne merknaden.",
        "Fila er lagra som {encoding}, ikkje UTF-8; kplan las ho som {encoding} (linja står "
        "som «{line}»). Sjå etter at æ, ø og å ser rette ut, og lagre fila som «CSV UTF-8 "
        "(kommadelt)» i Excel (Lagre som, Filtype) for å sleppe denne merknaden.",
        "The file is {encoding}, not UTF-8; kplan read it as {encoding} (the line reads "
        "«{line}»). Check that æ, ø and å look right, and save it as «CSV UTF-8 (Comma "
        "delimited)» in Excel (Save As, file type) to be rid of this note.",
    ),
    "read.k020.utf16": (
        "Fila er lagret som {encoding} (Excels «Unicode-tekst»), ikke UTF-8; kplan leste den "
        "likevel. Lagre fila som «CSV UTF-8 (kommadelt)» i Excel (Lagre som, Filtype) for å "
        "slippe denne merknaden.",
        "Fila er lagra som {encoding} (Excels «Unicode-tekst»), ikkje UTF-8; kplan las ho "
        "likevel. Lagre fila som «CSV UTF-8 (kommadelt)» i Excel (Lagre som, Filtype) for å "
        "sleppe denne merknaden.",
        "The file is {encoding} (Excel's «Unicode Text»), not UTF-8; kplan read it all the "
        "same. Save it as «CSV UTF-8 (Comma delimited)» in Excel (Save As, file type) to be rid "
        "of this note.",
    ),
    "read.k002.mixed": (
        "Fila blander to tegnkodinger: det meste er UTF-8, men her står et tegn i en annen "
        "koding (linja: «{line}»). Skriv tegnet på nytt og lagre fila som UTF-8.",
        "Fila blandar to teiknkodingar: det meste er UTF-8, men her står eit teikn i ei anna "
        "koding (linja: «{line}»). Skriv teiknet på nytt og lagre fila som UTF-8.",
        "The file mixes two encodings: most of it is UTF-8, but here is a character in another "
        "(the line: «{line}»). Type the character again and save the file as UTF-8.",
    ),
}
XLSX_MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- inventory workbooks (K810) -------------------------------------------------------------
    "read.xlsx.hidden_rows": (
        "Rad {row} er skjult i Excel (skjulte rader med innhold i arket: {n}); kplan leser alle "
        "radene, og de ville blitt talt uten at noen ser dem. Vis alle rader (fjern filteret) "
        "og slett dem som ikke skal telles.",
        "Rad {row} er gøymd i Excel (gøymde rader med innhald i arket: {n}); kplan les alle "
        "radene, og dei ville vorte talde utan at nokon ser dei. Vis alle rader (fjern "
        "filteret) og slett dei som ikkje skal teljast.",
        "Row {row} is hidden in Excel (hidden rows with contents in the sheet: {n}); kplan "
        "reads every row, and they would be counted without anyone seeing them. Show all rows "
        "(clear the filter) and delete those that are not to be counted.",
    ),
    "read.xlsx.hidden_sheet": (
        "Arket «{sheet}» er skjult i Excel, men har innhold; kplan leser alle arkene, og "
        "radene ville blitt talt uten at noen ser dem. Vis arket (høyreklikk på en arkfane, "
        "Vis) og slett det eller radene som ikke skal telles.",
        "Arket «{sheet}» er gøymt i Excel, men har innhald; kplan les alle arka, og radene "
        "ville vorte talde utan at nokon ser dei. Vis arket (høgreklikk på ei arkfane, Vis) "
        "og slett det eller radene som ikkje skal teljast.",
        "The sheet «{sheet}» is hidden in Excel but holds something; kplan reads every sheet, "
        "and its rows would be counted without anyone seeing them. Unhide the sheet "
        "(right-click a sheet tab, Unhide) and delete it or the rows that are not to be counted.",
    ),
    "read.xlsx.kind.whole": ("et heltall", "eit heiltal", "a whole number"),
    "read.xlsx.kind.decimal": ("et tall", "eit tal", "a number"),
    "read.xlsx.kind.date": ("en dato", "ein dato", "a date"),
    "read.xlsx.kind.flag": ("ja eller nei", "ja eller nei", "yes or no"),
    "read.xlsx.kind.text": ("tekst", "tekst", "text"),
    "read.xlsx.bool": (
        "Cellen er SANN/USANN, men her skal det stå {kind}.",
        "Cella er SANN/USANN, men her skal det stå {kind}.",
        "The cell is TRUE/FALSE, but this column holds {kind}.",
    ),
    "read.xlsx.not_finite": (
        "Cellen har ikke et tall kplan kan regne med.",
        "Cella har ikkje eit tal kplan kan rekne med.",
        "The cell holds no number kplan can count with.",
    ),
    "read.xlsx.date_as_number": (
        "Cellen er tallet {value}, ikke en dato; formater kolonnen som dato i Excel, eller skriv "
        "datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.",
        "Cella er talet {value}, ikkje ein dato; formater kolonnen som dato i Excel, eller skriv "
        "datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.",
        "The cell is the number {value}, not a date; format the column as a date in Excel, or "
        "write the date as YYYY-MM-DD or DD.MM.YYYY.",
    ),
    "read.xlsx.not_whole": (
        "Cellen er {value}, men her skal det stå et heltall (antall personer).",
        "Cella er {value}, men her skal det stå eit heiltal (talet på personar).",
        "The cell is {value}, but this column holds a whole number (a count of persons).",
    ),
    "read.xlsx.date_in": (
        "Cellen er en dato, men her skal det stå {kind}; formater cellen som tall eller tekst.",
        "Cella er ein dato, men her skal det stå {kind}; formater cella som tal eller tekst.",
        "The cell is a date, but this column holds {kind}; format the cell as a number or text.",
    ),
    "read.xlsx.date_with_time": (
        "Cellen har et klokkeslett ({value}); en beholdning gjelder en dag: skriv bare datoen.",
        "Cella har eit klokkeslett ({value}); ei behaldning gjeld ein dag: skriv berre datoen.",
        "The cell holds a time of day ({value}); an inventory is of a day: write the date only.",
    ),
    "read.xlsx.time": (
        "Cellen er et klokkeslett eller en varighet, ikke en verdi kplan leser.",
        "Cella er eit klokkeslett eller ei varigheit, ikkje ein verdi kplan les.",
        "The cell is a time or a duration, not a value kplan reads.",
    ),
    "read.xlsx.error_value": (
        "Cellen viser Excel-feilen {value}; rett den i HR-eksporten eller regnearket.",
        "Cella viser Excel-feilen {value}; rett han i HR-eksporten eller reknearket.",
        "The cell shows the Excel error {value}; fix it in the HR export or the sheet.",
    ),
    "read.xlsx.text_not_whole": (
        "«{value}» er ikke et heltall{hint}.",
        "«{value}» er ikkje eit heiltal{hint}.",
        "«{value}» is not a whole number{hint}.",
    ),
    "read.xlsx.text_not_number": (
        "«{value}» er ikke et tall (skriv for eksempel 2,5){hint}.",
        "«{value}» er ikkje eit tal (skriv til dømes 2,5){hint}.",
        "«{value}» is not a number (write e.g. 2.5){hint}.",
    ),
    "read.xlsx.text_not_date": (
        "«{value}» er ikke en dato (ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ eller en Excel-dato){hint}.",
        "«{value}» er ikkje ein dato (ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ eller ein Excel-dato){hint}.",
        "«{value}» is not a date (YYYY-MM-DD, DD.MM.YYYY or an Excel date){hint}.",
    ),
    "read.xlsx.no_column": (
        "Cellen står i en kolonne uten navn i overskriftsraden; gi kolonnen et navn, eller tøm "
        "cellen.",
        "Cella står i ein kolonne utan namn i overskriftsrada; gi kolonnen eit namn, eller tøm "
        "cella.",
        "The cell is in a column with no name in the header row; name the column, or clear the "
        "cell.",
    ),
    "read.xlsx.other_header": (
        "Arket «{sheet}» har ikke de samme kolonnene som arket «{first}», så radene blir ikke "
        "lest; kplan leser flere ark bare når de har samme overskriftsrad. Gi arket samme "
        "overskriftsrad, eller flytt det til en annen fil.",
        "Arket «{sheet}» har ikkje dei same kolonnane som arket «{first}», så radene blir ikkje "
        "lesne; kplan les fleire ark berre når dei har same overskriftsrad. Gi arket same "
        "overskriftsrad, eller flytt det til ei anna fil.",
        "Sheet «{sheet}» does not have the columns of sheet «{first}», so its rows are not "
        "read; kplan reads more sheets only when they have the same header row. Give the sheet "
        "the same header row, or move it to another file.",
    ),
    "read.xlsx.macros": (
        "Arbeidsboka har makroer (.xlsm); kplan leser dem ikke. Lagre den som "
        "«Excel-arbeidsbok (*.xlsx)».",
        "Arbeidsboka har makroar (.xlsm); kplan les dei ikkje. Lagre ho som "
        "«Excel-arbeidsbok (*.xlsx)».",
        "The workbook has macros (.xlsm); kplan does not read those. Save it as «Excel Workbook "
        "(*.xlsx)».",
    ),
    "read.xlsx.empty": (
        "Arbeidsboka har ingen ark med innhold; overskriftsraden står i første rad med innhold.",
        "Arbeidsboka har ingen ark med innhald; overskriftsrada står i første rad med innhald.",
        "The workbook has no sheet with anything in it; the header row is the first row that "
        "holds anything.",
    ),
    "read.xlsx.too_many_columns": (
        "Overskriftsraden har flere enn {most} kolonner; dette er ikke en beholdningsoversikt.",
        "Overskriftsrada har fleire enn {most} kolonnar; dette er ikkje ei behaldningsoversikt.",
        "The header row has more than {most} columns; this is not an inventory.",
    ),
    "read.xlsx.unnamed_column": (
        "Kolonne {n} i overskriftsraden har ikke noe navn; gi kolonnen et navn, eller slett den.",
        "Kolonne {n} i overskriftsrada har ikkje noko namn; gi kolonnen eit namn, eller slett han.",
        "Column {n} of the header row has no name; name the column, or delete it.",
    ),
    "read.xlsx.header_not_text": (
        "Overskriftsraden skal ha kolonnenavn som tekst, men her står «{value}»; den første raden "
        "med innhold er overskriftsraden.",
        "Overskriftsrada skal ha kolonnenamn som tekst, men her står «{value}»; den første rada "
        "med innhald er overskriftsrada.",
        "The header row must hold column names as text, but here is «{value}»; the first row "
        "that holds anything is the header row.",
    ),
}
MESSAGES.update(XLSX_MESSAGES)
