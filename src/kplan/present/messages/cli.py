"""Messages of the cli stage: key → (bokmål, nynorsk, English).

Three groups: the `--help` of every command and option (`cli.help.*`, `cli.metavar.*`), the
words typer and click would otherwise say in English (`cli.usage.*`, `cli.panel.*`,
`cli.click.*`, read by `kplan.cli.clickwords`), and what the command line itself says
(`cli.say.*`). A help text is looked up by its key when the app is built for a run, in the
language `--lang` (anywhere on the command line), KPLAN_LANG or the locale names.
"""

from __future__ import annotations

HELP: dict[str, tuple[str, str, str]] = {
    "cli.help.app": (
        "Strategiske kompetanseplaner som YAML i git: sjekk, analyser, lag plandokumentet.",
        "Strategiske kompetanseplanar som YAML i git: sjekk, analyser, lag plandokumentet.",
        "Strategic competence plans (strategisk kompetanseplan) as YAML in git.",
    ),
    "cli.help.version": ("Vis versjonen.", "Vis versjonen.", "Show the version."),
    "cli.help.help": (
        "Vis denne hjelpen og avslutt.",
        "Vis denne hjelpa og avslutt.",
        "Show this message and exit.",
    ),
    "cli.help.install_completion": (
        "Installer fullføring med TAB for skallet du bruker.",
        "Installer fullføring med TAB for skalet du brukar.",
        "Install completion for the current shell.",
    ),
    "cli.help.show_completion": (
        "Vis fullføringen for skallet du bruker, for å kopiere den eller tilpasse installasjonen.",
        "Vis fullføringa for skalet du brukar, for å kopiere ho eller tilpasse installasjonen.",
        "Show completion for the current shell, to copy it or customize the installation.",
    ),
    # options several commands share
    "cli.help.path": (
        "Planmappa (med kplan.yaml) eller en plan i én fil.",
        "Planmappa (med kplan.yaml) eller ein plan i éi fil.",
        "The plan directory (with kplan.yaml) or single-file plan.",
    ),
    "cli.help.at": (
        "Les planen slik den var i denne git-versjonen (tagg, gren eller commit).",
        "Les planen slik han var i denne git-versjonen (tagg, grein eller commit).",
        "Read the plan as it was at this git revision (tag, branch, commit).",
    ),
    "cli.help.lang": (
        "nb, nn eller en: språket kplan skriver på (ellers KPLAN_LANG, planens målform, "
        "språket i systemet, nb).",
        "nb, nn eller en: språket kplan skriv på (elles KPLAN_LANG, målforma i planen, "
        "språket i systemet, nb).",
        "nb, nn or en: the language kplan writes in (else KPLAN_LANG, the plan's målform, "
        "the locale, nb).",
    ),
    "cli.help.format": (
        "Format: {formats}{note}.",
        "Format: {formats}{note}.",
        "Output format: {formats}{note}.",
    ),
    "cli.help.format_note.render": (
        " (ellers etter filnavnet i --output, eller html)",
        " (elles etter filnamnet i --output, eller html)",
        " (default: from the --output name, else html)",
    ),
    # validate
    "cli.help.validate": (
        "Sjekk planer og meld hvert problem som fil:linje:kolonne: KODE alvorlighet: melding.",
        "Sjekk planar og meld kvart problem som fil:linje:kolonne: KODE alvorsgrad: melding.",
        "Check plans and report every problem as path:line:col: CODE severity: message.",
    ),
    "cli.help.validate.paths": (
        "Planmapper (med kplan.yaml) eller planer i én fil.",
        "Planmapper (med kplan.yaml) eller planar i éi fil.",
        "Plan directories (with kplan.yaml) or single-file plans.",
    ),
    "cli.help.validate.strict": (
        "Også advarsler gir avslutningskode 1.",
        "Åtvaringar gir òg avslutningskode 1.",
        "Warnings fail too (exit 1).",
    ),
    # gap
    "cli.help.gap": (
        "Bemanningsbalanse og kompetansegap år for år, med det tiltakene gir.",
        "Bemanningsbalanse og kompetansegap år for år, med det tiltaka gir.",
        "Staffing balance and competence gap, year by year, with what the actions add.",
    ),
    "cli.help.gap.unit": (
        "Bare denne enheten og enhetene under den.",
        "Berre denne eininga og einingane under henne.",
        "Only this unit and the units below it.",
    ),
    "cli.help.gap.year": ("Bare dette året.", "Berre dette året.", "Only this year."),
    "cli.help.gap.fail_on_gap": (
        "Avslutt med kode 3 når det står igjen et gap eller et rekrutteringsbehov etter "
        "tiltakene, eller når et tall er ukjent (1 betyr at planen har feil).",
        "Avslutt med kode 3 når det står att eit gap eller eit rekrutteringsbehov etter "
        "tiltaka, eller når eit tal er ukjent (1 tyder at planen har feil).",
        "Exit 3 when a gap or a recruitment need remains after the actions, or a figure is "
        "unknown (1 means the plan has errors).",
    ),
    "cli.help.gap.explain": (
        "Forklar ett tall: KRAV/ENHET/ÅR.",
        "Forklar eitt tal: KRAV/EINING/ÅR.",
        "Explain one figure: REQUIREMENT/UNIT/YEAR.",
    ),
    "cli.help.gap.scenario": (
        "Alternativet for drivkreftene som skal brukes, for eksempel LLML eller HHMH.",
        "Alternativet for drivkreftene som skal brukast, til dømes LLML eller HHMH.",
        "The drivers' alternative to use, e.g. LLML or HHMH.",
    ),
    # cost
    "cli.help.cost": (
        "Kostnadene i tiltaksplanen per budsjettår, enhet og strategi, fratrukket tilskudd.",
        "Kostnadene i tiltaksplanen per budsjettår, eining og strategi, fråtrekt tilskot.",
        "The action plan's costs per budget year, unit and strategy, net of grants.",
    ),
    "cli.help.cost.by": (
        "Grupper etter year (år), unit (enhet), strategy (planens egne strategier) eller "
        "kind (KS-strategien); gjenta for flere.",
        "Grupper etter year (år), unit (eining), strategy (strategiane i planen) eller "
        "kind (KS-strategien); gjenta for fleire.",
        "Group by year, unit, strategy (the plan's own) or kind (the KS strategy); repeat "
        "for several.",
    ),
    # render
    "cli.help.excel": (
        "Handlingsplanen som Excel-skjema: eksporter for utfylling, importer det utfylte.",
        "Handlingsplanen som Excel-skjema: eksporter for utfylling, importer det utfylte.",
        "The action plan as an Excel form: export it to be filled in, import it back.",
    ),
    "cli.help.render": (
        "Plandokumentet politikerne leser, i Markdown, HTML, PDF eller Word.",
        "Plandokumentet politikarane les, i Markdown, HTML, PDF eller Word.",
        "The plan document the politicians read, in Markdown, HTML, PDF or Word.",
    ),
    "cli.help.render.reference_doc": (
        "Kommunens eget Word-dokument (.docx) med stilene dokumentet skal ha (skrift, farger, "
        "overskrifter, marger); bare for Word.",
        "Eige Word-dokument (.docx) frå kommunen med stilane dokumentet skal ha (skrift, "
        "fargar, overskrifter, margar); berre for Word.",
        "The kommune's own Word document (.docx) with the styles the document takes (fonts, "
        "colours, headings, margins); Word only.",
    ),
    "cli.help.render.output": (
        "Skriv til denne fila (ellers til standard output).",
        "Skriv til denne fila (elles til standard output).",
        "Write to this file (default: stdout).",
    ),
    "cli.help.render.lang": (
        "nb, nn eller en: språket i dokumentet (ellers planens målform).",
        "nb, nn eller en: språket i dokumentet (elles målforma i planen).",
        "nb, nn or en: the document's language (default: the plan's målform).",
    ),
    "cli.help.render.templates": (
        "Mappe med maler som erstatter de innebygde.",
        "Mappe med malar som erstattar dei innebygde.",
        "Directory with templates that override.",
    ),
    "cli.help.render.follow_up": (
        "Ta med den årlige oppfølgingen (kplan status) for ÅR.",
        "Ta med den årlege oppfølginga (kplan status) for ÅR.",
        "Include the yearly follow-up (kplan status) of YEAR.",
    ),
    # diff, log
    "cli.help.diff": (
        "Hva som er endret i planen mellom to versjoner: punkter, felt og tall.",
        "Kva som er endra i planen mellom to versjonar: punkt, felt og tal.",
        "What changed in the plan between two versions: items, fields and figures.",
    ),
    "cli.help.diff.args": (
        "Opptil to versjoner og en plan, alle valgfrie: REV_A er ellers den sist vedtatte "
        "versjonen, REV_B arbeidskopien og PLAN mappa du står i.",
        "Opptil to versjonar og ein plan, alle valfrie: REV_A er elles den sist vedtekne "
        "versjonen, REV_B arbeidskopien og PLAN mappa du står i.",
        "Up to two revisions and a path, each optional: REV_A defaults to the last adopted "
        "version, REV_B to the working tree, PATH to the current directory.",
    ),
    "cli.help.log": (
        "Planens versjoner i git, med vedtakene som vedtok dem og hva som ble endret.",
        "Versjonane av planen i git, med vedtaka som vedtok dei og kva som vart endra.",
        "The plan's versions in git, with the decisions that adopted them and what changed.",
    ),
    "cli.help.log.limit": (
        "Høyst så mange versjoner.",
        "Høgst så mange versjonar.",
        "At most this many versions.",
    ),
    # status
    "cli.help.status": (
        "Den årlige oppfølgingen av tiltakene (KS steg 7): status, forsinkede tiltak, "
        "penger, evaluering.",
        "Den årlege oppfølginga av tiltaka (KS steg 7): status, forseinka tiltak, pengar, "
        "evaluering.",
        "The yearly follow-up of the actions (KS steg 7): status, late actions, money, evaluation.",
    ),
    "cli.help.status.year": (
        "Året som skal følges opp, innenfor planperioden (ellers i år; med --at året for "
        "den versjonen).",
        "Året som skal følgjast opp, innanfor planperioden (elles i år; med --at året for "
        "den versjonen).",
        "The year to follow up, within the plan period (default: this year; with --at, "
        "the year of that revision).",
    ),
    # schema
    "cli.help.schema": (
        "Skriv ut JSON Schema for planfilene, til editorer og check-jsonschema.",
        "Skriv ut JSON Schema for planfilene, til redigeringsprogram og check-jsonschema.",
        "Print the JSON Schema of plan files, for editors and check-jsonschema.",
    ),
    "cli.help.schema.draft": (
        "Versjon av JSON Schema: 2020-12, eller 7 for eldre editorer.",
        "Versjon av JSON Schema: 2020-12, eller 7 for eldre redigeringsprogram.",
        "JSON Schema dialect: 2020-12, or 7 for older editors.",
    ),
    # what the help shows for a value: names in capitals, as the usage line shows them
    "cli.metavar.plan": ("PLAN", "PLAN", "PATH"),
    "cli.metavar.plans": ("PLANER", "PLANAR", "PATHS"),
    "cli.metavar.diff": ("REV_A REV_B PLAN", "REV_A REV_B PLAN", "REV_A REV_B PATH"),
    "cli.metavar.unit": ("ENHET", "EINING", "UNIT"),
    "cli.metavar.year": ("ÅR", "ÅR", "YEAR"),
    "cli.metavar.rev": ("REV", "REV", "REV"),
    "cli.metavar.id": ("ID", "ID", "ID"),
    "cli.metavar.scenario": ("ALTERNATIV", "ALTERNATIV", "SCENARIO"),
    "cli.metavar.file": ("FIL", "FIL", "FILE"),
    "cli.metavar.dir": ("MAPPE", "MAPPE", "DIR"),
    "cli.metavar.count": ("ANTALL", "TAL", "N"),
    # the options issue 15 added (excel, --output, --excel, --quiet)
    "cli.help.quiet": (
        "Vis ikke framdriften på terminalen (den vises bare der, på stderr).",
        "Vis ikkje framdrifta på terminalen (ho blir berre vist der, på stderr).",
        "Show no progress on the terminal (it is shown only there, on stderr).",
    ),
    "cli.help.output.file": (
        "Skriv til denne fila; uten --format gir navnet formatet (.xlsx, .csv, .json, .md).",
        "Skriv til denne fila; utan --format gir namnet formatet (.xlsx, .csv, .json, .md).",
        "Write to this file; without --format its name gives the format (.xlsx, .csv, .json, .md).",
    ),
    "cli.help.output.excel": (
        "CSV som norsk Excel åpner i kolonner: semikolon, desimalkomma, BOM og CRLF (gir "
        "csv; ikke med et annet format).",
        "CSV som norsk Excel opnar i kolonnar: semikolon, desimalkomma, BOM og CRLF (gir "
        "csv; ikkje med eit anna format).",
        "CSV as Norwegian Excel opens it in columns: semicolons, decimal commas, a BOM and "
        "CRLF (gives csv; not with another format).",
    ),
    "cli.help.format_note.gap": (
        " (ellers etter filnavnet i --output, eller table)",
        " (elles etter filnamnet i --output, eller table)",
        " (default: from the --output name, else table)",
    ),
    "cli.help.format_note.cost": (
        " (ellers etter filnavnet i --output, eller table)",
        " (elles etter filnamnet i --output, eller table)",
        " (default: from the --output name, else table)",
    ),
    "cli.help.format_note.status": (
        " (ellers etter filnavnet i --output, eller text)",
        " (elles etter filnamnet i --output, eller text)",
        " (default: from the --output name, else text)",
    ),
    "cli.help.excel.export": (
        "Skriv tiltaksplanen som et Excel-skjema enhetene kan fylle ut (les det inn igjen med "
        "`kplan excel import`).",
        "Skriv tiltaksplanen som eit Excel-skjema einingane kan fylle ut (les det inn att med "
        "`kplan excel import`).",
        "Write the action plan as an Excel form for the units to fill in (read it back with "
        "`kplan excel import`).",
    ),
    "cli.help.excel.export.output": (
        "Excel-fila som skal skrives (.xlsx).",
        "Excel-fila som skal skrivast (.xlsx).",
        "The Excel file to write (.xlsx).",
    ),
    "cli.help.excel.export.force": (
        "Skriv over en fil som finnes (den kan ha endringer som ikke er lest inn).",
        "Skriv over ei fil som finst (ho kan ha endringar som ikkje er lesne inn).",
        "Overwrite an existing file (it may hold edits not imported yet).",
    ),
    "cli.help.excel.export.lang": (
        "Språket i skjemaet (forside og kolonner); standard: planens målform.",
        "Språket i skjemaet (framside og kolonnar); standard: målforma til planen.",
        "The form's language (cover and columns); default: the plan's målform.",
    ),
    "cli.help.excel.import": (
        "Les et utfylt tiltaksskjema (.xlsx) inn i planen: viser endringene, og lagrer dem "
        "med --write.",
        "Les eit utfylt tiltaksskjema (.xlsx) inn i planen: viser endringane, og lagrar dei "
        "med --write.",
        "Read a filled-in action form (.xlsx) into the plan: shows the changes, and saves "
        "them with --write.",
    ),
    "cli.help.excel.import.workbook": (
        "Arbeidsboka som er fylt ut (fra kplan excel export).",
        "Arbeidsboka som er fylt ut (frå kplan excel export).",
        "The filled-in workbook (from kplan excel export).",
    ),
    "cli.help.excel.import.write": (
        "Lagre endringene i planens YAML-filer (uten: bare vis dem).",
        "Lagre endringane i YAML-filene til planen (utan: berre vis dei).",
        "Save the changes in the plan's YAML files (without: only show them).",
    ),
    "cli.help.excel.import.format": (
        "Utdata: text (standard) eller json.",
        "Utdata: text (standard) eller json.",
        "Output: text (default) or json.",
    ),
}

CLICK: dict[str, tuple[str, str, str]] = {
    # the frame of every --help
    "cli.usage.prefix": ("Bruk: ", "Bruk: ", "Usage: "),
    "cli.usage.options": ("[VALG]", "[VAL]", "[OPTIONS]"),
    "cli.usage.command": (
        "KOMMANDO [ARGUMENTER]...",
        "KOMMANDO [ARGUMENT]...",
        "COMMAND [ARGS]...",
    ),
    "cli.panel.arguments": ("Argumenter", "Argument", "Arguments"),
    "cli.panel.options": ("Valg", "Val", "Options"),
    "cli.panel.commands": ("Kommandoer", "Kommandoar", "Commands"),
    "cli.panel.error": ("Feil", "Feil", "Error"),
    "cli.panel.default": ("[standard: {value}]", "[standard: {value}]", "[default: {value}]"),
    "cli.panel.envvar": ("[miljøvariabel: {name}]", "[miljøvariabel: {name}]", "[env var: {name}]"),
    "cli.panel.required": ("[må oppgis]", "[må oppgjevast]", "[required]"),
    "cli.panel.deprecated": ("(utgått) ", "(utgått) ", "(deprecated) "),
    "cli.panel.aborted": ("Avbrutt.", "Avbrote.", "Aborted."),
    # a usage error, and where to read more
    "cli.click.see_help": (
        "{message} (se «{command} --help»).",
        "{message} (sjå «{command} --help»).",
        "{message} (see '{command} --help').",
    ),
    "cli.click.quote": ("«{name}»", "«{name}»", "'{name}'"),
    "cli.click.no_such_option": (
        "Valget «{option}» finnes ikke",
        "Valet «{option}» finst ikkje",
        "No such option: {option}",
    ),
    "cli.click.did_you_mean": (
        "{message}. Mente du {options}?",
        "{message}. Meinte du {options}?",
        "{message}. Did you mean {options}?",
    ),
    "cli.click.no_value": (
        "Valget {option} tar ingen verdi",
        "Valet {option} tek ingen verdi",
        "Option {option} does not take a value",
    ),
    "cli.click.needs_value": (
        "Valget {option} må ha en verdi",
        "Valet {option} må ha ein verdi",
        "Option {option} requires an argument",
    ),
    "cli.click.needs_values": (
        "Valget {option} må ha {n} verdier",
        "Valet {option} må ha {n} verdiar",
        "Option {option} requires {n} arguments",
    ),
    "cli.click.argument_values": (
        "Argumentet {argument} tar {n} verdier",
        "Argumentet {argument} tek {n} verdiar",
        "Argument {argument} takes {n} values",
    ),
    "cli.click.extra.one": (
        "Ett argument for mye: {args}",
        "Eitt argument for mykje: {args}",
        "Got unexpected extra argument ({args})",
    ),
    "cli.click.extra.many": (
        "For mange argumenter: {args}",
        "For mange argument: {args}",
        "Got unexpected extra arguments ({args})",
    ),
    "cli.click.missing_argument": (
        "Argumentet {name} mangler",
        "Argumentet {name} manglar",
        "Missing argument {name}",
    ),
    "cli.click.missing_option": (
        "Valget {name} mangler",
        "Valet {name} manglar",
        "Missing option {name}",
    ),
    "cli.click.missing_command": (
        "Skriv en kommando",
        "Skriv ein kommando",
        "Missing command",
    ),
    "cli.click.no_such_command": (
        "Kommandoen {name} finnes ikke",
        "Kommandoen {name} finst ikkje",
        "No such command {name}",
    ),
    "cli.click.invalid_for": (
        "Ugyldig verdi for {param}: {reason}",
        "Ugyldig verdi for {param}: {reason}",
        "Invalid value for {param}: {reason}",
    ),
    "cli.click.invalid": (
        "Ugyldig verdi: {reason}",
        "Ugyldig verdi: {reason}",
        "Invalid value: {reason}",
    ),
    "cli.click.not_one_of": (
        "{value} er ikke blant valgene {choices}",
        "{value} er ikkje mellom vala {choices}",
        "{value} is not one of {choices}",
    ),
    "cli.click.at_most": (
        "verdien kan være høyst {n}",
        "verdien kan vere høgst {n}",
        "Input should be less than or equal to {n}",
    ),
    "cli.click.at_least": (
        "verdien må være minst {n}",
        "verdien må vere minst {n}",
        "Input should be greater than or equal to {n}",
    ),
    "cli.click.integer": (
        "skriv et heltall",
        "skriv eit heiltal",
        "Input should be a valid integer, unable to parse string as an integer",
    ),
    "cli.click.not_valid": (
        "{value} er ikke en gyldig verdi ({kind})",
        "{value} er ikkje ein gyldig verdi ({kind})",
        "Value {value} is not a valid {kind}",
    ),
}

SAY: dict[str, tuple[str, str, str]] = {
    "cli.say.plan_has_errors": (
        "planen har feil; rett dem først (kplan validate).",
        "planen har feil; rett dei først (kplan validate).",
        "the plan has errors; fix them first (kplan validate).",
    ),
    "cli.say.no_figure": (
        "det finnes ikke noe tall med id-en «{id}»; id-ene har formen KRAV/ENHET/ÅR, "
        "som «{example}».",
        "det finst ikkje noko tal med id-en «{id}»; id-ane har forma KRAV/EINING/ÅR, "
        "som «{example}».",
        "no figure «{id}»; ids look like REQUIREMENT/UNIT/YEAR, as «{example}».",
    ),
    "cli.say.no_figure_at_all": (
        "det finnes ikke noe tall med id-en «{id}»; tabellen har ingen tall.",
        "det finst ikkje noko tal med id-en «{id}»; tabellen har ingen tal.",
        "no figure «{id}»; the table has no figures.",
    ),
    "cli.say.explain_format": (
        "--explain skriver --format table eller json, ikke {format}.",
        "--explain skriv --format table eller json, ikkje {format}.",
        "--explain writes --format table or json, not {format}.",
    ),
    "cli.say.cannot_write": (
        "kan ikke skrive {file}: {reason}.",
        "kan ikkje skrive {file}: {reason}.",
        "cannot write {file}: {reason}.",
    ),
    "cli.say.diff_args": (
        "diff tar høyst to versjoner og en plan.",
        "diff tek høgst to versjonar og ein plan.",
        "diff takes at most two revisions and a path.",
    ),
    "cli.say.year_outside": (
        "--year {year}: planen gjelder {first}–{last}.",
        "--year {year}: planen gjeld {first}–{last}.",
        "--year {year}: the plan covers {first}-{last}.",
    ),
    "cli.say.stdout_failed": (
        "kan ikke skrive til standard output: {reason}.",
        "kan ikkje skrive til standard output: {reason}.",
        "cannot write to standard output: {reason}.",
    ),
    "cli.say.stdout_closed": (
        "standard output er lukket; ingenting kan skrives.",
        "standard output er lukka; ingenting kan skrivast.",
        "standard output is closed; nothing can be written.",
    ),
    "cli.say.cannot_go_on": (
        "kan ikke fortsette:{file} {reason}.",
        "kan ikkje halde fram:{file} {reason}.",
        "cannot go on:{file} {reason}.",
    ),
    "cli.say.too_deep": (
        "intern feil: innholdet er nøstet for dypt.",
        "intern feil: innhaldet er nøsta for djupt.",
        "internal error: the input is nested too deeply.",
    ),
    "cli.say.internal": (
        "intern feil: {kind}: {detail}",
        "intern feil: {kind}: {detail}",
        "internal error: {kind}: {detail}",
    ),
}

MESSAGES: dict[str, tuple[str, str, str]] = {**HELP, **CLICK, **SAY}
