"""The labels of actions and costs (the action table, its periods and costs, and what `kplan
cost` says of costs that are not amounts), in bokmål, nynorsk and English. Keys are namespaced
`actions.`; `labels.py` merges them into its one table, and `action_label` reads them directly
so these work on their own too."""

from __future__ import annotations

from typing import Protocol

ACTION_LABELS: dict[str, tuple[str, str, str]] = {
    # --- the action table's columns ------------------------------------------------------
    "actions.col.unit": ("Enhet", "Eining", "Unit"),
    "actions.col.need": ("Behov", "Behov", "Need"),
    "actions.col.goal": ("Mål", "Mål", "Goal"),
    "actions.col.action": ("Tiltak", "Tiltak", "Action"),
    "actions.col.strategies": ("Strategi", "Strategi", "Strategy"),
    "actions.col.strategy": ("KS-strategi", "KS-strategi", "KS strategy"),
    "actions.col.learning_form": ("Læringsform", "Læringsform", "Learning form"),
    "actions.col.arena": ("Læringsarena", "Læringsarena", "Learning arena"),
    "actions.col.target_group": ("Målgruppe", "Målgruppe", "Target group"),
    "actions.col.scope": ("Omfang", "Omfang", "Scope"),
    "actions.col.provider": ("Tilbyder", "Tilbydar", "Provider"),
    "actions.col.period": ("Periode", "Periode", "Period"),
    "actions.col.frequency": ("Hyppighet", "Kor ofte", "Frequency"),
    "actions.col.count": ("Antall", "Tal", "Count"),
    "actions.col.cost": ("Økonomi", "Økonomi", "Cost"),
    "actions.col.responsible": ("Ansvar", "Ansvar", "Responsible"),
    "actions.col.status": ("Status", "Status", "Status"),
    "actions.col.notes": ("Merknad", "Merknad", "Notes"),
    "actions.no_strategy": ("Uten strategi", "Utan strategi", "No strategy"),
    "actions.no_unit": ("Uten enhet", "Utan eining", "No unit"),
    # --- periods ---------------------------------------------------------------------------
    "actions.from": ("fra {start}", "frå {start}", "from {start}"),
    "actions.until": ("til {end}", "til {end}", "until {end}"),
    "actions.continuous": ("kontinuerlig", "kontinuerleg", "continuous"),
    # --- costs -------------------------------------------------------------------------------
    "actions.per.deltaker": ("per deltaker", "per deltakar", "per participant"),
    "actions.per.gang": ("per gang", "per gong", "per occasion"),
    "actions.per.totalt": ("totalt", "totalt", "in total"),
    "actions.occasions": ("{n} ganger", "{n} gonger", "{n} times"),
    "actions.yearly": ("per år", "per år", "a year"),
    "actions.every_years": ("hvert {n}. år", "kvart {n}. år", "every {n} years"),
    "actions.spread": (
        "fordelt over perioden",
        "fordelt over perioden",
        "spread over the period",
    ),
    "actions.budget_year": ("budsjettår {year}", "budsjettår {year}", "budget year {year}"),
    "actions.grant": ("tilskudd", "tilskot", "grant"),
    "actions.spent": ("brukt {year}: {amount}", "brukt {year}: {amount}", "spent {year}: {amount}"),
    "actions.reason.innenfor tildelt ramme": (
        "innenfor tildelt ramme",
        "innanfor tildelt ramme",
        "within the allocated budget",
    ),
    "actions.reason.interne kostnader": (
        "interne kostnader",
        "interne kostnader",
        "internal costs",
    ),
    "actions.reason.ikke beregnet": ("ikke beregnet", "ikkje rekna ut", "not calculated"),
    "actions.reason.uten antall": (
        "per deltaker uten antall",
        "per deltakar utan tal",
        "per participant, no count given",
    ),
    "actions.reason.ikke oppgitt": (
        "ingen kostnad oppgitt",
        "ingen kostnad oppgitt",
        "no cost given",
    ),
    # --- kplan cost: what is not in the total ------------------------------------------
    "actions.unpriced": (
        "{n} tiltak uten beregnet kostnad ({reason}): {ids}",
        "{n} tiltak utan utrekna kostnad ({reason}): {ids}",
        "{n} actions without a calculated cost ({reason}): {ids}",
    ),
    "actions.unpriced_note": (
        "Tiltak uten beregnet kostnad er ikke med i summen.",
        "Tiltak utan utrekna kostnad er ikkje med i summen.",
        "Actions without a calculated cost are not in the total.",
    ),
    "actions.kind": ("KS-strategi", "KS-strategi", "KS strategy"),
    # --- what the actions add to the staff (effects) and evaluation dates ----------------
    "actions.effects": (
        "Tiltakenes virkning i analysen",
        "Tiltaka sin verknad i analysen",
        "The actions' effect in the analysis",
    ),
    "actions.eff.competence": ("Kompetanse", "Kompetanse", "Competence"),
    "actions.eff.count": ("Personer", "Personar", "Persons"),
    "actions.eff.fte": ("Årsverk", "Årsverk", "FTE"),
    "actions.eff.year": ("Fra år", "Frå år", "From year"),
    "actions.eff.unit": ("Enhet", "Eining", "Unit"),
    "actions.eff.from": ("Fra kompetanse", "Frå kompetanse", "From competence"),
    "actions.eff.hires": ("Nyrekruttering", "Nyrekruttering", "New hires"),
    "actions.col.date": ("Dato", "Dato", "Date"),
    "actions.yes": ("ja", "ja", "yes"),
    "actions.no": ("nei", "nei", "no"),
}
"""label key → (bokmål, nynorsk, English)."""

_LANGS = ("nb", "nn", "en")


class _HasLang(Protocol):
    lang: str


def action_label(t: _HasLang, key: str, **values: object) -> str:
    """The label in `t`'s language, its `{name}` placeholders filled."""
    return ACTION_LABELS[key][_LANGS.index(t.lang)].format(**values)


def action_choice(t: _HasLang, group: str, value: str) -> str:
    """A choice from the data (a cost's `per`) in `t`'s language; a value the table does not
    know is shown as written."""
    row = ACTION_LABELS.get(f"{group}.{value}")
    return row[_LANGS.index(t.lang)] if row else value
