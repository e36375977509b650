"""The yearly follow-up (kplan.analysis.follow_up) against hand-computed answers.

Every expected figure below is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import EXAMPLES, make_plan

from kplan.analysis.follow_up import StatusReport, follow_up, is_late
from kplan.check.validate import check
from kplan.present.follow_up import status_json, status_md, status_text


def action(id: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "title": f"Tiltak {id}", "strategy": "utvikle", "unit": "enheten", **fields}


ACTIONS = [
    # 4 participants at 10 000, a 15 000 grant: 40 000 - 15 000 = 25 000 net in 2026
    action(
        "kurs",
        status="gjennomført",
        period={"start": 2025, "end": 2026},
        count=4,
        cost={
            "amount": 10000,
            "per": "deltaker",
            "budget_year": 2026,
            "funding": [{"source": "Kompetansemidler", "amount": 15000}],
            "spent": {2025: 3000, 2026: 22000},
        },
        evaluation=[{"level": 2, "result": "Alle bestod"}],
    ),
    # yearly 12 000 over 2025-2027, a 2 000 grant (the 5 000 own share is no grant):
    # 10 000 net in each of three years, 30 000 in all
    action(
        "veiledning",
        status="pågår",
        period={"start": 2025, "end": 2027},
        cost={
            "amount": 12000,
            "yearly": True,
            "funding": [
                {"source": "Statsforvalteren", "amount": 2000},
                {"source": "Egen ramme", "amount": 5000, "grant": False},
            ],
            "spent": {2026: 14000},
        },
        evaluation=[{"level": 1}],
    ),
    # no budget year: falls in the start year, 2026; ends June 2026 and is still planlagt: late
    action(
        "samling",
        period={"start": "2026-03", "end": "2026-06"},
        cost={"amount": 8000},
        evaluation=[{"level": 3}, {"level": 1, "result": "Fornøyde deltakere"}],
    ),
    # still planlagt although it started in 2025: late in 2026
    action("rekruttering", status="planlagt", period={"start": 2025, "end": 2027}),
    # avlyst: no planned cost, but what it spent before it was stopped still counts
    action(
        "avlyst",
        status="avlyst",
        period={"start": 2026, "end": 2026},
        cost={"amount": 50000, "spent": {2026: 1000}},
        evaluation=[{"level": 4, "result": "Ikke relevant"}],
    ),
    # utsatt, ends on the last day of 2026: late; one participant at 6 000 in budget year 2027
    action(
        "utsatt",
        status="utsatt",
        period={"start": "2025-09-01", "end": "2026-12-31"},
        count=1,
        cost={"amount": 6000, "per": "deltaker", "budget_year": 2027},
        evaluation=[{"level": 2}],
    ),
]


@pytest.fixture
def report() -> StatusReport:
    return follow_up(make_plan(actions=ACTIONS), 2026)


def test_rows_planned_and_spent(report: StatusReport) -> None:
    rows = {r.id: r for r in report.rows}
    assert [r.id for r in report.rows] == [a["id"] for a in ACTIONS]
    got = {i: (r.planned, r.spent, r.total_planned, r.total_spent) for i, r in rows.items()}
    assert got == {
        "kurs": (25000, 22000, 25000, 25000),  # spent 3 000 + 22 000 over two years
        "veiledning": (10000, 14000, 30000, 14000),
        "samling": (8000, None, 8000, 0),
        # no cost given: unknown, never 0 kr (and left out of the year's planned sum)
        "rekruttering": (None, None, None, 0),
        "avlyst": (0, 1000, 0, 1000),
        "utsatt": (0, None, 6000, 0),
    }


def test_late(report: StatusReport) -> None:
    assert {r.id for r in report.rows if r.late} == {"samling", "rekruttering", "utsatt"}
    assert report.late == 3


@pytest.mark.parametrize(
    ("status", "start", "end", "late"),
    [
        ("pågår", "2025", "2026", True),  # should have ended by 31 Dec 2026
        ("pågår", "2025", "2027-01", False),  # ends after 2026
        ("utsatt", "2026-12-31", "2026-12-31", True),
        ("planlagt", "2026", "2027", False),  # starts in the year itself: not yet behind
        ("planlagt", "2025-12", "2027", True),  # started before the year, still planlagt
        ("pågår", "2025-12", "2027", False),  # under way: the start does not matter
        ("gjennomført", "2020", "2021", False),
        ("avlyst", "2020", "2021", False),
    ],
)
def test_late_boundaries(status: str, start: str, end: str, late: bool) -> None:
    plan = make_plan(actions=[action("a", status=status, period={"start": start, "end": end})])
    assert is_late(plan.actions[0], 2026) is late


def test_no_period_is_never_late() -> None:
    plan = make_plan(actions=[action("a")])
    assert follow_up(plan, 2030).rows[0].late is False


def test_summary(report: StatusReport) -> None:
    assert report.by_status == {
        "planlagt": 2,
        "pågår": 1,
        "gjennomført": 1,
        "utsatt": 1,
        "avlyst": 1,
    }
    assert report.planned == 43000  # 25 000 + 10 000 + 8 000
    assert report.spent == 37000  # 22 000 + 14 000 + 1 000 (avlyst)
    # only the actions that report spending: planned 25 000 + 10 000 + 0 = 35 000, spent 37 000;
    # samling's 8 000 is not reported, and an unknown is not a saving
    assert report.difference == 2000
    assert (report.reported, report.planned_reported) == (3, 35000)
    assert (report.unreported, report.unreported_planned) == (1, 8000)


def test_evaluation_coverage_leaves_out_avlyst(report: StatusReport) -> None:
    rows = {r.id: r for r in report.rows}
    assert (rows["samling"].best_level, rows["samling"].has_result) == (3, True)
    assert (rows["rekruttering"].best_level, rows["rekruttering"].has_result) == (None, False)
    # five actions count (avlyst does not); planned at level 2 or higher: kurs, samling, utsatt
    assert (report.evaluable, report.planned_level2) == (5, 3)
    assert report.planned_level2_percent == pytest.approx(60.0)
    # achieved (a result at level 2 or higher): kurs only; samling's result is at level 1
    assert (rows["samling"].result_level, rows["kurs"].result_level) == (1, 2)
    assert report.evaluated == 1
    assert report.evaluated_percent == pytest.approx(20.0)
    # a result: kurs and samling (avlyst has one too, but does not count)
    assert report.with_result == 2
    assert report.with_result_percent == pytest.approx(40.0)


def test_no_actions() -> None:
    report = follow_up(make_plan(), 2026)
    assert (report.rows, report.evaluable, report.evaluated_percent) == ((), 0, 0.0)
    data = json.loads(status_json(report))
    assert data["rows"] == []
    assert data["summary"]["with_result_percent"] == 0


def test_json_keys_are_stable(report: StatusReport) -> None:
    data = json.loads(status_json(report))
    assert list(data) == ["year", "rows", "late_steps", "summary"]
    assert data["year"] == 2026
    for row in data["rows"]:
        assert list(row) == [
            "id",
            "title",
            "unit",
            "status",
            "period",
            "late",
            "planned",
            "spent",
            "best_level",
            "has_result",
            "result_level",
        ]
    assert data["rows"][2] == {
        "id": "samling",
        "title": "Tiltak samling",
        "unit": "enheten",
        "status": "planlagt",
        "period": "2026-03–2026-06",
        "late": True,
        "planned": 8000,
        "spent": None,
        "best_level": 3,
        "has_result": True,
        "result_level": 1,
    }
    assert data["summary"] == {
        "actions": 6,
        "by_status": {"planlagt": 2, "pågår": 1, "gjennomført": 1, "utsatt": 1, "avlyst": 1},
        "late": 3,
        "planned": 43000,
        "spent": 37000,
        "difference": 2000,
        "evaluable": 5,
        "evaluated": 1,
        "evaluated_percent": 20,
        "with_result": 2,
        "with_result_percent": 40,
        "planned_level2": 3,
        "planned_level2_percent": 60,
        "reported": 3,
        "unreported": 1,
        "unreported_planned": 8000,
        "unpriced": 1,
        "steps": 0,
        "late_steps": 0,
    }


def test_md_table_escapes_pipes() -> None:
    plan = make_plan(
        actions=[
            action(
                "a",
                title="Kurs | del 1",
                status="pågår",
                period={"start": "2026-08", "end": 2027},
                cost={"amount": 39000},
                evaluation=[{"level": 2}],
            )
        ]
    )
    md = status_md(follow_up(plan, 2026))
    assert md.startswith("## Oppfølging av kompetanseplanen 2026\n")
    table = [line for line in md.splitlines() if line.startswith("|")]
    # header, alignment, one action, the sum: every line has the same number of cells
    assert len(table) == 4
    assert {line.replace("\\|", "").count("|") for line in table} == {9}
    assert table[0].startswith("| Tiltak | Enhet | Status | Periode |")
    assert "Kurs \\| del 1 (a)" in table[2]
    assert "august 2026–2027" in table[2]
    assert "39\u00a0000\u00a0kr" in table[2]
    assert "- 1 av 1 tiltak (100 %) har planlagt evaluering på Kirkpatrick-nivå 2" in md
    assert "- 0 av 1 tiltak (0 %) er evaluert på Kirkpatrick-nivå 2" in md


def test_md_languages(report: StatusReport) -> None:
    assert "| utsett |" in status_md(report, "nn")
    en = status_md(report, "en")
    assert en.startswith("## Follow-up of the competence plan 2026\n")
    assert "| cancelled |" in en
    assert "- 3 of 6 actions are late." in en


def test_text(report: StatusReport) -> None:
    text = status_text(report)
    assert text.startswith("Oppfølging av kompetanseplanen 2026\n")
    assert "25 000 kr" in text
    assert "Planlagt netto i 2026: 43 000 kr. Brukt: 37 000 kr." in text
    assert "Avvik for tiltakene med rapportert forbruk: +2 000 kr." in text
    assert "ikke rapportert for 1 tiltak med 8 000 kr planlagt." in text
    assert "1 av 5 tiltak (20 %) er evaluert på Kirkpatrick-nivå 2" in text
    assert "3 av 5 tiltak (60 %) har planlagt evaluering på Kirkpatrick-nivå 2" in text
    assert "2 av 5 tiltak (40 %) har et registrert resultat." in text


def test_oyer() -> None:
    plan = check(str(EXAMPLES / "oyer")).plan
    assert plan is not None
    report = follow_up(plan, 2024)
    rows = {r.id: r for r in report.rows}
    assert list(rows) == [a.id for a in plan.actions]
    # budget year 2024 (100 000 in total) and one participant at 39 000 starting June 2024
    assert rows["t-nn-skole-videreutdanning"].planned == 100000
    assert rows["t-tingsrett-nmbu"].planned == 39000
    # ends June 2025: not late in 2024, late in 2025 while still planlagt
    assert rows["t-tingsrett-nmbu"].late is False
    assert {r.id: r.late for r in follow_up(plan, 2025).rows}["t-tingsrett-nmbu"] is True
    json.loads(status_json(report))
    assert "| Tingsrett Videreutdanning NMBU (t-tingsrett-nmbu) |" in status_md(report)


def test_json_shows_an_overflowed_figure_as_unknown(report: StatusReport) -> None:
    """JSON never holds Infinity or NaN: a figure that is not a number is null."""
    import dataclasses

    nan = float("nan")
    broken = dataclasses.replace(report, planned=float("inf"), spent=nan, spent_compared=nan)
    data = json.loads(status_json(broken))
    assert data["summary"]["planned"] is None
    assert data["summary"]["spent"] is None
    assert data["summary"]["difference"] is None


def test_an_action_without_an_amount_is_unknown_not_0_kr(report: StatusReport) -> None:
    # «rekruttering» gives no cost: the year's planned is 25 000 + 10 000 + 8 000 = 43 000 over
    # the priced actions, and the one without an amount is counted apart, in every format
    assert (report.planned, report.unpriced) == (43000, 1)
    row = next(r for r in report.rows if r.id == "rekruttering")
    assert row.unpriced == "ikke oppgitt"
    doc = json.loads(status_json(report))
    got = next(r for r in doc["rows"] if r["id"] == "rekruttering")
    assert got["planned"] is None and doc["summary"]["unpriced"] == 1
    text = status_text(report)
    line = next(x for x in text.splitlines() if x.startswith("Tiltak rekruttering"))
    assert "ingen kostnad oppgitt" in line and " 0 kr" not in line
    assert "1 tiltak har ikke kostnaden som et beløp" in text
    assert "1 tiltak har ikke kostnaden som et beløp" in status_md(report)


def test_spending_of_an_action_without_an_amount_is_not_a_difference() -> None:
    # the only action that reports spending has no amount: nothing to compare with, so no
    # «difference» of +5 000 against a planned 0
    plan = make_plan(
        actions=[
            action(
                "a",
                period={"start": 2026},
                cost={"no_amount": "interne kostnader", "spent": {2026: 5000}},
            )
        ]
    )
    report = follow_up(plan, 2026)
    assert (report.reported, report.compared, report.difference) == (1, 0, None)
    assert "Brukt: 5 000 kr, av tiltak uten beløp" in status_text(report)
