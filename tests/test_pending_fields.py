"""Fields the document used to lose, now shown: a goal source's kind, how often the plan is
reported on and when it is next revised, the plan version a decision adopted, the steering
group's name, the union of a member who also represents something, and all a cost says of
itself (per participant, per occasion, occasions, every N years), with or without an amount."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from helpers import MINIMAL, TODAY, replace_once

from kplan.check.validate import check
from kplan.document.render import render
from kplan.document.stamp import Stamp
from kplan.plan.model import Plan

STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)

HEAD = """\
decisions:
  - id: ksak-1
    body: Kommunestyret
    kind: vedtak
    date: 2025-03
    git_tag: plan-v1.0
"""

ACTIONS = """\
actions:
  - id: tiltak-1
    title: Ekstern utlysning
    needs: [behov-1]
    strategy: rekruttere
    period: {start: 2025, end: 2026}
    count: 12
    cost: {amount: 39000, per: deltaker}
  - id: tiltak-2
    title: Førstehjelpskurs
    needs: [behov-1]
    strategy: utvikle
    period: {start: 2025, end: 2028}
    cost: {no_amount: innenfor tildelt ramme, per: gang, occasions: 4, every_years: 3}
  - id: tiltak-3
    title: Lederprogram
    needs: [behov-1]
    strategy: utvikle
    period: {start: 2025, end: 2025}
    cost: {amount: 250000, per: totalt}
"""


def _plan(tmp_path: Path) -> Plan:
    text = replace_once(
        MINIMAL,
        "  status: utkast\n",
        "  status: utkast\n"
        "  revision: {every_years: 4, next: 2027-03}\n"
        "  reporting: {frequency: halvårlig, channel: Årsrapporten}\n",
    )
    text = replace_once(
        text,
        "organisation:\n  working_group:\n    members:\n",
        "organisation:\n"
        "  steering_group:\n"
        "    name: Styringsgruppa for kompetanse\n"
        "    description: Gruppa møtes fire ganger i året.\n"
        "  working_group:\n"
        "    members:\n"
        "      - {role: Plasstillitsvalgt, kind: tillitsvalgt, represents: Oppvekst,"
        " union: Utdanningsforbundet}\n",
    )
    text = replace_once(
        text,
        "    text: Kommunen har rett kompetanse.\n",
        "    text: Kommunen har rett kompetanse.\n"
        "    source: {kind: sektorplan, title: Helse- og omsorgsplan 2024-2030}\n",
    )
    start = text.index("actions:\n")
    end = text.index("evaluation:\n  text:")
    text = text[:start] + ACTIONS + text[end:] + HEAD
    (tmp_path / "kplan.yaml").write_text(text, encoding="utf-8")
    checked = check(str(tmp_path), today=TODAY)
    assert checked.report.errors == 0, checked.errors
    assert checked.plan is not None
    return checked.plan


def _both(plan: Plan, lang: str) -> list[str]:
    md = render(plan, "md", lang, stamp=STAMP).replace("\\", "")
    page = html.unescape(render(plan, "html", lang, stamp=STAMP))
    return [md, page]


# words written down before the code: the label each language gives
EXPECTED = {
    "nb": [
        "Helse- og omsorgsplan 2024-2030 (sektorplan)",
        "Rapportering: halvårlig",
        "Neste rullering: mars 2027",
        "Versjon",
        "plan-v1.0",
        "Styringsgruppe: Styringsgruppa for kompetanse",
        "Oppvekst (Utdanningsforbundet)",
        # 39 000 kr per participant, 12 participants: the per-unit word stays with the amount
        "per deltaker",
        # no amount, yet every other term of the cost is kept
        "innenfor tildelt ramme (per gang × 4 ganger, hvert 3. år)",
        "totalt",
    ],
    "nn": [
        "Helse- og omsorgsplan 2024-2030 (sektorplan)",
        "Rapportering: halvårleg",
        "Neste rullering: mars 2027",
        "Versjon",
        "Styringsgruppe: Styringsgruppa for kompetanse",
        "Oppvekst (Utdanningsforbundet)",
        "per deltakar",
        "innanfor tildelt ramme (per gong × 4 gonger, kvart 3. år)",
        "totalt",
    ],
    "en": [
        "Helse- og omsorgsplan 2024-2030 (sector plan)",
        "Reporting: twice a year",
        "Next revision: March 2027",
        "Version",
        "Steering group: Styringsgruppa for kompetanse",
        "Oppvekst (Utdanningsforbundet)",
        "per participant",
        "within the allocated budget (per occasion × 4 times, every 3 years)",
        "in total",
    ],
}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_the_fields_are_shown(tmp_path: Path, lang: str) -> None:
    plan = _plan(tmp_path)
    for document in _both(plan, lang):
        for words in EXPECTED[lang]:
            assert words.casefold() in document.casefold(), (lang, words)


def test_no_version_column_without_a_tag(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    untagged = plan.model_copy(
        update={"decisions": [d.model_copy(update={"git_tag": None}) for d in plan.decisions]}
    )
    md = render(untagged, "md", "nb", stamp=STAMP)
    assert "plan-v1.0" not in md and "| Versjon" not in md


def test_a_default_per_is_not_said(tmp_path: Path) -> None:
    """«totalt» only where the plan wrote it: an amount without `per` shows as the amount."""
    plan = _plan(tmp_path)
    actions = [a for a in plan.actions if a.id != "tiltak-3"]
    md = render(plan.model_copy(update={"actions": actions}), "md", "nb", stamp=STAMP)
    assert "totalt" not in md.casefold()


def test_a_kind_the_title_says_is_not_repeated(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    goal = plan.goals[0]
    assert goal.source is not None
    source = goal.source.model_copy(
        update={"kind": "kommuneplan", "title": "Kommuneplanens samfunnsdel"}
    )
    goals = [goal.model_copy(update={"source": source})]
    md = render(plan.model_copy(update={"goals": goals}), "md", "nb", stamp=STAMP)
    assert "Kommuneplanens samfunnsdel |" in md and "(kommuneplan)" not in md
    # en: «municipal master plan» is not in the title, so it is said
    md = render(plan.model_copy(update={"goals": goals}), "md", "en", stamp=STAMP)
    assert "Kommuneplanens samfunnsdel (municipal master plan)" in md


def test_a_union_the_member_represents_is_said_once(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    md = render(plan, "md", "nb", stamp=STAMP)
    # MINIMAL's Hovedtillitsvalgt has union Fagforbundet and no represents: said once
    assert "| Hovedtillitsvalgt | Fagforbundet |" in md
    members = [
        m.model_copy(update={"represents": "Fagforbundet"}) if m.union == "Fagforbundet" else m
        for m in plan.organisation.working_group.members  # type: ignore[union-attr]
    ]
    group = plan.organisation.working_group.model_copy(update={"members": members})  # type: ignore[union-attr]
    org = plan.organisation.model_copy(update={"working_group": group})  # type: ignore[union-attr]
    md = render(plan.model_copy(update={"organisation": org}), "md", "nb", stamp=STAMP)
    assert "| Hovedtillitsvalgt | Fagforbundet |" in md and "(Fagforbundet)" not in md
