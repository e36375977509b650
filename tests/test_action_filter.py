"""The action plan's late mark and the data its HTML filter compares (unit, strategy, status,
year), from the analysis through the view to the escaped markup."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from helpers import EXAMPLES, make_plan

from kplan.analysis.follow_up import is_late_on
from kplan.check.validate import check as check_plan
from kplan.document.render import render
from kplan.document.results import collect
from kplan.document.stamp import Stamp
from kplan.document.view import build
from kplan.document.view.action_filter import ActionFilter, FilteredTable
from kplan.document.view.model import Section
from kplan.plan.model import Plan
from kplan.present.labels import Labels


def example(name: str) -> Plan:
    plan = check_plan(str(EXAMPLES / name)).plan
    assert plan is not None
    return plan


def action(**fields: Any) -> Any:
    return make_plan(actions=[{"id": "a", "title": "A", **fields}]).actions[0]


# --- late as of a date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "day", "late"),
    [
        # 2024–2026 ends 31 December 2026: late from 1 January 2027, not on the last day
        ({"period": {"start": 2024, "end": 2026}, "status": "pågår"}, dt.date(2027, 1, 1), True),
        ({"period": {"start": 2024, "end": 2026}, "status": "pågår"}, dt.date(2026, 12, 31), False),
        # a month ends on its last day: June 2025 ends 30 June
        ({"period": {"start": "2025-01", "end": "2025-06"}}, dt.date(2025, 7, 1), True),
        ({"period": {"start": "2025-01", "end": "2025-06"}}, dt.date(2025, 6, 30), False),
        ({"period": {"end": "2025-03-14"}, "status": "utsatt"}, dt.date(2025, 3, 15), True),
        # done or cancelled is never late, nor what has no end or runs on
        (
            {"period": {"start": 2020, "end": 2021}, "status": "gjennomført"},
            dt.date(2030, 1, 1),
            False,
        ),
        ({"period": {"start": 2020, "end": 2021}, "status": "avlyst"}, dt.date(2030, 1, 1), False),
        ({"period": {"start": 2020}}, dt.date(2030, 1, 1), False),
        ({"period": "kontinuerlig"}, dt.date(2030, 1, 1), False),
        ({}, dt.date(2030, 1, 1), False),
        # still planlagt after its start is not late here (the yearly follow-up's rule, not
        # the document's: a start passed may be a status nobody updated)
        ({"period": {"start": 2020, "end": 2031}}, dt.date(2030, 1, 1), False),
    ],
)
def test_an_action_is_late_when_its_end_has_passed_and_it_is_not_done(
    fields: dict[str, Any], day: dt.date, late: bool
) -> None:
    assert is_late_on(action(**fields), day) is late


# --- the view ---------------------------------------------------------------------------------


def tables(plan: Plan, lang: str = "nb", as_of: dt.date | None = None) -> list[FilteredTable]:
    doc = build(plan, collect(plan), Labels(lang), "", as_of)

    def walk(sections: tuple[Section, ...]) -> list[FilteredTable]:
        found: list[FilteredTable] = []
        for s in sections:
            found += [b for b in s.blocks if isinstance(b, FilteredTable)]
            found += walk(s.sections)
        return found

    return walk(doc.sections)


def row_of(found: list[FilteredTable], title: str) -> tuple[list[str], dict[str, str], bool]:
    """The cells, the filter values and the late flag of the action titled `title`."""
    for t in found:
        for i, row in enumerate(t.rows):
            if any(isinstance(cell, str) and cell.startswith(title) for cell in row):
                header = list(t.header)
                cells = [str(c) for c in row]
                return (
                    [f"{h}={c}" for h, c in zip(header, cells, strict=True)],
                    dict(t.row_data[i]),
                    t.late[i],
                )
    raise AssertionError(f"no row {title!r}")


def test_a_late_action_says_so_in_words_in_its_status_cell() -> None:
    plan = example("oyer")
    # Byggesaksdagene ran in October 2024 (ends 31 October 2024) and the plan gives no status:
    # on 31 January 2025 it is late; the NMBU course (June 2024 to June 2025) is not yet
    found = tables(plan, "nb", dt.date(2025, 1, 31))
    cells, data, late = row_of(found, "Byggesaksdagene DiBK")
    assert "Status=forsinket" in cells and late and data["status"] == "late"
    cells, data, late = row_of(found, "Tingsrett Videreutdanning NMBU")
    assert not late and data["status"] == ""
    assert not any(c.startswith("Status=") and c != "Status=" for c in cells)
    # on 1 July 2025 (June 2025 has ended) both are late; in nynorsk and English too
    found = tables(plan, "nn", dt.date(2025, 7, 1))
    assert "Status=forseinka" in row_of(found, "Tingsrett Videreutdanning NMBU")[0]
    found = tables(plan, "en", dt.date(2025, 7, 1))
    assert "Status=late" in row_of(found, "Byggesaksdagene DiBK")[0]
    # without a date nothing is called late
    assert not any(any(t.late) for t in tables(plan, "nb", None))


def test_a_late_action_with_a_status_keeps_it() -> None:
    plan = example("stange")
    # Lederutvikling (2024-08 to 2025-12) is gjennomført: never late. Kunnskapsbasert praksis
    # (2023-2024) too. On 1 January 2027 the 2019–2026 actions still pågår are late.
    found = tables(plan, "nb", dt.date(2027, 1, 1))
    cells, data, late = row_of(found, "Etisk refleksjon")
    assert late and "Status=pågår (forsinket)" in cells and data["status"] == "pågår late"
    assert not row_of(found, "Lederutvikling")[2]


def test_each_row_carries_its_unit_strategy_status_and_years() -> None:
    found = tables(example("stange"), "nb", dt.date(2025, 1, 31))
    # 2022-08 to 2026-06: the years it touches, 2022 to 2026
    assert row_of(found, "Videreutdanning for helsefagarbeidere")[1] == {
        "unit": "helse-omsorgssentrene",
        "strategy": "s-hoyskole",
        "status": "gjennomført",
        "year": "2022 2023 2024 2025 2026",
    }
    assert row_of(found, "Opplæring i kunnskapsbasert praksis")[1]["year"] == "2023 2024"


def test_open_and_undated_periods_match_the_years_they_may_run() -> None:
    # plan period 2025–2027 (make_plan)
    plan = make_plan(
        actions=[
            {"id": "a", "title": "Fra 2006", "period": {"start": 2006}, "unit": "kommunen"},
            {"id": "b", "title": "Til 2026", "period": {"end": 2026}, "unit": "enheten"},
            {"id": "c", "title": "Kontinuerlig", "period": "kontinuerlig"},
            {"id": "d", "title": "Høsten", "period": {"text": "til høsten"}},
            {"id": "e", "title": "Uten periode"},
        ]
    )
    found = tables(plan)
    assert row_of(found, "Fra 2006")[1]["year"] == "2025 2026 2027"  # clipped to the plan
    assert row_of(found, "Til 2026")[1]["year"] == "2025 2026"
    assert row_of(found, "Kontinuerlig")[1]["year"] == "2025 2026 2027"
    assert row_of(found, "Høsten")[1]["year"] == ""  # when it runs is not known
    assert row_of(found, "Uten periode")[1]["year"] == ""


def facets(f: ActionFilter | None) -> dict[str, list[tuple[str, str]]]:
    assert f is not None
    return {x.key: [(c.value, c.label) for c in x.choices] for x in f.facets}


def test_the_filter_offers_what_the_actions_use() -> None:
    found = tables(example("stange"), "nb", dt.date(2025, 1, 31))
    assert [t.filter is not None for t in found] == [True] + [False] * (len(found) - 1)
    got = facets(found[0].filter)
    assert [v for v, _ in got["unit"]] == ["helse-og-omsorg", "helse-omsorgssentrene"]
    assert got["status"] == [("pågår", "pågår"), ("gjennomført", "gjennomført")]
    assert [v for v, _ in got["year"]] == [str(y) for y in range(2019, 2027)]  # 2019–2026
    assert ("s-etikk", "Styrke etisk refleksjon og kunnskapsbasert praksis") in got["strategy"]
    # Øyer: one late action (Byggesaksdagene) and no written status: «forsinket» is the choice;
    # its actions name KS's strategies only
    got = facets(tables(example("oyer"), "en", dt.date(2025, 1, 31))[0].filter)
    assert got["status"] == [("late", "late")]
    assert [v for v, _ in got["strategy"]] == ["rekruttere", "utvikle"]


def test_no_filter_when_no_choice_would_hide_an_action() -> None:
    plan = make_plan(
        actions=[
            {"id": "a", "title": "A", "unit": "kommunen", "period": {"start": 2025, "end": 2027}},
            {"id": "b", "title": "B", "unit": "kommunen", "period": {"start": 2025, "end": 2027}},
        ]
    )
    found = tables(plan, "nb", dt.date(2025, 1, 31))
    assert found and all(t.filter is None and t.row_data == () for t in found)
    html = render(plan, "html", "nb", stamp=Stamp())
    assert '<form class="action-filter"' not in html and "data-unit=" not in html


# --- the markup ---------------------------------------------------------------------------------


STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)


def test_the_filter_is_in_the_markup_hidden_and_every_row_is_there() -> None:
    html = render(example("stange"), "html", "nb", stamp=STAMP)
    assert '<form class="action-filter" data-action-filter hidden>' in html
    assert html.count("<tr data-unit=") == 10  # Stange has ten actions, all in the markup
    assert '<label for="filter-year">År</label>' in html
    assert re.search(r'<select id="filter-unit" data-key="unit">\s*<option value="">Alle', html)
    assert 'data-words="{shown} av {total} tiltak vises"' in html
    assert html.count("<script>") == 1  # kplan's own, and only that


def test_plan_text_reaches_the_filter_only_escaped() -> None:
    evil = '"><script>alert(1)</script>'
    plan = make_plan(
        units=[
            {"id": "kommunen", "name": "Testvik kommune", "level": "kommune"},
            {"id": "enheten", "name": evil, "level": "enhet", "parent": "kommunen"},
        ],
        strategies=[{"id": "s1", "text": evil}],
        actions=[
            {"id": "a", "title": "A", "unit": "kommunen"},
            {"id": "b", "title": "B", "unit": "enheten", "strategies": ["s1"]},
        ],
    )
    html = render(plan, "html", "nb", stamp=STAMP)
    assert html.count("<script>") == 1
    assert '<option value="enheten">&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>' in html
    assert '<option value="s1">&#34;&gt;&lt;script&gt;' in html
