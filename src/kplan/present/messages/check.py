"""Messages of the check stage: key → (bokmål, nynorsk, English).

The kinds of id («enhet», «mål», «tiltak»...) are words of their own, in the forms the sentences
need: Norwegian nouns carry their gender in the article («en enhet», «ei eining», «et mål»), so
each kind has `check.kind.<section>.a` («en enhet» / «a unit»), `.no` («noen enhet» after «det
finnes ikke»; English: «unit» after «there is no») and `.other` («en annen enhet»; English
«unit» in «the unit id»).
"""

from __future__ import annotations

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
    # costs (K901-K903)
    "check.k901.no_count": (
        "Kostnaden er per deltaker, men tiltaket sier ikke hvor mange som deltar: skriv "
        "«count:» (hvor mange som deltar), eller «per: totalt» hvis beløpet er hele kostnaden.",
        "Kostnaden er per deltakar, men tiltaket seier ikkje kor mange som deltek: skriv "
        "«count:» (kor mange som deltek), eller «per: totalt» om beløpet er heile kostnaden.",
        "The cost is per participant, but the action has no count: give «count:» (how many "
        "take part), or «per: totalt» if the amount is the whole cost.",
    ),
    "check.k901.no_occasions": (
        "Kostnaden er per gang, men sier ikke hvor mange ganger: skriv «occasions:» under cost:.",
        "Kostnaden er per gong, men seier ikkje kor mange gonger: skriv «occasions:» under cost:.",
        "The cost is per occasion, but says not how many: give «occasions:» on the cost.",
    ),
    "check.k902.not_yearly": (
        "Tiltaket er «{frequency}», men kostnaden kommer {when}: skriv «yearly: true» under "
        "cost: hvis den kommer hvert år.",
        "Tiltaket er «{frequency}», men kostnaden kjem {when}: skriv «yearly: true» under "
        "cost: om han kjem kvart år.",
        "The action is «{frequency}», but its cost falls {when}: give «yearly: true» on the "
        "cost if it falls every year.",
    ),
    "check.k902.once": ("bare én gang", "berre éin gong", "once"),
    "check.k902.every_few_years": (
        "med noen års mellomrom",
        "med nokre års mellomrom",
        "every few years",
    ),
    "check.k902.yearly_once": (
        "Tiltaket går «{frequency}», men kostnaden kommer hvert år.",
        "Tiltaket går «{frequency}», men kostnaden kjem kvart år.",
        "The action runs «{frequency}», but its cost falls every year.",
    ),
    "check.k903.no_period": (
        "Kostnaden kommer igjen eller er fordelt over flere år, men tiltaket har ingen "
        "periode: da kommer hele kostnaden i ett år. Gi tiltaket en periode (period:).",
        "Kostnaden kjem att eller er fordelt over fleire år, men tiltaket har ingen periode: "
        "då kjem heile kostnaden i eitt år. Gi tiltaket ein periode (period:).",
        "The cost recurs or is spread over years, but the action has no period: it falls in "
        "one year. Give the action a period.",
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
    # staffing (K820-K823)
    "check.k820.norm_and_demand": (
        "Linja henter behovet fra normen «{norm}», så demand: blir ikke brukt: behold én av dem.",
        "Linja hentar behovet frå norma «{norm}», så demand: blir ikkje brukt: behald éin av dei.",
        "The line takes its need from the norm «{norm}», so `demand` would not be used: keep "
        "one of them.",
    ),
    "check.k820.no_driver": (
        "Det finnes ingen driver med id-en eller segmentet «{driver}» for «{unit}».{hint}",
        "Det finst ingen drivar med id-en eller segmentet «{driver}» for «{unit}».{hint}",
        "No driver with the id or segment «{driver}» for «{unit}».{hint}",
    ),
    "check.k820.not_ratio": (
        "Normen «{norm}» er ikke et krav om forholdstall (kind: ratio).",
        "Norma «{norm}» er ikkje eit krav om forholdstal (kind: ratio).",
        "The norm «{norm}» is not a ratio requirement (kind: ratio).",
    ),
    "check.k820.not_fte": (
        "Normen «{norm}» teller {basis}; behovet til en bemanningslinje er i årsverk.",
        "Norma «{norm}» tel {basis}; behovet til ei bemanningslinje er i årsverk.",
        "The norm «{norm}» counts {basis}; a staffing line's need is in årsverk.",
    ),
    "check.k820.other_units": (
        "Normen «{norm}» gjelder ikke for «{unit}».",
        "Norma «{norm}» gjeld ikkje for «{unit}».",
        "The norm «{norm}» does not apply to «{unit}».",
    ),
    "check.k821.no_value": (
        "Driveren «{driver}» har ingen verdi{under} for {years}, som bemanningslinja «{line}» "
        "trenger (fra {snapshot}, året kompetansebeholdningen gjelder, til {end}).",
        "Drivaren «{driver}» har ingen verdi{under} for {years}, som bemanningslinja «{line}» "
        "treng (frå {snapshot}, året kompetansebehaldninga gjeld, til {end}).",
        "The driver «{driver}» has no value{under} for {years}, which the staffing line "
        "«{line}» needs (from the snapshot year {snapshot} to {end}).",
    ),
    "check.k821.under": (
        " i alternativet «{code}»",
        " i alternativet «{code}»",
        " under the alternative «{code}»",
    ),
    "check.k822.strange_bands": (
        "fte_by_age har aldersgrupper som age_bands ikke har ({bands}); bruk de samme "
        "aldersgruppene som i age_bands.",
        "fte_by_age har aldersgrupper som age_bands ikkje har ({bands}); bruk dei same "
        "aldersgruppene som i age_bands.",
        "fte_by_age names band(s) {bands} that age_bands does not have; use the same bands as "
        "age_bands.",
    ),
    "check.k822.total": (
        "fte_by_age blir til sammen {total} årsverk, men fte er {fte}.",
        "fte_by_age blir til saman {total} årsverk, men fte er {fte}.",
        "fte_by_age adds up to {total} årsverk, but fte is {fte}.",
    ),
    "check.k823.twice": (
        "Enda en bemanningslinje for «{unit}», {what} (den første er «{first}»): ha én linje "
        "per enhet og kompetanse.",
        "Endå ei bemanningslinje for «{unit}», {what} (den første er «{first}»): ha éi linje "
        "per eining og kompetanse.",
        "Another staffing line for «{unit}», {what} (the first is «{first}»): keep one line "
        "per unit and competence.",
    ),
    "check.k823.competence": (
        "kompetansen «{competence}»",
        "kompetansen «{competence}»",
        "competence «{competence}»",
    ),
    "check.k823.all_staff": ("alle ansatte", "alle tilsette", "all staff"),
    # analysis data (K801-K809)
    "check.k804.bands": (
        "{field} blir til sammen {sum} personer, men persons er {persons}.",
        "{field} blir til saman {sum} personar, men persons er {persons}.",
        "The {field} add up to {sum} persons, but persons is {persons}.",
    ),
    "check.k804.age_bands": (
        "Aldersgruppene (age_bands)",
        "Aldersgruppene (age_bands)",
        "age bands",
    ),
    "check.k804.position_sizes": (
        "Stillingsstørrelsene (position_sizes)",
        "Stillingsstorleikane (position_sizes)",
        "position sizes",
    ),
    "check.k804.fte": (
        "{fte} årsverk for {persons} personer: mer enn ett årsverk per person.",
        "{fte} årsverk for {persons} personar: meir enn eitt årsverk per person.",
        "{fte} årsverk for {persons} persons: more than one årsverk per person.",
    ),
    "check.k801.old.one": (
        "1 rad i kompetansebeholdningen er fra {date}, {age} måneder siden; planen godtar "
        "høyst {months} måneder (analysis.inventory_max_age_months). Oppdater tallene.",
        "1 rad i kompetansebehaldninga er frå {date}, {age} månader sidan; planen godtek "
        "høgst {months} månader (analysis.inventory_max_age_months). Oppdater tala.",
        "1 inventory row is from {date}, {age} months ago; the plan allows {months} "
        "(analysis.inventory_max_age_months). Update the figures.",
    ),
    "check.k801.old.many": (
        "{n} rader i kompetansebeholdningen er fra {date}, {age} måneder siden; planen "
        "godtar høyst {months} måneder (analysis.inventory_max_age_months). Oppdater tallene.",
        "{n} rader i kompetansebehaldninga er frå {date}, {age} månader sidan; planen godtek "
        "høgst {months} månader (analysis.inventory_max_age_months). Oppdater tala.",
        "{n} inventory rows are from {date}, {age} months ago; the plan allows {months} "
        "(analysis.inventory_max_age_months). Update the figures.",
    ),
    "check.k809.no_inventory": (
        "Ingen kompetansebeholdning for «{unit}» eller enhetene under: tallene for "
        "«{requirement}» der er ukjente, ikke 0. Legg inn beholdningen for enheten.",
        "Inga kompetansebehaldning for «{unit}» eller einingane under: tala for "
        "«{requirement}» der er ukjende, ikkje 0. Legg inn behaldninga for eininga.",
        "No inventory for «{unit}» or the units below it: the figures of «{requirement}» "
        "there are unknown, not 0. Add the unit's inventory.",
    ),
    "check.k803.over_100": (
        "En andel på {value} % er over 100 %.",
        "Ein prosentdel på {value} % er over 100 %.",
        "A share of {value} % is over 100 %.",
    ),
    "check.k805.no_total": (
        "Ingen rad i kompetansebeholdningen har alle ansatte i «{unit}» (en rad uten "
        "competence:), så andelen kan ikke regnes ut.",
        "Inga rad i kompetansebehaldninga har alle tilsette i «{unit}» (ei rad utan "
        "competence:), så prosentdelen kan ikkje reknast ut.",
        "No inventory row with the total staff of «{unit}» (a row without competence), so the "
        "share cannot be taken.",
    ),
    "check.k805.no_rows": (
        "Ingen rader i kompetansebeholdningen for {competences} i «{unit}», så andelen kan "
        "ikke regnes ut.",
        "Ingen rader i kompetansebehaldninga for {competences} i «{unit}», så prosentdelen kan ikkje "
        "reknast ut.",
        "No inventory rows for {competences} in «{unit}», so the share cannot be taken.",
    ),
    "check.k806.one_measure": (
        "Sett nøyaktig én av min_position_percent, full_time_share_percent og "
        "min_average_position_percent; skriv ett krav for hver.",
        "Set nøyaktig éin av min_position_percent, full_time_share_percent og "
        "min_average_position_percent; skriv eitt krav for kvar.",
        "Set exactly one of min_position_percent, full_time_share_percent and "
        "min_average_position_percent; write one requirement for each.",
    ),
    "check.k802.no_value": (
        "Driveren «{driver}» har ingen verdi for {years}, som «{requirement}» trenger for "
        "«{unit}».",
        "Drivaren «{driver}» har ingen verdi for {years}, som «{requirement}» treng for «{unit}».",
        "The driver «{driver}» has no value for {years}, which «{requirement}» needs for «{unit}».",
    ),
    "check.k802.no_segment": (
        "Ingen driver i segmentet «{segment}» for «{unit}».",
        "Ingen drivar i segmentet «{segment}» for «{unit}».",
        "No driver of segment «{segment}» for «{unit}».",
    ),
    "check.k808.twice": (
        "Enda en rad i kompetansebeholdningen for «{unit}», {what}{role}, datert {date} (den "
        "første står i {first}): analysen ville telt bare én av dem. Ha én rad per enhet, "
        "kompetanse, rolle og dato: slett kopien, eller legg sammen tallene i én rad.",
        "Endå ei rad i kompetansebehaldninga for «{unit}», {what}{role}, datert {date} (den "
        "første står i {first}): analysen ville berre talt éi av dei. Ha éi rad per eining, "
        "kompetanse, rolle og dato: slett kopien, eller legg saman tala i éi rad.",
        "Another inventory row for «{unit}», {what}{role}, dated {date} (the first is at "
        "{first}): the analysis would count only one of them. Keep one row per unit, "
        "competence, role and date: delete the copy, or add up the counts in one row.",
    ),
    "check.k808.competence": (
        "kompetansen «{competence}»",
        "kompetansen «{competence}»",
        "competence «{competence}»",
    ),
    "check.k808.total": (
        "alle ansatte (ingen kompetanse)",
        "alle tilsette (ingen kompetanse)",
        "total staff (no competence)",
    ),
    "check.k808.role": (", rollen «{role}»", ", rolla «{role}»", ", role «{role}»"),
    "check.k808.more": (
        "{n} rader til herfra gjentar tidligere rader i kompetansebeholdningen; de er ikke "
        "listet opp hver for seg. En fil som gjentar alle radene, er en eksport som er lest "
        "to ganger: behold én kopi.",
        "{n} rader til herifrå gjentek tidlegare rader i kompetansebehaldninga; dei er ikkje "
        "lista opp kvar for seg. Ei fil som gjentek alle radene, er ein eksport som er lesen "
        "to gonger: behald éin kopi.",
        "{n} more row(s) from here on repeat earlier inventory rows; they are not listed one "
        "by one. A file that repeats every row is an export read twice: keep one copy.",
    ),
    # kplan validate on a file a plan includes (check.included)
    "check.included.note": (
        "Sjekker planen i «{plan}», som tar med «{file}».",
        "Sjekkar planen i «{plan}», som tek med «{file}».",
        "Validating the plan in «{plan}», which includes «{file}».",
    ),
    "check.included.note_folder": (
        "Sjekker planen i «{plan}», som tar med filer fra «{folder}».",
        "Sjekkar planen i «{plan}», som tek med filer frå «{folder}».",
        "Validating the plan in «{plan}», which includes files from «{folder}».",
    ),
    "check.included.by_none": (
        "Denne fila er ikke en hel plan (den har ikke plan:), og ingen plan tar den med: "
        "{plans} nevner den ikke under include:. Legg den til der, eller sjekk planen: "
        "kplan validate {first}",
        "Denne fila er ikkje ein heil plan (ho har ikkje plan:), og ingen plan tek henne med: "
        "{plans} nemner henne ikkje under include:. Legg henne til der, eller sjekk planen: "
        "kplan validate {first}",
        "This file is not a whole plan (it has no plan:), and no plan includes it: {plans} "
        "does not name it under include:. Add it there, or validate the plan: "
        "kplan validate {first}",
    ),
    "check.included.csv_by_none": (
        "Ingen plan leser denne CSV-fila: {plans} nevner den ikke under analysis: "
        "(inventory_files eller driver_files). Legg den til der, eller sjekk planen: "
        "kplan validate {first}",
        "Ingen plan les denne CSV-fila: {plans} nemner henne ikkje under analysis: "
        "(inventory_files eller driver_files). Legg henne til der, eller sjekk planen: "
        "kplan validate {first}",
        "No plan reads this CSV file: {plans} does not name it under analysis: "
        "(inventory_files or driver_files). Add it there, or validate the plan: "
        "kplan validate {first}",
    ),
    "check.included.no_plan": (
        "Denne fila er ikke en hel plan (den har ikke plan:), og det finnes ingen kplan.yaml i "
        "denne mappa eller mappene over. En plan er en mappe med kplan.yaml som tar med fila "
        "under include:, eller én fil med plan: og resten av planen.",
        "Denne fila er ikkje ein heil plan (ho har ikkje plan:), og det finst ingen kplan.yaml "
        "i denne mappa eller mappene over. Ein plan er ei mappe med kplan.yaml som tek med "
        "fila under include:, eller éi fil med plan: og resten av planen.",
        "This file is not a whole plan (it has no plan:), and there is no kplan.yaml in its "
        "folder or the folders above. A plan is a folder with a kplan.yaml that includes the "
        "file under include:, or one file with plan: and the rest of the plan.",
    ),
    # the coat of arms (K019)
    "check.k019.refused": (
        "Kommunevåpenet «{file}» blir utelatt fra forsiden: {reason}.",
        "Kommunevåpenet «{file}» blir utelate frå framsida: {reason}.",
        "The coat of arms «{file}» is left off the cover: {reason}.",
    ),
    # a decision's git tag (K506, check.tags)
    "check.k506.missing": (
        "Git-taggen «{tag}» finnes ikke i dette repositoriet; tagg den vedtatte commiten "
        "(git tag NAVN COMMIT) eller rett navnet.{shallow}",
        "Git-taggen «{tag}» finst ikkje i dette repositoriet; tagg den vedtekne commiten "
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
