"""Messages of the run stage about files: a kommune's templates, the output file, the PDF
engine. Key → (bokmål, nynorsk, English); merged into `run.MESSAGES`."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str, str]] = {
    # --templates: the directory
    "run.templates.missing": (
        "--templates {dir}: mappen finnes ikke.",
        "--templates {dir}: mappa finst ikkje.",
        "--templates {dir}: no such directory.",
    ),
    "run.templates.is_file": (
        "--templates {dir}: dette er en fil; oppgi mappen.",
        "--templates {dir}: dette er ei fil; oppgi mappa.",
        "--templates {dir}: this is a file; give the directory.",
    ),
    "run.templates.unreadable": (
        "--templates {dir}: mappen kan ikke leses.",
        "--templates {dir}: mappa kan ikkje lesast.",
        "--templates {dir}: the directory cannot be read.",
    ),
    # a template that failed or was refused: «file:line: what»
    "run.template.at": ("{where}{said}", "{where}{said}", "{where}{said}"),
    "run.template.sentence": ("{said}.", "{said}.", "{said}."),
    "run.template.syntax": (
        "{where}:{line}: skrivefeil i malen (Jinja: {message})",
        "{where}:{line}: skrivefeil i malen (Jinja: {message})",
        "{where}:{line}: {message}",
    ),
    "run.template.out_of_time": (
        "malen kjørte i mer enn {seconds} s; se etter løkker inni løkker.",
        "malen køyrde i meir enn {seconds} s; sjå etter løkker inni løkker.",
        "the template ran for more than {seconds} s; look for loops in loops.",
    ),
    "run.template.refused": (
        "malen ble avvist: {said}.",
        "malen vart avvist: {said}.",
        "the template was refused: {said}.",
    ),
    "run.template.unsafe": (
        "malen ble avvist: en mal kan bare gå gjennom `doc` og skrive ut feltene (Jinja: {said}).",
        "malen vart avvist: ein mal kan berre gå igjennom `doc` og skrive ut felta "
        "(Jinja: {said}).",
        "the template was refused: {said}; a template may only loop over `doc` and print "
        "its fields.",
    ),
    "run.template.not_found": (
        "malen «{name}» finnes verken i --templates eller blant kplans egne.",
        "malen «{name}» finst verken i --templates eller mellom kplan sine eigne.",
        "there is no template '{name}' in --templates or among kplan's own.",
    ),
    "run.template.recursion": (
        "malen kaller seg selv uten stopp (en makro, include eller extends som fører "
        "tilbake til den?).",
        "malen kallar seg sjølv utan stopp (ein makro, include eller extends som fører "
        "tilbake til han?).",
        "the template calls itself without end (a macro, include or extends back to it?).",
    ),
    "run.template.memory": (
        "malen trenger mer minne enn det finnes.",
        "malen treng meir minne enn det finst.",
        "the template needs more memory than there is.",
    ),
    "run.template.digits_read": (
        "en tekst i malen har for mange sifre til å leses som et tall.",
        "ein tekst i malen har for mange siffer til å lesast som eit tal.",
        "a text in the template has too many digits to read as a number.",
    ),
    "run.template.digits_print": (
        "et tall i malen har for mange sifre til å skrives ut.",
        "eit tal i malen har for mange siffer til å skrivast ut.",
        "a number in the template has too many digits to print.",
    ),
    "run.template.undefined": (
        "malen bruker et felt som ikke finnes (Jinja: {said}); "
        "kplan.document.view.Document viser hvilke felt en mal får.",
        "malen brukar eit felt som ikkje finst (Jinja: {said}); "
        "kplan.document.view.Document viser kva felt ein mal får.",
        "{said}; kplan.document.view.Document lists the fields a template gets.",
    ),
    "run.template.failed": (
        "malen feilet (Jinja: {said}).",
        "malen feila (Jinja: {said}).",
        "the template failed: {said}.",
    ),
    # why the sandbox refuses a template file or a step in it (after «malen ble avvist:»)
    "run.template.outside": (
        "«{name}» ligger utenfor malmappen; bruk maler som ligger i den",
        "«{name}» ligg utanfor malmappa; bruk malar som ligg i ho",
        "'{name}' is outside the template directory; name templates in it",
    ),
    "run.template.links_out": (
        "{path} peker ut av malmappen; kopier filen inn i stedet",
        "{path} peikar ut av malmappa; kopier fila inn i staden",
        "{path} links outside the template directory; copy the file in instead",
    ),
    "run.template.unreadable": (
        "{path} kan ikke leses ({reason})",
        "{path} kan ikkje lesast ({reason})",
        "{path} cannot be read ({reason})",
    ),
    "run.template.not_regular": (
        "{path} er ikke en vanlig fil; maler er tekstfiler",
        "{path} er ikkje ei vanleg fil; malar er tekstfiler",
        "{path} is not a regular file; templates are text files",
    ),
    "run.template.too_large": (
        "{path} er over {kb} kB, for stor for en mal",
        "{path} er over {kb} kB, for stor for ein mal",
        "{path} is over {kb} kB, too large for a template",
    ),
    "run.template.not_utf8": (
        "{path}:{line} er ikke UTF-8-tekst; lagre filen som UTF-8",
        "{path}:{line} er ikkje UTF-8-tekst; lagre fila som UTF-8",
        "{path}:{line} is not UTF-8 text; save it as UTF-8",
    ),
    "run.template.size_args": (
        "{what} med en størrelse over {million} er ikke tillatt; bruk mindre størrelser",
        "{what} med ein storleik over {million} er ikkje tillate; bruk mindre storleikar",
        "{what} with a size over {million} is not allowed; use smaller sizes",
    ),
    "run.template.filter": ("filteret {name}", "filteret {name}", "the filter {name}"),
    "run.template.percent_format": ("et %-format", "eit %-format", "a %-format"),
    "run.template.too_long": (
        "en tekst eller liste på over {million} tegn eller elementer er ikke tillatt",
        "ein tekst eller ei liste på over {million} teikn eller element er ikkje tillate",
        "a text or list over {million} characters or items is not allowed",
    ),
    "run.template.repeat": (
        "å gjenta en tekst eller liste til over {million} elementer er ikke tillatt",
        "å gjenta ein tekst eller ei liste til over {million} element er ikkje tillate",
        "repeating a text or list to over {million} items is not allowed",
    ),
    "run.template.big_number": (
        "et så stort tall er ikke tillatt i en mal",
        "eit så stort tal er ikkje tillate i ein mal",
        "a number this large is not allowed in a template",
    ),
    "run.template.big_power": (
        "en så stor potens er ikke tillatt i en mal",
        "ein så stor potens er ikkje tillate i ein mal",
        "a power this large is not allowed in a template",
    ),
    "run.template.star_width": (
        "bredde eller presisjon gitt som * i et %-format er ikke tillatt",
        "breidd eller presisjon gjeven som * i eit %-format er ikkje tillate",
        "a %-format width or precision given as * is not allowed",
    ),
    "run.template.document_too_long": (
        "dokumentet ville blitt lengre enn {mb} MB",
        "dokumentet ville vorte lengre enn {mb} MB",
        "the document would be longer than {mb} MB",
    ),
    "run.million": ("{n} million", "{n} million", "{n},000,000"),
}

OUTPUT: dict[str, tuple[str, str, str]] = {
    # -o / --output: where kplan will not write
    "run.output.no_name": (
        "{option} trenger et filnavn.",
        "{option} treng eit filnamn.",
        "{option} needs a file name.",
    ),
    "run.output.not_utf8": (
        "{option} {path}: filnavnet er ikke gyldig UTF-8-tekst; velg et enkelt navn.",
        "{option} {path}: filnamnet er ikkje gyldig UTF-8-tekst; vel eit enkelt namn.",
        "{option} {path}: the file name is not valid UTF-8 text; choose a plain name.",
    ),
    "run.output.control": (
        "{option} {path}: filnavnet inneholder et kontrolltegn; velg et enkelt navn.",
        "{option} {path}: filnamnet inneheld eit kontrollteikn; vel eit enkelt namn.",
        "{option} {path}: the file name holds a control character; choose a plain name.",
    ),
    "run.output.directory": (
        "{option} {path} er en mappe; oppgi en fil.",
        "{option} {path} er ei mappe; oppgi ei fil.",
        "{option} {path} is a directory; name a file.",
    ),
    "run.output.no_directory": (
        "{option} {path}: mappen {dir} finnes ikke.",
        "{option} {path}: mappa {dir} finst ikkje.",
        "{option} {path}: the directory {dir} does not exist.",
    ),
    "run.output.refused": (
        "{option} {path} {why}.",
        "{option} {path} {why}.",
        "{option} {path} {why}.",
    ),
    "run.output.refused_file": ("{path} {why}.", "{path} {why}.", "{path} {why}."),
    "run.output.in_git": (
        "{option} {path} ligger i {where}; lagre dokumentet et annet sted.",
        "{option} {path} ligg i {where}; lagre dokumentet ein annan stad.",
        "{option} {path} is inside {where}; write it elsewhere.",
    ),
    "run.output.is_input": (
        "{option} {path} er {input}, en fil planen leser; kplan skriver aldri over filene "
        "planen består av, så oppgi en annen fil.",
        "{option} {path} er {input}, ei fil planen les; kplan skriv aldri over filene planen "
        "er laga av, så oppgi ei anna fil.",
        "{option} {path} is {input}, a file the plan reads; kplan never writes over its input, "
        "so name another file.",
    ),
    "run.output.in_read_dir": (
        "{option} {path} ligger i {dir}, som kplan leser; lagre dokumentet et annet sted.",
        "{option} {path} ligg i {dir}, som kplan les; lagre dokumentet ein annan stad.",
        "{option} {path} is inside {dir}, which kplan reads; write it elsewhere.",
    ),
    "run.output.matches": (
        "{option} {path} passer med «{pattern}», filer planen leser; lagre dokumentet et "
        "annet sted.",
        "{option} {path} passar med «{pattern}», filer planen les; lagre dokumentet ein "
        "annan stad.",
        "{option} {path} matches «{pattern}», files the plan reads; write the document elsewhere.",
    ),
    "run.output.plan_file": (
        "{option} {path} ville blitt en planfil i planmappen {dir}; lagre dokumentet med et "
        "annet navn (.md, .html, .pdf, .docx) eller et annet sted.",
        "{option} {path} ville vorte ei planfil i planmappa {dir}; lagre dokumentet med eit "
        "anna namn (.md, .html, .pdf, .docx) eller ein annan stad.",
        "{option} {path} would be a plan file in the plan directory {dir}; write the document "
        "under another name (.md, .html, .pdf, .docx) or elsewhere.",
    ),
    # why a path is no place for a document (after «-o FIL»)
    "run.target.stdout": (
        "er standard ut eller en annen åpen fil; utelat -o for å skrive til standard ut",
        "er standard ut eller ei anna open fil; utelat -o for å skrive til standard ut",
        "is standard output or another open file; leave out -o to write to standard output",
    ),
    "run.target.special": (
        "er under /dev, /proc eller /sys, en fil for maskinvare eller systemet; kplan "
        "skriver dokumenter bare til vanlige filer",
        "er under /dev, /proc eller /sys, ei fil for maskinvare eller systemet; kplan skriv "
        "dokument berre til vanlege filer",
        "is under /dev, /proc or /sys, a device or system file; kplan writes documents to "
        "regular files only",
    ),
    "run.target.special_via": (
        "fører til {path}, som er under /dev, /proc eller /sys, en fil for maskinvare eller "
        "systemet; kplan skriver dokumenter bare til vanlige filer",
        "fører til {path}, som er under /dev, /proc eller /sys, ei fil for maskinvare eller "
        "systemet; kplan skriv dokument berre til vanlege filer",
        "leads to {path}, which is under /dev, /proc or /sys, a device or system file; kplan "
        "writes documents to regular files only",
    ),
    "run.target.unchecked": (
        "kan ikke kontrolleres ({reason})",
        "kan ikkje kontrollerast ({reason})",
        "cannot be checked ({reason})",
    ),
    "run.target.directory": (
        "er en mappe; kplan skriver dokumenter bare til vanlige filer",
        "er ei mappe; kplan skriv dokument berre til vanlege filer",
        "is a directory; kplan writes documents to regular files only",
    ),
    "run.target.not_regular": (
        "er ikke en vanlig fil; kplan skriver dokumenter bare til vanlige filer",
        "er ikkje ei vanleg fil; kplan skriv dokument berre til vanlege filer",
        "is not a regular file; kplan writes documents to regular files only",
    ),
    "run.target.executable": (
        "er en kjørbar fil (et program eller en hook), ikke et dokument; oppgi en annen fil",
        "er ei køyrbar fil (eit program eller ein hook), ikkje eit dokument; oppgi ei anna fil",
        "is an executable file (a program or a hook), not a document; name another file",
    ),
    "run.target.read_only": (
        "er skrivebeskyttet; kplan skriver ikke over en fil eieren har beskyttet",
        "er skriveverna; kplan skriv ikkje over ei fil eigaren har verna",
        "is read-only; kplan does not write over a file its owner has protected",
    ),
    "run.target.dot_git": ("en .git-mappe", "ei .git-mappe", "a .git directory"),
    "run.target.git_dir": ("git-mappen {dir}", "git-mappa {dir}", "the git directory {dir}"),
    # the PDF engine
    "run.pdf.timeout": (
        "PDF-en tok mer enn {seconds} sekunder og ble stoppet; en mal kan ha mer innhold "
        "enn en side rommer (lag HTML for å se på den).",
        "PDF-en tok meir enn {seconds} sekund og vart stoppa; ein mal kan ha meir innhald "
        "enn ei side har plass til (lag HTML for å sjå på han).",
        "the PDF took longer than {seconds} seconds and was stopped; a template may hold more "
        "than a page can (render HTML to look at it).",
    ),
    "run.pdf.cannot_start": (
        "kan ikke starte PDF-motoren: {reason}.",
        "kan ikkje starte PDF-motoren: {reason}.",
        "cannot start the PDF engine: {reason}.",
    ),
    "run.pdf.install": (
        "PDF krever WeasyPrint og Pango. Installer dem med `pip install weasyprint` og "
        "(Debian/Ubuntu) `apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
        "fonts-liberation2`, eller lag HTML og skriv den ut som PDF fra en nettleser.",
        "PDF krev WeasyPrint og Pango. Installer dei med `pip install weasyprint` og "
        "(Debian/Ubuntu) `apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
        "fonts-liberation2`, eller lag HTML og skriv han ut som PDF frå ein nettlesar.",
        "PDF needs WeasyPrint and Pango. Install them with `pip install weasyprint` and "
        "(Debian/Ubuntu) `apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
        "fonts-liberation2`, or render HTML and print it to PDF from a browser.",
    ),
    "run.pdf.failed": (
        "WeasyPrint klarte ikke å lage PDF-en ({why}).",
        "WeasyPrint klarte ikkje å lage PDF-en ({why}).",
        "WeasyPrint could not print the PDF ({why}).",
    ),
    "run.pdf.exit": ("avsluttet med kode {code}", "avslutta med kode {code}", "exit {code}"),
    "run.pdf.out_of_memory": (
        "den gikk tom for tid eller minne",
        "han gjekk tom for tid eller minne",
        "it ran out of time or memory",
    ),
}
