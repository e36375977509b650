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
