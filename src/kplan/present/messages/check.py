"""Messages of the check stage: key → (bokmål, nynorsk, English).

The kinds of id («enhet», «mål», «tiltak»...) are words of their own, in the forms the sentences
need: Norwegian nouns carry their gender in the article («en enhet», «ei eining», «et mål»), so
each kind has `check.kind.<section>.a` («en enhet» / «a unit»), `.no` («noen enhet» after «det
finnes ikke»; English: «unit» after «there is no») and `.other` («en annen enhet»; English
«unit» in «the unit id»).
"""

from __future__ import annotations

from kplan.present.messages.check_figures import FIGURE_MESSAGES

_KINDS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str], tuple[str, str, str]]] = {
    # section: ((nb a, no, other), (nn a, no, other), (en a, no, other))
    "units": (
        ("en enhet", "noen enhet", "en annen enhet"),
        ("ei eining", "noka eining", "ei anna eining"),
        ("a unit", "unit", "unit"),
    ),
    "competences": (
        ("en kompetanse", "noen kompetanse", "en annen kompetanse"),
        ("ein kompetanse", "nokon kompetanse", "ein annan kompetanse"),
        ("a competence", "competence", "competence"),
    ),
    "goals": (
        ("et mål", "noe mål", "et annet mål"),
        ("eit mål", "noko mål", "eit anna mål"),
        ("a goal", "goal", "goal"),
    ),
    "strategies": (
        ("en strategi", "noen strategi", "en annen strategi"),
        ("ein strategi", "nokon strategi", "ein annan strategi"),
        ("a strategy", "strategy", "strategy"),
    ),
    "requirements": (
        ("et krav", "noe krav", "et annet krav"),
        ("eit krav", "noko krav", "eit anna krav"),
        ("a requirement", "requirement", "requirement"),
    ),
    "drivers": (
        ("en driver", "noen driver", "en annen driver"),
        ("ein drivar", "nokon drivar", "ein annan drivar"),
        ("a driver", "driver", "driver"),
    ),
    "staffing": (
        ("en bemanningslinje", "noen bemanningslinje", "en annen bemanningslinje"),
        ("ei bemanningslinje", "noka bemanningslinje", "ei anna bemanningslinje"),
        ("a staffing line", "staffing line", "staffing line"),
    ),
    "needs": (
        ("et behov", "noe behov", "et annet behov"),
        ("eit behov", "noko behov", "eit anna behov"),
        ("a need", "need", "need"),
    ),
    "actions": (
        ("et tiltak", "noe tiltak", "et annet tiltak"),
        ("eit tiltak", "noko tiltak", "eit anna tiltak"),
        ("an action", "action", "action"),
    ),
    "arenas": (
        ("en læringsarena", "noen læringsarena", "en annen læringsarena"),
        ("ein læringsarena", "nokon læringsarena", "ein annan læringsarena"),
        ("a learning arena", "learning arena", "learning arena"),
    ),
    "forms": (
        ("en kompetanseform", "noen kompetanseform", "en annen kompetanseform"),
        ("ei kompetanseform", "noka kompetanseform", "ei anna kompetanseform"),
        ("a competence form", "competence form", "competence form"),
    ),
    "decisions": (
        ("et vedtak", "noe vedtak", "et annet vedtak"),
        ("eit vedtak", "noko vedtak", "eit anna vedtak"),
        ("a decision", "decision", "decision"),
    ),
}
"""What one item of each kind of id is called (the sections of `check.rules.base.KINDS`)."""

KIND_FORMS = ("a", "no", "other")


def _kind_rows() -> dict[str, tuple[str, str, str]]:
    rows = {}
    for section, (nb, nn, en) in _KINDS.items():
        for i, form in enumerate(KIND_FORMS):
            rows[f"check.kind.{section}.{form}"] = (nb[i], nn[i], en[i])
    return rows


MESSAGES: dict[str, tuple[str, str, str]] = {
    **_kind_rows(),
    **FIGURE_MESSAGES,
    "check.place": ("{file}, linje {line}", "{file}, linje {line}", "{file}, line {line}"),
    # ids (K201, K203-K205)
    "check.k201.taken": (
        "Id-en «{id}» er allerede brukt av {kind} (den første står i {file}).",
        "Id-en «{id}» er alt brukt av {kind} (den første står i {file}).",
        "The {kind} id «{id}» is already used (first in {file}).",
    ),
    "check.k203.loop": (
        "«{id}» ligger under seg selv: kjeden av overordnede (parent:) går i ring.",
        "«{id}» ligg under seg sjølv: kjeda av overordna (parent:) går i ring.",
        "«{id}» is its own ancestor: the parent chain goes round in a loop.",
    ),
    "check.k204.wrong_name": (
        "«{name}» er ikke navnet på KS-steg {number}; bruk {names}.",
        "«{name}» er ikkje namnet på KS-steg {number}; bruk {names}.",
        "«{name}» is not the name of KS step {number}; use {names}.",
    ),
    "check.k205.twice": (
        "Steg {number} står to ganger.",
        "Steg {number} står to gonger.",
        "Step {number} is listed twice.",
    ),
    # references (K202, K206), and every «there is no ... with the id»
    "check.no_such_id": (
        "Det finnes ikke {kind} med id-en «{id}».{hint}",
        "Det finst ikkje {kind} med id-en «{id}».{hint}",
        "There is no {kind} with the id «{id}».{hint}",
    ),
    "check.k206.wrong_kind": (
        "«{id}» er {other}, men her skal det stå {kind}.",
        "«{id}» er {other}, men her skal det stå {kind}.",
        "«{id}» is {other}, but {kind} belongs here.",
    ),
    # privacy (K605): the flagged text is the value `text` (read.privacy.named finds it there)
    "check.k605.name": (
        "«{text}» ser ut som navnet på en person. Planen er offentlig og skal nevne folk ved "
        "rollen deres (f.eks. «Rådgiver HR»); er det ikke et navn, før det opp under suppress: "
        "med code K605, text og en begrunnelse (reason).",
        "«{text}» ser ut som namnet på ein person. Planen er offentleg og skal nemne folk ved "
        "rolla deira (t.d. «Rådgivar HR»); er det ikkje eit namn, før det opp under suppress: "
        "med code K605, text og ei grunngiving (reason).",
        "«{text}» looks like a person's name. Plans are public and name people by their role "
        "(e.g. «Rådgiver HR»); if it is no name, list it under suppress: with code K605, text "
        "and a reason.",
    ),
    # completeness (K401-K405)
    "check.k401.no_unions": (
        "Ingen tillitsvalgt eller verneombud i styringsgruppa eller arbeidsgruppa; planen skal "
        "lages sammen med de tillitsvalgte (Hovedtariffavtalen kap. 3).",
        "Ingen tillitsvald eller verneombod i styringsgruppa eller arbeidsgruppa; planen skal "
        "lagast saman med dei tillitsvalde (Hovudtariffavtalen kap. 3).",
        "No tillitsvalgt or verneombud in the steering or working group; the plan is to be "
        "made together with the unions (Hovedtariffavtalen kap. 3).",
    ),
    "check.k402.no_evaluation": (
        "Tiltaket «{id}» har ingen evaluering; legg til en med et Kirkpatrick-nivå (evaluation:).",
        "Tiltaket «{id}» har inga evaluering; legg til ei med eit Kirkpatrick-nivå (evaluation:).",
        "The action «{id}» has no evaluation; add one with a Kirkpatrick level.",
    ),
    # the KS steps by the newer label set; English keeps KS's own (Norwegian) names
    "check.step.1": (
        "Organisering og involvering",
        "Organisering og involvering",
        "Organisering og involvering",
    ),
    "check.step.2": ("Forankring", "Forankring", "Forankring"),
    "check.step.3": (
        "Overordnede mål og føringer",
        "Overordna mål og føringar",
        "Overordnede mål og føringer",
    ),
    "check.step.4": ("Hva er kompetanse?", "Kva er kompetanse?", "Hva er kompetanse?"),
    "check.step.5": (
        "Kompetanse- og bemanningsanalyse",
        "Kompetanse- og bemanningsanalyse",
        "Kompetanse- og bemanningsanalyse",
    ),
    "check.step.6": (
        "Kompetansestrategier og tiltak",
        "Kompetansestrategiar og tiltak",
        "Kompetansestrategier og tiltak",
    ),
    "check.step.7": (
        "Gjennomføring, oppfølging og evaluering",
        "Gjennomføring, oppfølging og evaluering",
        "Gjennomføring, oppfølging og evaluering",
    ),
    "check.k403.silent_step": (
        "Planen sier ingenting om KS-steg {number}, «{name}».",
        "Planen seier ingenting om KS-steg {number}, «{name}».",
        "The plan says nothing about KS step {number}, «{name}».",
    ),
    "check.k404.no_decision": (
        "Planen har status: vedtatt, men det står ikke noe vedtak under decisions:.",
        "Planen har status: vedtatt, men det står ikkje noko vedtak under decisions:.",
        "The plan is adopted (vedtatt) but no decision is recorded under decisions:.",
    ),
    "check.k405.two_main_goals": (
        "Planen har mer enn ett hovedmål.",
        "Planen har meir enn eitt hovudmål.",
        "The plan has more than one hovedmål.",
    ),
    # dates (K501-K504)
    "check.k501.plan_backwards": (
        "Planperioden slutter før den begynner.",
        "Planperioden sluttar før han byrjar.",
        "The plan period ends before it starts.",
    ),
    "check.k501.action_backwards": (
        "Perioden til tiltaket slutter før den begynner.",
        "Perioden til tiltaket sluttar før han byrjar.",
        "The action's period ends before it starts.",
    ),
    "check.k502.outside": (
        "Tiltaket går {start}-{end}, utenfor planperioden {plan_start}-{plan_end}.",
        "Tiltaket går {start}-{end}, utanfor planperioden {plan_start}-{plan_end}.",
        "The action runs {start}-{end}, outside the plan period {plan_start}-{plan_end}.",
    ),
    "check.k503.late": (
        "Steg {number} hadde frist {deadline} og har status «{status}».",
        "Steg {number} hadde frist {deadline} og har status «{status}».",
        "Step {number} was due {deadline} and is «{status}».",
    ),
    "check.k503.late_no_status": (
        "Steg {number} hadde frist {deadline} og har ingen status.",
        "Steg {number} hadde frist {deadline} og har ingen status.",
        "Step {number} was due {deadline} and is «of unknown status».",
    ),
    "check.k504.decision": (
        "Vedtaket er datert fram i tid ({date}).",
        "Vedtaket er datert fram i tid ({date}).",
        "The decision is dated in the future ({date}).",
    ),
    "check.k504.inventory": (
        "Kompetansebeholdningen er datert fram i tid ({date}).",
        "Kompetansebehaldninga er datert fram i tid ({date}).",
        "The inventory snapshot is dated in the future ({date}).",
    ),
    # the red thread (K301-K303)
    "check.k301.need_unserved": (
        "Ingen tiltak svarer på behovet «{id}»; legg til et tiltak med needs: [{id}].",
        "Ingen tiltak svarar på behovet «{id}»; legg til eit tiltak med needs: [{id}].",
        "No action serves the need «{id}»; add an action with needs: [{id}].",
    ),
    "check.k302.action_loose": (
        "Tiltaket «{id}» svarer ikke på noe behov eller mål; skriv hvilke under needs: eller "
        "goals:.",
        "Tiltaket «{id}» svarar ikkje på noko behov eller mål; skriv kva for nokre under "
        "needs: eller goals:.",
        "The action «{id}» serves no need or goal; say which in needs: or goals:.",
    ),
    "check.k303.goal_alone": (
        "Ingenting i planen arbeider mot målet «{id}»: ingen behov, tiltak, strategier, krav "
        "eller delmål viser til det.",
        "Ingenting i planen arbeider mot målet «{id}»: ingen behov, tiltak, strategiar, krav "
        "eller delmål viser til det.",
        "Nothing works towards the goal «{id}»: no need, action, strategy, requirement or "
        "sub-goal refers to it.",
    ),
    # the coat of arms (K019)
    "check.k019.refused": (
        "Kommunevåpenet «{file}» blir utelatt fra forsiden: {reason}.",
        "Kommunevåpenet «{file}» blir utelate frå framsida: {reason}.",
        "The coat of arms «{file}» is left off the cover: {reason}.",
    ),
    # a decision's git tag (K506, check.tags)
    "check.k506.missing": (
        "Git-taggen «{tag}» finnes ikke i dette repoet; tagg den vedtatte commiten "
        "(git tag NAVN COMMIT) eller rett navnet.{shallow}",
        "Git-taggen «{tag}» finst ikkje i dette repoet; tagg den vedtekne commiten "
        "(git tag NAMN COMMIT) eller rett namnet.{shallow}",
        "The git tag «{tag}» does not exist in this repository; tag the adopted commit "
        "(git tag NAME COMMIT) or correct the name.{shallow}",
    ),
    "check.k506.shallow": (
        " Dette er en grunn klone (shallow clone), som kan mangle taggen: hent taggene "
        "(git fetch --tags, eller fetch-depth: 0 i CI).",
        " Dette er ein grunn klone (shallow clone), som kan mangle taggen: hent taggane "
        "(git fetch --tags, eller fetch-depth: 0 i CI).",
        " This is a shallow clone, which may lack the tag: fetch the tags (git fetch --tags, "
        "or fetch-depth: 0 in CI).",
    ),
    # suppressions (K701)
    "check.k701.text_and_item": (
        "text: sier allerede hvilken tekst personvernkoden dempes for; ta bort item:.",
        "text: seier alt kva for tekst personvernkoden blir dempa for; ta bort item:.",
        "text: already says where a privacy code is silenced; leave item: out.",
    ),
    "check.k701.text_not_privacy": (
        "text: demper én flagget tekst for en personvernkode ({codes}), ikke for {code}; ta "
        "bort text:.",
        "text: dempar éin flagga tekst for ein personvernkode ({codes}), ikkje for {code}; ta "
        "bort text:.",
        "text: silences one flagged text of a privacy code ({codes}), not of {code}; leave "
        "text: out.",
    ),
    "check.k701.no_code": (
        "{code} er ikke en kode i kplan.",
        "{code} er ikkje ein kode i kplan.",
        "{code} is not a kplan code.",
    ),
    "check.k701.error": (
        "{code} er en feil, og feil kan ikke dempes.",
        "{code} er ein feil, og feil kan ikkje dempast.",
        "{code} is an error, and errors cannot be silenced.",
    ),
    "check.k701.error_privacy": (
        "{code} er en feil, og feil kan ikke dempes; er det falsk alarm, skriv den nøyaktige "
        "teksten som ble flagget, under text:.",
        "{code} er ein feil, og feil kan ikkje dempast; er det falsk alarm, skriv den nøyaktige "
        "teksten som vart flagga, under text:.",
        "{code} is an error, and errors cannot be silenced; for a false alarm, give the exact "
        "text flagged under text:.",
    ),
    "check.k701.names_nothing": (
        "{item} peker ikke på noe i planen; skriv seksjonen og id-en, f.eks. actions/tiltak-1 "
        "(et steg med nummeret, steps/3; rader i kompetansebeholdningen og SWOT-analyser med "
        "enheten, inventory/kommunen), eller bare seksjonen.",
        "{item} peikar ikkje på noko i planen; skriv seksjonen og id-en, t.d. actions/tiltak-1 "
        "(eit steg med nummeret, steps/3; rader i kompetansebehaldninga og SWOT-analysar med "
        "eininga, inventory/kommunen), eller berre seksjonen.",
        "{item} names no item of the plan; write the section and the item's id, e.g. "
        "actions/tiltak-1 (a step by its number, steps/3; inventory rows and SWOT analyses by "
        "their unit, inventory/kommunen), or the section alone.",
    ),
    "check.k701.stale": (
        "{code} meldes ikke for {item}, så denne linjen under suppress: demper ingenting; ta "
        "den bort.",
        "{code} blir ikkje meldt for {item}, så denne linja under suppress: dempar ingenting; "
        "ta henne bort.",
        "{code} is not reported at {item}, so this suppression silences nothing; remove it.",
    ),
}
