"""Labels for the rendered plan and the reports: bokmål, nynorsk and English.

Numbers, dates and amounts are written the Norwegian way in all three (`39 000 kr`,
`1. august 2025`), since the plans are Norwegian documents; English gets English month names.
"""

from __future__ import annotations

import datetime as dt

from kplan.present.chart_labels import CHART_LABELS
from kplan.present.content_labels import CONTENT_LABELS
from kplan.present.cover_labels import COVER_LABELS
from kplan.present.document_labels import DOCUMENT_LABELS
from kplan.present.filter_labels import FILTER_LABELS
from kplan.present.history_labels import HISTORY_LABELS
from kplan.present.init_labels import INIT_LABELS
from kplan.present.labels_actions import ACTION_LABELS
from kplan.present.pdf_labels import PDF_LABELS
from kplan.present.plan_labels import PLAN_VALUES
from kplan.present.report_labels import REPORT_LABELS
from kplan.present.staffing_labels import STAFFING_LABELS
from kplan.present.view_labels import VIEW_LABELS

__all__ = ["LANGS", "Labels", "label_table"]

LANGS = ("nb", "nn", "en")

_MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "nn": "januar februar mars april mai juni juli august september oktober november desember",
    "en": "January February March April May June July August September October November December",
}

# One table, one row per label: a missing translation is a KeyError in tests, not a blank.
_L: dict[str, tuple[str, str, str]] = {
    "contents": ("Innhold", "Innhald", "Contents"),
    "kommune": ("Kommune", "Kommune", "Municipality"),
    "period": ("Planperiode", "Planperiode", "Plan period"),
    "status": ("Status", "Status", "Status"),
    "version": ("Versjon", "Versjon", "Version"),
    "owner": ("Planeier", "Planeigar", "Plan owner"),
    "scope": ("Omfang", "Omfang", "Scope"),
    "rendered_from": ("Laget fra", "Laga frå", "Rendered from"),
    "uncommitted": (
        "med endringer som ikke er lagret i git",
        "med endringar som ikkje er lagra i git",
        "with changes not committed to git",
    ),
    "decisions": ("Vedtak og endringer", "Vedtak og endringar", "Decisions and changes"),
    "body": ("Organ", "Organ", "Body"),
    "date": ("Dato", "Dato", "Date"),
    "case": ("Saksnummer", "Saksnummer", "Case number"),
    "summary": ("Vedtak", "Vedtak", "Decision"),
    "background": (
        "Bakgrunn og organisering",
        "Bakgrunn og organisering",
        "Background and organisation",
    ),
    "purpose": ("Planen skal", "Planen skal", "The plan shall"),
    "revision": (
        "Rullering og rapportering",
        "Rullering og rapportering",
        "Revision and reporting",
    ),
    "revision_every": (
        "Planen rulleres hvert {n}. år.",
        "Planen vert rullert kvart {n}. år.",
        "The plan is revised every {n} years.",
    ),
    "actions_every": (
        "Tiltaksplanene rulleres hvert {n}. år.",
        "Tiltaksplanane vert rullerte kvart {n}. år.",
        "The action plans are revised every {n} years.",
    ),
    "organisation": ("Organisering", "Organisering", "Organisation"),
    "project_owner": ("Prosjekteier", "Prosjekteigar", "Project owner"),
    "steering_group": ("Styringsgruppe", "Styringsgruppe", "Steering group"),
    "working_group": ("Arbeidsgruppe", "Arbeidsgruppe", "Working group"),
    "role": ("Rolle", "Rolle", "Role"),
    "represents": ("Representerer", "Representerer", "Represents"),
    "side": ("Part", "Part", "Side"),
    "user_councils": ("Brukermedvirkning", "Brukarmedverknad", "User involvement"),
    "mandate": ("Mandat", "Mandat", "Mandate"),
    "responsibilities": ("Ansvar", "Ansvar", "Responsibilities"),
    "steps": (
        "Framdrift etter KS-modellen",
        "Framdrift etter KS-modellen",
        "Progress through the KS model",
    ),
    "step": ("Steg", "Steg", "Step"),
    "responsible": ("Ansvar", "Ansvar", "Responsible"),
    "what": ("Hva og hvordan", "Kva og korleis", "What and how"),
    "deadline": ("Frist", "Frist", "Deadline"),
    "anchoring": (
        "Forankring, mål og føringer",
        "Forankring, mål og føringar",
        "Anchoring, goals and guidelines",
    ),
    "values": ("Verdier", "Verdiar", "Values"),
    "ambition": ("Ambisjon", "Ambisjon", "Ambition"),
    "goals": ("Mål og føringer", "Mål og føringar", "Goals and guidelines"),
    "goal": ("Mål", "Mål", "Goal"),
    "source": ("Kilde", "Kjelde", "Source"),
    "indicator": ("Indikator", "Indikator", "Indicator"),
    "target": ("Måltall", "Måltal", "Target"),
    "concept": ("Hva er kompetanse?", "Kva er kompetanse?", "What is competence?"),
    "dimension": ("Kompetanse", "Kompetanse", "Competence"),
    "about": ("Handler om", "Handlar om", "About"),
    "forms": ("Former for kompetanse", "Former for kompetanse", "Forms of competence"),
    "ten_factor": ("10-FAKTOR", "10-FAKTOR", "10-FAKTOR"),
    "learning": (
        "Læring og læringsarenaer",
        "Læring og læringsarenaer",
        "Learning and learning arenas",
    ),
    "arena": ("Læringsarena", "Læringsarena", "Learning arena"),
    "form_70": ("70 % egne oppgaver", "70 % eigne oppgåver", "70 % own work"),
    "form_20": ("20 % fra andre", "20 % frå andre", "20 % from others"),
    "form_10": ("10 % kurs og utdanning", "10 % kurs og utdanning", "10 % formal learning"),
    "analysis": (
        "Kompetanse- og bemanningsanalyse",
        "Kompetanse- og bemanningsanalyse",
        "Competence and staffing analysis",
    ),
    "requirements": ("Kompetansekrav", "Kompetansekrav", "Requirements"),
    "requirement": ("Krav", "Krav", "Requirement"),
    "kind": ("Type", "Type", "Kind"),
    "units": ("Enheter", "Einingar", "Units"),
    "unit": ("Enhet", "Eining", "Unit"),
    "inventory": ("Kompetansebeholdning", "Kompetansebehaldning", "Inventory"),
    "competence": ("Kompetanse", "Kompetanse", "Competence"),
    "persons": ("Personer", "Personar", "Persons"),
    "fte": ("Årsverk", "Årsverk", "FTE"),
    "snapshot": ("Per", "Per", "As of"),
    "drivers": ("Befolkning og brukere", "Folketal og brukarar", "Population and users"),
    "gap_table": ("Gap per enhet og år", "Gap per eining og år", "Gaps per unit and year"),
    "year": ("År", "År", "Year"),
    "required": ("Påkrevd", "Kravd", "Required"),
    "available": ("Tilgjengelig", "Tilgjengeleg", "Available"),
    "planned": ("Planlagt", "Planlagt", "Planned"),
    "gap": ("Gap", "Gap", "Gap"),
    "residual": ("Rest", "Rest", "Residual"),
    "need_type": ("Behovstype", "Behovstype", "Type of need"),
    "not_due": ("fristen er ikke nådd", "fristen er ikkje nådd", "not yet due"),
    "vulnerable": (
        "Sårbar kompetanse (0 eller 1 person i enheten)",
        "Sårbar kompetanse (0 eller 1 person i eininga)",
        "Vulnerable competence (0 or 1 person in the unit)",
    ),
    "needs": ("Kompetansebehov", "Kompetansebehov", "Competence needs"),
    "need": ("Behov", "Behov", "Need"),
    "swot": ("SWOT", "SWOT", "SWOT"),
    "strengths": ("Styrker", "Styrkar", "Strengths"),
    "weaknesses": ("Svakheter", "Veikskapar", "Weaknesses"),
    "opportunities": ("Muligheter", "Moglegheiter", "Opportunities"),
    "threats": ("Trusler", "Truslar", "Threats"),
    "strategies": ("Kompetansestrategier", "Kompetansestrategiar", "Competence strategies"),
    "main_strategy": ("Hovedstrategi", "Hovudstrategi", "Main strategy"),
    "actions": ("Tiltaksplan", "Tiltaksplan", "Action plan"),
    "strategies_actions": (
        "Kompetansestrategier og tiltak",
        "Kompetansestrategiar og tiltak",
        "Competence strategies and actions",
    ),
    "action": ("Tiltak", "Tiltak", "Action"),
    "strategy": ("Strategi", "Strategi", "Strategy"),
    "learning_form": ("Læringsform", "Læringsform", "Learning form"),
    "target_group": ("Målgruppe", "Målgruppe", "Target group"),
    "count": ("Antall", "Tal", "Count"),
    "cost": ("Økonomi", "Økonomi", "Cost"),
    "example_row": ("eksempel", "døme", "example"),
    "illustrative": ("illustrativt", "illustrativt", "illustrative"),
    "timeline": ("Tidslinje for tiltakene", "Tidslinje for tiltaka", "Action timeline"),
    "learning_mix": (
        "Læringsformer mot 70-20-10",
        "Læringsformer mot 70-20-10",
        "Learning forms against 70-20-10",
    ),
    "share_actions": ("Andel av tiltakene", "Del av tiltaka", "Share of actions"),
    "model_share": ("70-20-10-modellen", "70-20-10-modellen", "The 70-20-10 model"),
    "costs": ("Kostnader per budsjettår", "Kostnader per budsjettår", "Costs per budget year"),
    "gross": ("Brutto", "Brutto", "Gross"),
    "grants": ("Tilskudd", "Tilskot", "Grants"),
    "net": ("Netto", "Netto", "Net"),
    "total": ("Sum", "Sum", "Total"),
    "no_year": ("uten år", "utan år", "no year"),
    "evaluation": (
        "Evaluering og oppfølging",
        "Evaluering og oppfølging",
        "Evaluation and follow-up",
    ),
    "level": ("Nivå", "Nivå", "Level"),
    "question": ("Spørsmål", "Spørsmål", "Question"),
    "method": ("Metode", "Metode", "Method"),
    "follow_up": ("Oppfølging", "Oppfølging", "Follow-up"),
    "who": ("Hvem", "Kven", "Who"),
    "when": ("Når", "Når", "When"),
    "action_evaluation": (
        "Evaluering av tiltakene",
        "Evaluering av tiltaka",
        "Evaluation of the actions",
    ),
    "result": ("Resultat", "Resultat", "Result"),
    "appendices": ("Vedlegg", "Vedlegg", "Appendices"),
    "missing": (
        "Planen sier ikke noe om dette ennå.",
        "Planen seier ikkje noko om dette enno.",
        "The plan says nothing about this yet.",
    ),
    "chart_costs_desc": (
        "Stolpene viser netto kostnad per budsjettår.",
        "Stolpane viser netto kostnad per budsjettår.",
        "The bars show the net cost per budget year.",
    ),
    "chart_timeline_desc": (
        "Hver linje viser når et tiltak går.",
        "Kvar linje viser når eit tiltak går.",
        "Each line shows when an action runs.",
    ),
    "chart_mix_desc": (
        "Andelen tiltak i hver læringsform, ved siden av 70-20-10-modellen.",
        "Delen av tiltak i kvar læringsform, ved sida av 70-20-10-modellen.",
        "The share of actions in each learning form, beside the 70-20-10 model.",
    ),
    "data_table": ("Tallene i figuren", "Tala i figuren", "The figures in the chart"),
    "kirkpatrick": (
        "Kirkpatricks evalueringsnivåer",
        "Kirkpatricks evalueringsnivå",
        "Kirkpatrick's evaluation levels",
    ),
    "definition": ("Definisjon", "Definisjon", "Definition"),
    "main_goal": ("Hovedmål", "Hovudmål", "Main goal"),
    "yes": ("ja", "ja", "yes"),
    "revision_yearly": (
        "Planen rulleres hvert år.",
        "Planen vert rullert kvart år.",
        "The plan is revised every year.",
    ),
    "actions_yearly": (
        "Tiltaksplanene rulleres hvert år.",
        "Tiltaksplanane vert rullerte kvart år.",
        "The action plans are revised every year.",
    ),
    "description": ("Beskrivelse", "Skildring", "Description"),
    "item": ("Punkt", "Punkt", "Item"),
    "from": ("Fra", "Frå", "From"),
    "to": ("Til", "Til", "To"),
}

_L.update(REPORT_LABELS)  # the reports' keys are namespaced (`status.title`): none is replaced
_L.update(STAFFING_LABELS)
_L.update(ACTION_LABELS)
_L.update(CONTENT_LABELS)
_L.update(VIEW_LABELS)
_L.update(CHART_LABELS)
_L.update(COVER_LABELS)
_L.update(FILTER_LABELS)
_L.update(PDF_LABELS)
_L.update(HISTORY_LABELS)
_L.update(DOCUMENT_LABELS)
_L.update(INIT_LABELS)

_VALUES: dict[str, tuple[str, str, str]] = {
    # status values and other choices kept in Norwegian in the data, shown per language
    "utkast": ("utkast", "utkast", "draft"),
    "høring": ("på høring", "på høyring", "out for consultation"),
    "vedtatt": ("vedtatt", "vedteken", "adopted"),
    "utgått": ("utgått", "utgått", "superseded"),
    "ikke startet": ("ikke startet", "ikkje starta", "not started"),
    "pågår": ("pågår", "pågår", "in progress"),
    "ferdig": ("ferdig", "ferdig", "done"),
    "planlagt": ("planlagt", "planlagd", "planned"),
    "gjennomført": ("gjennomført", "gjennomført", "completed"),
    "utsatt": ("utsatt", "utsett", "postponed"),
    "avlyst": ("avlyst", "avlyst", "cancelled"),
    "mobilisere": ("mobilisere", "mobilisere", "mobilise"),
    "utvikle": ("utvikle", "utvikle", "develop"),
    "anskaffe": ("anskaffe", "skaffe", "acquire"),
    "rekruttere": ("rekruttere", "rekruttere", "recruit"),
    "avvikle": ("avvikle", "avvikle", "phase out"),
    "mobilisering": ("mobilisering", "mobilisering", "mobilisation"),
    "læring": ("læring", "læring", "learning"),
    "anskaffelse": ("anskaffelse", "anskaffing", "acquisition"),
    "avvikling": ("avvikling", "avvikling", "phasing out"),
    "kommune": ("hele kommunen", "heile kommunen", "the whole municipality"),
    "tjenesteområde": ("et tjenesteområde", "eit tenesteområde", "a service area"),
    "enhet": ("en enhet", "ei eining", "a unit"),
    "stillingsgruppe": ("en stillingsgruppe", "ei stillingsgruppe", "a staff group"),
    "tillitsvalgt": ("tillitsvalgt", "tillitsvald", "union representative"),
    "verneombud": ("verneombud", "verneombod", "safety representative"),
    "arbeidsgiver": ("arbeidsgiver", "arbeidsgjevar", "employer"),
    "leder": ("leder", "leiar", "manager"),
    "rådgiver": ("rådgiver", "rådgjevar", "adviser"),
    "bruker": ("bruker", "brukar", "user"),
    "ansatt": ("ansatt", "tilsett", "employee"),
    "annet": ("annet", "anna", "other"),
    "ratio": ("bemanningsnorm", "bemanningsnorm", "staffing ratio"),
    "share": ("andel", "del", "share"),
    "count": ("minimum", "minimum", "minimum count"),
    "qualification": ("kvalifikasjonskrav", "kvalifikasjonskrav", "qualification"),
    "course": ("kurskrav", "kurskrav", "course"),
    "employment": ("stillingsstørrelse", "stillingsstorleik", "employment form"),
    "personer": ("personer", "personar", "persons"),
    "årsverk": ("årsverk", "årsverk", "FTE"),
}


_VALUES.update(PLAN_VALUES)  # the model's own choices (goal kinds, levels, dimensions)


def label_table() -> dict[str, tuple[str, str, str]]:
    """Every label, for the one catalogue (`kplan.present.catalogue`)."""
    return _L


class Labels:
    """Labels for one language: `labels["goals"]`, `labels.value("vedtatt")`."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
        self.lang = lang
        self._i = LANGS.index(lang)
        self.months = _MONTHS[lang].split()

    def __getitem__(self, key: str) -> str:
        return _L[key][self._i]

    def __call__(self, key: str, **values: object) -> str:
        """The label with its `{name}` placeholders filled: `labels("status.title", year=2026)`."""
        return _L[key][self._i].format(**values)

    def value(self, value: str) -> str:
        """A choice from the data (status, strategy...), in this language."""
        return _VALUES[value][self._i] if value in _VALUES else value

    def date(self, day: dt.date) -> str:
        """1. august 2025 (English: 1 August 2025)."""
        if self.lang == "en":
            return f"{day.day} {self.months[day.month - 1]} {day.year}"
        return f"{day.day}. {self.months[day.month - 1]} {day.year}"

    def when(self, value: str) -> str:
        """A year, a month (august 2025) or a day, as the plan gives it."""
        parts = value.split("-")
        if len(parts) == 1:
            return value
        if len(parts) == 2:
            return f"{self.months[int(parts[1]) - 1]} {parts[0]}"
        return self.date(dt.date.fromisoformat(value))
