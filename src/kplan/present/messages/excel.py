"""Messages of Excel workbooks: opening one from outside (K810) and the action form read back
(K910, K911): key → (bokmål, nynorsk, English). The form's own words (cover sheet, column
headers) are in `excel_words`, merged here.

The reader saved the file from Excel or got it from a colleague: the message says what the file
is and what to do in Excel, never what the zip or XML parser saw.
"""

from __future__ import annotations

from kplan.present.messages.excel_words import WORDS

MESSAGES: dict[str, tuple[str, str, str]] = {
    **WORDS,
    # --- K810: a file that is no workbook kplan opens ------------------------------------------
    "excel.k810.too_large": (
        "Fila er større enn {mb} MB; et tiltaksskjema eller en HR-eksport er langt mindre.",
        "Fila er større enn {mb} MB; eit tiltaksskjema eller ein HR-eksport er langt mindre.",
        "The file is larger than {mb} MB; an action form or an HR export is far smaller.",
    ),
    "excel.k810.xls": (
        "Fila er en gammel Excel 97-2003-arbeidsbok (.xls); åpne den i Excel og lagre som "
        "«Excel-arbeidsbok (.xlsx)».",
        "Fila er ei gammal Excel 97-2003-arbeidsbok (.xls); opne ho i Excel og lagre som "
        "«Excel-arbeidsbok (.xlsx)».",
        "The file is an old Excel 97-2003 workbook (.xls); open it in Excel and save it as "
        "«Excel Workbook (.xlsx)».",
    ),
    "excel.k810.encrypted": (
        "Arbeidsboka er beskyttet med passord; lagre en kopi uten passord (Fil > Info > Beskytt "
        "arbeidsbok) og bruk den.",
        "Arbeidsboka er verna med passord; lagre ein kopi utan passord (Fil > Info > Vern "
        "arbeidsbok) og bruk han.",
        "The workbook is password-protected; save a copy without a password (File > Info > "
        "Protect Workbook) and use that.",
    ),
    "excel.k810.text": (
        "Fila er tekst (CSV eller lignende) med et Excel-navn, ikke en Excel-arbeidsbok; gi den "
        "riktig filendelse (.csv), eller åpne den i Excel og lagre som .xlsx.",
        "Fila er tekst (CSV eller liknande) med eit Excel-namn, ikkje ei Excel-arbeidsbok; gi "
        "ho rett filending (.csv), eller opne ho i Excel og lagre som .xlsx.",
        "The file is text (CSV or the like) with an Excel name, not an Excel workbook; give it "
        "its proper ending (.csv), or open it in Excel and save it as .xlsx.",
    ),
    "excel.k810.not_zip": (
        "Fila er ikke en Excel-arbeidsbok (.xlsx), eller den er skadet; åpne den i Excel og "
        "lagre den på nytt som .xlsx.",
        "Fila er ikkje ei Excel-arbeidsbok (.xlsx), eller ho er skadd; opne ho i Excel og lagre "
        "ho på nytt som .xlsx.",
        "The file is not an Excel workbook (.xlsx), or it is damaged; open it in Excel and save "
        "it again as .xlsx.",
    ),
    "excel.k810.not_xlsx": (
        "Fila er et zip-arkiv, men ikke en Excel-arbeidsbok (.xlsx).",
        "Fila er eit zip-arkiv, men ikkje ei Excel-arbeidsbok (.xlsx).",
        "The file is a zip archive, but not an Excel workbook (.xlsx).",
    ),
    "excel.k810.not_xlsx_ods": (
        "Fila er et OpenDocument-regneark (.ods); lagre det som «Excel-arbeidsbok (.xlsx)».",
        "Fila er eit OpenDocument-rekneark (.ods); lagre det som «Excel-arbeidsbok (.xlsx)».",
        "The file is an OpenDocument spreadsheet (.ods); save it as «Excel Workbook (.xlsx)».",
    ),
    "excel.k810.not_xlsx_docx": (
        "Fila er et Word-dokument (.docx), ikke en Excel-arbeidsbok.",
        "Fila er eit Word-dokument (.docx), ikkje ei Excel-arbeidsbok.",
        "The file is a Word document (.docx), not an Excel workbook.",
    ),
    "excel.k810.bomb": (
        "Fila pakker ut til mer enn {mb} MB eller har urimelig mange deler (en «zip-bombe»); "
        "kplan åpner den ikke.",
        "Fila pakkar ut til meir enn {mb} MB eller har urimeleg mange delar (ei «zip-bombe»); "
        "kplan opnar ho ikkje.",
        "The file unpacks to more than {mb} MB or has unreasonably many parts (a «zip bomb»); "
        "kplan does not open it.",
    ),
    "excel.k810.sheet_too_large": (
        "Et ark i arbeidsboka har mer enn {mb} MB med celler; kplan leser ikke så store ark. "
        "Slett tomme eller unødvendige rader og kolonner, eller del arket opp.",
        "Eit ark i arbeidsboka har meir enn {mb} MB med celler; kplan les ikkje så store ark. "
        "Slett tomme eller unødvendige rader og kolonnar, eller del arket opp.",
        "A sheet of the workbook holds more than {mb} MB of cells; kplan does not read sheets "
        "that large. Delete empty or needless rows and columns, or split the sheet.",
    ),
    "excel.k810.doctype": (
        "Delen {part} i arbeidsboka har en XML-dokumenttypedeklarasjon (DOCTYPE), som Excel "
        "aldri skriver; kplan åpner den ikke.",
        "Delen {part} i arbeidsboka har ein XML-dokumenttypedeklarasjon (DOCTYPE), som Excel "
        "aldri skriv; kplan opnar ho ikkje.",
        "The part {part} of the workbook has an XML document type declaration (DOCTYPE), which "
        "Excel never writes; kplan does not open it.",
    ),
    "excel.k810.damaged": (
        "Arbeidsboka kan ikke leses ({reason}); åpne den i Excel og lagre den på nytt som .xlsx.",
        "Arbeidsboka kan ikkje lesast ({reason}); opne ho i Excel og lagre ho på nytt som .xlsx.",
        "The workbook cannot be read ({reason}); open it in Excel and save it again as .xlsx.",
    ),
    "excel.k810.no_sheets": (
        "Arbeidsboka har ingen ark.",
        "Arbeidsboka har ingen ark.",
        "The workbook has no sheets.",
    ),
    # --- kplan excel export ----------------------------------------------------------------------
    "excel.export.no_output": (
        "si hvor skjemaet skal skrives: `kplan excel export -o tiltak.xlsx`.",
        "sei kvar skjemaet skal skrivast: `kplan excel export -o tiltak.xlsx`.",
        "say where to write the form: `kplan excel export -o tiltak.xlsx`.",
    ),
    "excel.export.not_xlsx": (
        "skjemaet er en Excel-arbeidsbok: gi {file} endelsen .xlsx.",
        "skjemaet er ei Excel-arbeidsbok: gi {file} endinga .xlsx.",
        "the form is an Excel workbook: give {file} the ending .xlsx.",
    ),
    "excel.export.exists": (
        "{file} finnes allerede og kan ha utfyllinger som ikke er lest inn; les den inn med "
        "`kplan excel import {file}`, velg et annet navn, eller skriv over med --force.",
        "{file} finst allereie og kan ha utfyllingar som ikkje er lesne inn; les ho inn med "
        "`kplan excel import {file}`, vel eit anna namn, eller skriv over med --force.",
        "{file} exists already and may hold entries not imported yet; import it with "
        "`kplan excel import {file}`, choose another name, or overwrite it with --force.",
    ),
    "excel.export.wrote": (
        "Skrev {file}: {actions} tiltak på {sheets} ark.",
        "Skreiv {file}: {actions} tiltak på {sheets} ark.",
        "Wrote {file}: {actions} actions on {sheets} sheets.",
    ),
    "excel.export.too_long": (
        "tiltaket {id} har {chars} tegn i «{column}», mer enn en Excel-celle rommer ({most}); "
        "kort det ned i YAML-fila før eksporten.",
        "tiltaket {id} har {chars} teikn i «{column}», meir enn ei Excel-celle har plass til "
        "({most}); kort det ned i YAML-fila før eksporten.",
        "the action {id} has {chars} characters in «{column}», more than an Excel cell holds "
        "({most}); shorten it in the YAML file before the export.",
    ),
    "excel.export.control": (
        "tiltaket {id} har kontrolltegn i «{column}», som en Excel-celle ikke kan ha; fjern dem "
        "i YAML-fila før eksporten.",
        "tiltaket {id} har kontrollteikn i «{column}», som ei Excel-celle ikkje kan ha; fjern "
        "dei i YAML-fila før eksporten.",
        "the action {id} has control characters in «{column}», which an Excel cell cannot "
        "hold; remove them in the YAML file before the export.",
    ),
}
