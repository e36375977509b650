"""Messages of `kplan init`: its --help, its questions and why it refuses. key → (bokmål,
nynorsk, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- help ---------------------------------------------------------------------------------
    "init.help": (
        "Lag en ny plan fra KS-malen: kplan.yaml med alle delene og en kommentar til hver, "
        "framdriftsplanen for de sju stegene, schemaet for editoren, pre-commit og CI. "
        "Overskriver aldri noe.",
        "Lag ein ny plan frå KS-malen: kplan.yaml med alle delane og ein kommentar til kvar, "
        "framdriftsplanen for dei sju stega, schemaet for editoren, pre-commit og CI. "
        "Skriv aldri over noko.",
        "Make a new plan from the KS template: kplan.yaml with every part and a comment on each, "
        "the progress plan for the seven steps, the schema for editors, pre-commit and CI. "
        "Never overwrites anything.",
    ),
    "init.short_help": (
        "Lag en ny plan fra KS-malen.",
        "Lag ein ny plan frå KS-malen.",
        "Make a new plan from the KS template.",
    ),
    "init.help.dir": (
        "Mappen planen skrives i (lages om den ikke finnes; standard: denne mappen).",
        "Mappa planen blir skriven i (blir laga om ho ikkje finst; standard: denne mappa).",
        "The folder to write the plan in (made when missing; default: this folder).",
    ),
    "init.help.kommune": (
        "Kommunens navn, f.eks. «Øyer kommune».",
        "Namnet på kommunen, t.d. «Øyer kommune».",
        "The kommune's name, e.g. «Øyer kommune».",
    ),
    "init.help.number": (
        "Kommunenummeret, fire sifre, f.eks. 0301.",
        "Kommunenummeret, fire siffer, t.d. 0301.",
        "The kommune number, four digits, e.g. 0301.",
    ),
    "init.help.scope": (
        "Hva planen gjelder: kommune (standard) eller «tjenesteområde NAVN», "
        "f.eks. «tjenesteområde Helse og omsorg».",
        "Kva planen gjeld: kommune (standard) eller «tjenesteområde NAMN», "
        "t.d. «tjenesteområde Helse og omsorg».",
        "What the plan covers: kommune (default) or «tjenesteområde NAME», "
        "e.g. «tjenesteområde Helse og omsorg».",
    ),
    "init.help.period": (
        "Planperioden, f.eks. 2025-2028 (standard: de fire årene fra neste år).",
        "Planperioden, t.d. 2025-2028 (standard: dei fire åra frå neste år).",
        "The plan period, e.g. 2025-2028 (default: the four years from next year).",
    ),
    "init.help.lang": (
        "Planens målform: nb (bokmål, standard) eller nn (nynorsk).",
        "Målforma til planen: nb (bokmål, standard) eller nn (nynorsk).",
        "The plan's målform: nb (bokmål, default) or nn (nynorsk).",
    ),
    "init.help.progress_plan": (
        "Start med framdriftsplanen: tittelen sier det, og hvert steg får ansvar, hva og frist "
        "å fylle ut.",
        "Start med framdriftsplanen: tittelen seier det, og kvart steg får ansvar, kva og frist "
        "å fylle ut.",
        "Start with the progress plan: the title says so, and each step gets who, what and a "
        "deadline to fill in.",
    ),
    # --- questions on a terminal --------------------------------------------------------------
    "init.ask.kommune": ("Kommunens navn", "Namnet på kommunen", "The kommune's name"),
    "init.ask.number": (
        "Kommunenummer (fire sifre)",
        "Kommunenummer (fire siffer)",
        "Kommune number (four digits)",
    ),
    "init.ask.scope": (
        "Gjelder planen hele kommunen eller ett tjenesteområde? (kommune/tjenesteområde)",
        "Gjeld planen heile kommunen eller eitt tenesteområde? (kommune/tjenesteområde)",
        "Does the plan cover the whole kommune or one service area? (kommune/tjenesteområde)",
    ),
    "init.ask.area": (
        "Navnet på tjenesteområdet",
        "Namnet på tenesteområdet",
        "The service area's name",
    ),
    "init.ask.period": ("Planperiode", "Planperiode", "Plan period"),
    "init.ask.lang": (
        "Målform (nb = bokmål, nn = nynorsk)",
        "Målform (nb = bokmål, nn = nynorsk)",
        "Målform (nb = bokmål, nn = nynorsk)",
    ),
    "init.ask.again": ("{problem} Prøv igjen.", "{problem} Prøv igjen.", "{problem} Try again."),
    "init.ask.lang_choice": (
        "Svar nb eller nn.",
        "Svar nb eller nn.",
        "Answer nb or nn.",
    ),
    "init.ask.no_answer": (
        "ingen svar på «{question}»; planen er ikke skrevet.",
        "ikkje noko svar på «{question}»; planen er ikkje skriven.",
        "no answer to «{question}»; the plan was not written.",
    ),
    # --- what was written ---------------------------------------------------------------------
    "init.done": (
        "Ny plan i {path}: {files}. Neste steg: fyll ut kplan.yaml, og kjør «kplan validate {arg}».",
        "Ny plan i {path}: {files}. Neste steg: fyll ut kplan.yaml, og køyr «kplan validate {arg}».",
        "New plan in {path}: {files}. Next: fill in kplan.yaml, and run «kplan validate {arg}».",
    ),
    # --- refusals -----------------------------------------------------------------------------
    "init.missing": (
        "mangler {options}; oppgi dem, eller kjør kplan init i en terminal for å bli spurt",
        "manglar {options}; oppgi dei, eller køyr kplan init i ein terminal for å bli spurd",
        "missing {options}; give them, or run kplan init in a terminal to be asked",
    ),
    "init.name_empty": (
        "{option} er tom; skriv navnet.",
        "{option} er tom; skriv namnet.",
        "{option} is empty; write the name.",
    ),
    "init.name_not_utf8": (
        "{option} er ikke gyldig UTF-8-tekst; skriv navnet på nytt.",
        "{option} er ikkje gyldig UTF-8-tekst; skriv namnet på nytt.",
        "{option} is not valid UTF-8 text; type the name again.",
    ),
    "init.name_control": (
        "{option} inneholder et linjeskift eller et annet kontrolltegn; et navn står på én linje.",
        "{option} inneheld eit linjeskift eller eit anna kontrollteikn; eit namn står på éi linje.",
        "{option} holds a line break or another control character; a name is one line.",
    ),
    "init.name_too_long": (
        "{option} er lengre enn {most} tegn; skriv bare navnet.",
        "{option} er lengre enn {most} teikn; skriv berre namnet.",
        "{option} is longer than {most} characters; write only the name.",
    ),
    "init.number_form": (
        "kommunenummeret «{value}» er ikke fire sifre; skriv det slik SSB gir det, "
        "f.eks. «0301» eller «3440».",
        "kommunenummeret «{value}» er ikkje fire siffer; skriv det slik SSB gir det, "
        "t.d. «0301» eller «3440».",
        "the kommune number «{value}» is not four digits; write it as SSB gives it, "
        "e.g. «0301» or «3440».",
    ),
    "init.period_form": (
        "perioden «{value}» er ikke to årstall med bindestrek mellom; skriv f.eks. «2025-2028».",
        "perioden «{value}» er ikkje to årstal med bindestrek mellom; skriv t.d. «2025-2028».",
        "the period «{value}» is not two years with a hyphen between them; write e.g. «2025-2028».",
    ),
    "init.period_years": (
        "perioden «{value}» ligger utenfor årene {first}-{last}; skriv f.eks. «2025-2028».",
        "perioden «{value}» ligg utanfor åra {first}-{last}; skriv t.d. «2025-2028».",
        "the period «{value}» is outside the years {first}-{last}; write e.g. «2025-2028».",
    ),
    "init.period_backwards": (
        "perioden «{value}» slutter før den begynner; skriv det første året først.",
        "perioden «{value}» sluttar før han byrjar; skriv det første året først.",
        "the period «{value}» ends before it starts; write the first year first.",
    ),
    "init.period_too_long": (
        "perioden «{value}» varer {years} år, mer enn {most}; en kompetanseplan går over 4-12 år.",
        "perioden «{value}» varer {years} år, meir enn {most}; ein kompetanseplan går over "
        "4-12 år.",
        "the period «{value}» runs {years} years, more than {most}; a competence plan runs "
        "4-12 years.",
    ),
    "init.scope_unknown": (
        "--scope «{value}» er ikke et omfang kplan init kjenner; velg {choices}.",
        "--scope «{value}» er ikkje eit omfang kplan init kjenner; vel {choices}.",
        "--scope «{value}» is not a scope kplan init knows; choose {choices}.",
    ),
    "init.scope_kommune_name": (
        "--scope «{value}»: en plan for hele kommunen har ikke noe eget navn; skriv bare "
        "«kommune» (kommunens navn står i --kommune).",
        "--scope «{value}»: ein plan for heile kommunen har ikkje noko eige namn; skriv berre "
        "«kommune» (namnet på kommunen står i --kommune).",
        "--scope «{value}»: a plan for the whole kommune has no name of its own; write only "
        "«kommune» (the kommune's name goes in --kommune).",
    ),
    "init.scope_needs_name": (
        "--scope tjenesteområde trenger navnet på tjenesteområdet i samme verdi, "
        "f.eks. --scope «tjenesteområde Helse og omsorg».",
        "--scope tjenesteområde treng namnet på tenesteområdet i same verdien, "
        "t.d. --scope «tjenesteområde Helse og omsorg».",
        "--scope tjenesteområde needs the service area's name in the same value, "
        "e.g. --scope «tjenesteområde Helse og omsorg».",
    ),
    "init.lang_unknown": (
        "--lang «{value}» er ikke en målform for en plan; velg nb eller nn.",
        "--lang «{value}» er ikkje ei målform for ein plan; vel nb eller nn.",
        "--lang «{value}» is not a målform for a plan; choose nb or nn.",
    ),
    "init.dir_name": (
        "mappenavnet «{path}» er tomt, ikke gyldig UTF-8 eller inneholder et kontrolltegn; "
        "velg et vanlig navn.",
        "mappenamnet «{path}» er tomt, ikkje gyldig UTF-8 eller inneheld eit kontrollteikn; "
        "vel eit vanleg namn.",
        "the folder name «{path}» is empty, not valid UTF-8 or holds a control character; "
        "choose a plain name.",
    ),
    "init.dir_symlink": (
        "«{path}» er en symbolsk lenke; kplan init skriver bare i en vanlig mappe. Oppgi mappen "
        "lenken peker på.",
        "«{path}» er ei symbolsk lenkje; kplan init skriv berre i ei vanleg mappe. Oppgi mappa "
        "lenkja peikar på.",
        "«{path}» is a symbolic link; kplan init writes only into a plain folder. Give the "
        "folder the link points to.",
    ),
    "init.dir_not_dir": (
        "«{path}» er en fil, ikke en mappe; oppgi en mappe for den nye planen.",
        "«{path}» er ei fil, ikkje ei mappe; oppgi ei mappe for den nye planen.",
        "«{path}» is a file, not a folder; give a folder for the new plan.",
    ),
    "init.folder_in_the_way": (
        "«{path}» er en fil eller en symbolsk lenke der kplan init skal lage en mappe; "
        "ingenting er skrevet.",
        "«{path}» er ei fil eller ei symbolsk lenkje der kplan init skal lage ei mappe; "
        "ingenting er skrive.",
        "«{path}» is a file or a symbolic link where kplan init would make a folder; nothing "
        "was written.",
    ),
    "init.exists": (
        "{files} finnes allerede i «{path}»; kplan init overskriver aldri noe, så ingenting er "
        "skrevet. Velg en ny mappe.",
        "{files} finst alt i «{path}»; kplan init skriv aldri over noko, så ingenting er "
        "skrive. Vel ei ny mappe.",
        "{files} already exists in «{path}»; kplan init never overwrites anything, so nothing "
        "was written. Choose a new folder.",
    ),
    "init.write_failed": (
        "kan ikke skrive «{path}»: {why}; ingenting er skrevet.",
        "kan ikkje skrive «{path}»: {why}; ingenting er skrive.",
        "cannot write «{path}»: {why}; nothing was written.",
    ),
    "init.not_round_trip": (
        "navnene kan ikke skrives slik at planen leser dem tilbake uendret; ingenting er "
        "skrevet. Meld gjerne fra om navnet.",
        "namna kan ikkje skrivast slik at planen les dei tilbake uendra; ingenting er skrive. "
        "Meld gjerne frå om namnet.",
        "the names cannot be written so that the plan reads them back unchanged; nothing was "
        "written. Please report the name.",
    ),
}
