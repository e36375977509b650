"""Messages of the Word document (`kplan render --format docx`): key → (bokmål, nynorsk, English).

What kplan says when the Word file cannot be made (pandoc missing, stopped, failed) and when the
kommune's reference document (`--reference-doc`) cannot be used.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # the engine (pandoc in a child process)
    "docx.timeout": (
        "Word-dokumentet tok mer enn {seconds} sekunder og ble stoppet; en mal kan ha mer "
        "innhold enn et dokument rommer (lag HTML for å se på den).",
        "Word-dokumentet tok meir enn {seconds} sekund og vart stoppa; ein mal kan ha meir "
        "innhald enn eit dokument har plass til (lag HTML for å sjå på han).",
        "the Word document took longer than {seconds} seconds and was stopped; a template may "
        "hold more than a document can (render HTML to look at it).",
    ),
    "docx.cannot_start": (
        "kan ikke starte Word-motoren: {reason}.",
        "kan ikkje starte Word-motoren: {reason}.",
        "cannot start the Word engine: {reason}.",
    ),
    "docx.install": (
        "Word (.docx) krever pandoc. Installer det med `pip install pypandoc-binary`, eller "
        "lag HTML eller PDF i stedet.",
        "Word (.docx) krev pandoc. Installer det med `pip install pypandoc-binary`, eller "
        "lag HTML eller PDF i staden.",
        "Word (.docx) needs pandoc. Install it with `pip install pypandoc-binary`, or render "
        "HTML or PDF instead.",
    ),
    "docx.failed": (
        "pandoc klarte ikke å lage Word-dokumentet ({why}).",
        "pandoc klarte ikkje å lage Word-dokumentet ({why}).",
        "pandoc could not write the Word document ({why}).",
    ),
    "docx.exit": ("avsluttet med kode {code}", "avslutta med kode {code}", "exit {code}"),
    "docx.out_of_memory": (
        "den gikk tom for tid eller minne",
        "han gjekk tom for tid eller minne",
        "it ran out of time or memory",
    ),
    "docx.needs_output": (
        "--format docx trenger --output FIL.",
        "--format docx treng --output FIL.",
        "--format docx needs --output FILE.",
    ),
    # --reference-doc: the kommune's own Word document for styles
    "docx.reference.only_docx": (
        "--reference-doc gjelder bare Word (.docx), ikke --format {format}.",
        "--reference-doc gjeld berre Word (.docx), ikkje --format {format}.",
        "--reference-doc is for Word (.docx) only, not --format {format}.",
    ),
    "docx.reference.missing": (
        "--reference-doc {file}: filen finnes ikke.",
        "--reference-doc {file}: fila finst ikkje.",
        "--reference-doc {file}: there is no such file.",
    ),
    "docx.reference.not_file": (
        "--reference-doc {file}: dette er ikke en vanlig fil (en mappe eller en enhet).",
        "--reference-doc {file}: dette er ikkje ei vanleg fil (ei mappe eller ei eining).",
        "--reference-doc {file}: this is not a regular file (a directory or a device).",
    ),
    "docx.reference.not_docx": (
        "--reference-doc {file}: filen er ikke et Word-dokument (.docx); lagre malen fra Word "
        "som «Word-dokument (*.docx)».",
        "--reference-doc {file}: fila er ikkje eit Word-dokument (.docx); lagre malen frå Word "
        "som «Word-dokument (*.docx)».",
        "--reference-doc {file}: the file is not a Word document (.docx); save the template "
        "from Word as «Word Document (*.docx)».",
    ),
    "docx.reference.outside": (
        "--reference-doc {file}: filen er en lenke til {target}, utenfor planens mappe; "
        "kplan leser ikke filer utenfor planen gjennom en lenke. Kopier dokumentet inn i "
        "planens mappe.",
        "--reference-doc {file}: fila er ei lenkje til {target}, utanfor mappa til planen; "
        "kplan les ikkje filer utanfor planen via ei lenkje. Kopier dokumentet inn i "
        "mappa til planen.",
        "--reference-doc {file}: the file is a link to {target}, outside the plan's "
        "directory; kplan reads no file outside the plan through a link. Copy the document "
        "into the plan's directory.",
    ),
    "docx.reference.external": (
        "--reference-doc {file}: dokumentet får Word til å hente {target} utenfra når det "
        "åpnes (en tilknyttet mal, et koblet bilde eller objekt); kplan tar ikke det med i "
        "planen. Lagre stilene i et nytt dokument uten slike koblinger.",
        "--reference-doc {file}: dokumentet får Word til å hente {target} utanfrå når det "
        "blir opna (ein tilknytt mal, eit kopla bilete eller objekt); kplan tek ikkje det med "
        "i planen. Lagre stilane i eit nytt dokument utan slike koplingar.",
        "--reference-doc {file}: the document has Word fetch {target} from outside when it "
        "is opened (an attached template, a linked picture or object); kplan does not carry "
        "that into the plan. Save the styles in a new document without such links.",
    ),
    "docx.reference.unreadable": (
        "--reference-doc {file}: kan ikke lese filen ({reason}).",
        "--reference-doc {file}: kan ikkje lese fila ({reason}).",
        "--reference-doc {file}: cannot read the file ({reason}).",
    ),
    "docx.reference.too_large": (
        "--reference-doc {file}: filen er større enn {limit} MB; et referansedokument trenger "
        "bare stilene, ikke innhold.",
        "--reference-doc {file}: fila er større enn {limit} MB; eit referansedokument treng "
        "berre stilane, ikkje innhald.",
        "--reference-doc {file}: the file is larger than {limit} MB; a reference document "
        "needs only its styles, not content.",
    ),
}
