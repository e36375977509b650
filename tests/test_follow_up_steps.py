"""The follow-up's late KS steps, planned levels apart from achieved results, and spending
nobody reported (kplan.analysis.follow_up, kplan.present.follow_up), against hand-worked answers.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis.follow_up import follow_up
from kplan.present.follow_up import status_json, status_md, status_text, status_view


def action(id: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "title": f"Tiltak {id}", "strategy": "utvikle", "unit": "enheten", **fields}


STEPS = [
    # deadline the whole of 2025, ferdig: done
    {"number": 1, "name": "Organisering", "deadline": 2025, "status": "ferdig"},
    # deadline March 2026, still pågår: late at the end of 2026
    {"number": 2, "name": "Forankring", "deadline": "2026-03", "status": "pågår"},
    # deadline the last day of 2026, no status: late at the end of 2026 (31 Dec is in the year)
    {"number": 3, "deadline": "2026-12-31"},
    # deadline in 2027: not yet late in 2026
    {"number": 4, "deadline": "2027-01", "status": "ikke startet"},
    # deadline 2026, done in February 2027: late at the end of 2026, though ferdig today
    {"number": 5, "deadline": 2026, "done": "2027-02", "status": "ferdig"},
    # deadline 2026-06, done 2026-09 (late, but done by the end of the year): not late
    {"number": 6, "deadline": "2026-06", "done": "2026-09-15"},
    # no deadline: never late
    {"number": 7, "status": "ikke startet"},
]


def test_late_steps_in_the_year() -> None:
    report = follow_up(make_plan(steps=STEPS), 2026)
    assert [s.number for s in report.late_steps] == [2, 3, 5]
    assert report.steps == 7
    # in 2025 only step 1's deadline is over, and it is ferdig
    assert follow_up(make_plan(steps=STEPS), 2025).late_steps == ()


def test_steps_in_the_outputs() -> None:
    report = follow_up(make_plan(steps=STEPS), 2026)
    md = status_md(report)
    assert "### Forsinkede steg" in md
    assert "- Steg 2 Forankring: frist mars 2026, status pågår." in md
    assert "- Steg 3: frist 31. desember 2026, status ukjent." in md
    assert "- 3 av 7 steg i fremdriftsplanen er forsinket." in md
    text = status_text(report, width=100)
    assert "Steg 2 Forankring: frist mars 2026, status pågår." in text
    data = json.loads(status_json(report))
    assert list(data) == ["year", "rows", "late_steps", "summary"]
    assert data["late_steps"][0] == {
        "number": 2,
        "name": "Forankring",
        "deadline": "2026-03",
        "status": "pågår",
    }
    assert (data["summary"]["steps"], data["summary"]["late_steps"]) == (7, 3)
    assert any("3 av 7 steg" in line for line in status_view(report, "nb").summary)


def test_no_late_steps_says_so() -> None:
    md = status_md(follow_up(make_plan(steps=STEPS[:1]), 2026))
    assert "Forsinkede steg" not in md
    assert "- 0 av 1 steg i fremdriftsplanen er forsinket." in md


EVALUATED = [
    # planned at level 2, no result: planned, not achieved
    action("a", status="pågår", evaluation=[{"level": 2}]),
    # a result at level 1 and a level 3 planned: planned ≥ 2, achieved only level 1
    action("b", status="pågår", evaluation=[{"level": 3}, {"level": 1, "result": "Fornøyde"}]),
    # a result at level 2: planned and achieved
    action("c", status="gjennomført", evaluation=[{"level": 2, "result": "Bestått"}]),
    # no evaluation
    action("d", status="planlagt"),
]


def test_planned_levels_apart_from_results() -> None:
    report = follow_up(make_plan(actions=EVALUATED), 2026)
    rows = {r.id: r for r in report.rows}
    assert (rows["b"].best_level, rows["b"].result_level) == (3, 1)
    # achieved at level 2 or higher: c only, 1 of 4 = 25 %
    assert (report.evaluated, report.evaluated_percent) == (1, 25.0)
    # planned at level 2 or higher: a, b, c = 3 of 4 = 75 %
    assert (report.planned_level2, report.planned_level2_percent) == (3, 75.0)
    md = status_md(report)
    assert "- 1 av 4 tiltak (25 %) er evaluert på Kirkpatrick-nivå 2 eller høyere" in md
    assert "- 3 av 4 tiltak (75 %) har planlagt evaluering på Kirkpatrick-nivå 2" in md
    assert "| nivå 3, resultat nivå 1 |" in md
    data = json.loads(status_json(report))
    assert data["summary"]["evaluated"] == 1
    assert data["summary"]["planned_level2"] == 3
    assert data["rows"][1]["result_level"] == 1


SPENDING = [
    # 10 000 planned in 2026, 12 000 spent
    action(
        "a", period={"start": 2026, "end": 2026}, cost={"amount": 10000, "spent": {2026: 12000}}
    ),
    # 8 000 planned in 2026, nothing reported
    action("b", period={"start": 2026, "end": 2026}, cost={"amount": 8000}),
    # nothing planned in 2026, nothing reported: nothing to report
    action("c", period={"start": 2027, "end": 2027}, cost={"amount": 5000}),
]


def test_unreported_spending_is_not_zero() -> None:
    report = follow_up(make_plan(actions=SPENDING), 2026)
    # planned 10 000 + 8 000 = 18 000; spent 12 000 reported by a only
    assert (report.planned, report.spent) == (18000, 12000)
    # difference over a alone: 12 000 - 10 000 = +2 000, not 12 000 - 18 000 = -6 000
    assert report.difference == 2000
    assert (report.unreported, report.unreported_planned) == (1, 8000)
    md = status_md(report)
    rows = {line.split(" | ")[0]: line for line in md.splitlines() if line.startswith("| Tiltak")}
    assert "ikke rapportert" in rows["| Tiltak b (b)"]
    assert "ikke rapportert" not in rows["| Tiltak c (c)"]
    assert "Avvik for tiltakene med rapportert forbruk: +2\u00a0000\u00a0kr." in md
    assert "Forbruk er ikke rapportert for 1 tiltak med 8\u00a0000\u00a0kr planlagt." in md
    data = json.loads(status_json(report))
    assert data["rows"][1]["spent"] is None
    assert (data["summary"]["difference"], data["summary"]["unreported"]) == (2000, 1)
    assert data["summary"]["unreported_planned"] == 8000


def test_nothing_reported_has_no_difference() -> None:
    report = follow_up(make_plan(actions=SPENDING[1:]), 2026)
    assert report.difference is None
    text = status_text(report, width=200)
    assert "Brukt: ikke rapportert." in text
    assert "Avvik" not in text
    assert "−8 000" not in text
    data = json.loads(status_json(report))
    assert (data["summary"]["spent"], data["summary"]["difference"]) == (None, None)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_languages(lang: str) -> None:
    report = follow_up(make_plan(actions=SPENDING + EVALUATED, steps=STEPS), 2026)
    md = status_md(report, lang)
    assert "{" not in md


def test_the_documents_follow_up_lists_late_steps() -> None:
    """The årsrapport section of the rendered plan (`--follow-up YEAR`) says what status does."""
    from helpers import EXAMPLES

    from kplan.check.validate import check
    from kplan.document.render import render
    from kplan.document.stamp import Stamp

    plan = check(str(EXAMPLES / "stange")).plan
    assert plan is not None
    stamp = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
    md = render(plan, "md", "nb", stamp=stamp, follow_up=2026)
    section = md.split("## Oppfølging av kompetanseplanen 2026")[1]
    # Stange's step 7 is due in 2026 and has no status or done date: late at the end of 2026
    assert "- Steg 7 Gjennomføring, oppfølging og evaluering: frist 2026, status ukjent." in section
    # 240 000 + 10 714 + 60 000 planned in 2026, nothing reported: not 0 kr, not −310 714 kr
    assert "Planlagt netto i 2026: 310\u00a0714\u00a0kr. Brukt: ikke rapportert." in section
    assert "Avvik" not in section
    assert "har planlagt evaluering på Kirkpatrick-nivå 2" in section
