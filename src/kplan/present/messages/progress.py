"""Words of the progress line on a terminal (`kplan.cli.progress`) and of `--quiet`: key →
(bokmål, nynorsk, English).

A stage says what kplan is doing now, as a person would say it; the line adds the time since
the command started.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    "progress.line": ("{stage} … {elapsed}", "{stage} … {elapsed}", "{stage} … {elapsed}"),
    "progress.seconds": ("{seconds} s", "{seconds} s", "{seconds} s"),
    "progress.minutes": (
        "{minutes} min {seconds} s",
        "{minutes} min {seconds} s",
        "{minutes} min {seconds} s",
    ),
    # the stages, in the order a command goes through them
    "progress.read": (
        "Leser og kontrollerer planen",
        "Les og kontrollerer planen",
        "Reading and checking the plan",
    ),
    "progress.analysis": ("Regner ut analysen", "Reknar ut analysen", "Working out the analysis"),
    "progress.document": ("Lager dokumentet", "Lagar dokumentet", "Making the document"),
    "progress.pdf": ("Lager PDF-filen", "Lagar PDF-fila", "Printing the PDF file"),
    "progress.docx": ("Lager Word-filen", "Lagar Word-fila", "Making the Word file"),
    "progress.history": (
        "Leser planens historikk i git",
        "Les historikken til planen i git",
        "Reading the plan's history in git",
    ),
    "progress.write": ("Skriver filen", "Skriv fila", "Writing the file"),
    # help of the option (worded by kplan.cli.clickwords)
}
