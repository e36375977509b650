"""The labels of the plan's head in the document (decisions, steps, goals, free content and the
glossary) in bokmål, nynorsk and English. `say` reads them straight from this table, so the
document works whether or not `labels.py` has merged it; keys are namespaced `content.*`."""

from __future__ import annotations

from typing import Protocol

CONTENT_LABELS: dict[str, tuple[str, str, str]] = {
    "content.kind": ("Type", "Type", "Kind"),
    "content.kind.vedtak": ("Vedtak", "Vedtak", "Decision"),
    "content.kind.endring": ("Endring", "Endring", "Amendment"),
    "content.kind.til orientering": ("Til orientering", "Til orientering", "For information"),
    "content.kind.til etterretning": (
        "Tatt til etterretning",
        "Teke til etterretning",
        "Noted for action",
    ),
    "content.kind.høring": ("Høring", "Høyring", "Consultation"),
    "content.summary": ("Innhold", "Innhald", "Summary"),
    "content.follow_up": ("Oppfølging", "Oppfølging", "Follow-up"),
    "content.follow_up_by": ("innen {when}", "innan {when}", "by {when}"),
    "content.deliverable": ("Leveranse", "Leveranse", "Deliverable"),
    "content.done": ("Gjennomført", "Gjennomført", "Done"),
    "content.notes": ("Merknader", "Merknader", "Notes"),
    "content.status_unknown": ("ukjent", "ukjend", "unknown"),
    "content.sdgs": ("Bærekraftsmål", "Berekraftsmål", "Sustainable Development Goals"),
    "content.sdg": ("FNs bærekraftsmål {n}", "FNs berekraftsmål {n}", "UN SDG {n}"),
    "content.serves": ("Hører under", "Høyrer under", "Serves"),
    "content.glossary": ("Begreper", "Omgrep", "Glossary"),
    "content.term": ("Begrep", "Omgrep", "Term"),
    "content.definition": ("Forklaring", "Forklaring", "Definition"),
    "content.source": ("Kilde", "Kjelde", "Source"),
    "content.version": ("Versjon", "Versjon", "Version"),
    "content.reporting": (
        "Rapportering: {frequency}",
        "Rapportering: {frequency}",
        "Reporting: {frequency}",
    ),
    "content.frequency.årlig": ("årlig", "årleg", "yearly"),
    "content.frequency.halvårlig": ("halvårlig", "halvårleg", "twice a year"),
    "content.frequency.kvartalsvis": ("kvartalsvis", "kvartalsvis", "quarterly"),
    "content.frequency.annet": ("annet", "anna", "other"),
    "content.next_revision": (
        "Neste rullering: {when}",
        "Neste rullering: {when}",
        "Next revision: {when}",
    ),
    "content.group_name": ("{group}: {name}", "{group}: {name}", "{group}: {name}"),
    "content.source_kind.kommuneplan": ("kommuneplan", "kommuneplan", "municipal master plan"),
    "content.source_kind.arbeidsgiverstrategi": (
        "arbeidsgiverstrategi",
        "arbeidsgivarstrategi",
        "employer strategy",
    ),
    "content.source_kind.sektorplan": ("sektorplan", "sektorplan", "sector plan"),
    "content.source_kind.lov": ("lov", "lov", "act"),
    "content.source_kind.forskrift": ("forskrift", "forskrift", "regulation"),
    "content.source_kind.tariffavtale": ("tariffavtale", "tariffavtale", "collective agreement"),
    "content.source_kind.nasjonal føring": (
        "nasjonal føring",
        "nasjonal føring",
        "national guideline",
    ),
    "content.source_kind.anbefaling": ("anbefaling", "tilråding", "recommendation"),
    "content.source_kind.lokalt mål": ("lokalt mål", "lokalt mål", "local goal"),
    "content.source_kind.annet": ("annet", "anna", "other"),
    "content.illustrative": (
        "Illustrasjon: ikke hentet fra kommunens dokumenter.",
        "Illustrasjon: ikkje henta frå kommunen sine dokument.",
        "Illustration: not taken from the municipality's documents.",
    ),
}

_LANGS = ("nb", "nn", "en")


class _HasLang(Protocol):
    lang: str


def say(t: _HasLang, key: str, **values: object) -> str:
    """The label `key` in the language of `t`, its `{name}` placeholders filled."""
    return CONTENT_LABELS[key][_LANGS.index(t.lang)].format(**values)


def choice(t: _HasLang, group: str, value: str) -> str:
    """A choice from the data (a decision's kind) in the language of `t`; a value the table
    does not know is shown as written."""
    row = CONTENT_LABELS.get(f"{group}.{value}")
    return row[_LANGS.index(t.lang)] if row else value
