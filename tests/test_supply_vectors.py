"""The supply projection over the plan years, pinned by hand before it was made fast.

Each inventory row is projected once over the years and summed up the unit tree; these figures
(worked out by hand in the comments) and the whole `kplan gap` output of the plan in every
format (sha256 of the output the code gave before the projection was vectorised) must not move.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis.gap import analyse
from kplan.analysis.staffing import staffing_balance
from kplan.analysis.step5 import step5
from kplan.analysis.supply import Supply
from kplan.plan.model import Plan
from kplan.present.formats import Style
from kplan.present.step5 import REPORTERS

SNAP = "2025-01-01"
SOURCE = {"kind": "lov", "reference": "§ 1"}


def inv(unit: str, competence: str | None, persons: int, fte: float, **extra: Any) -> dict:
    row = {"unit": unit, "date": SNAP, "persons": persons, "fte": fte, **extra}
    if competence:
        row["competence"] = competence
    return row


def plan() -> Plan:
    """A kommune with two enheter; enhet-b retires at 62, the rest at 65; 10 % turnover."""
    return make_plan(
        plan={
            "title": "Testplan",
            "kommune": {"name": "Testvik", "number": "0301"},
            "scope": {"kind": "kommune"},
            "period": {"start": 2025, "end": 2028},
            "status": "utkast",
        },
        units=[
            {"id": "kommunen", "name": "Testvik kommune", "level": "kommune"},
            {"id": "enhet-a", "name": "Enhet A", "level": "enhet", "parent": "kommunen"},
            {"id": "enhet-b", "name": "Enhet B", "level": "enhet", "parent": "kommunen"},
        ],
        analysis={
            "retirement_age": 65,
            "turnover_percent": 10,
            "unit_retirement_age": {"enhet-b": 62},
        },
        inventory=[
            inv("enhet-a", None, 10, 8.0, age_bands={"<30": 2, "30-59": 5, "60-64": 3}),
            inv("enhet-a", "sykepleier", 10, 8.0, age_bands={"<30": 2, "30-59": 5, "60-64": 3}),
            inv("enhet-a", "akuttmed", 4, 3.2, age_bands={"<30": 1, "60-64": 3}),
            inv(
                "enhet-b",
                "sykepleier",
                4,
                3.0,
                age_bands={"55-59": 2, "60+": 2},
                fte_by_age={"55-59": 2.0, "60+": 1.0},
            ),
        ],
        requirements=[
            {
                "id": "min-spl",
                "kind": "count",
                "title": "Sykepleiere i kommunen",
                "units": ["kommunen"],
                "source": SOURCE,
                "competences": ["sykepleier"],
                "basis": "personer",
                "minimum": 12,
            },
            {
                "id": "akutt",
                "kind": "course",
                "title": "Akuttmedisinkurs",
                "units": ["enhet-a"],
                "source": SOURCE,
                "course": "akuttmed",
            },
        ],
        actions=[
            {
                "id": "rekruttere",
                "title": "Rekruttere sykepleiere",
                "strategy": "rekruttere",
                "unit": "enhet-b",
                "effects": [{"competence": "sykepleier", "count": 2, "year": 2026}],
            }
        ],
        staffing=[{"id": "spl-b", "unit": "enhet-b", "competence": "sykepleier"}],
    )


def test_a_row_retires_by_age_band_year_by_year() -> None:
    supply = Supply(plan())
    at = ("enhet-a", "sykepleier", None)
    # band 60-64 at 65: 1/5 a year reach the age; 3 persons: 0.6, 1.2, 1.8 gone by 2026-2028;
    # what is left loses 10 % a year, compounded; årsverk follow persons (0.8 per person)
    assert supply.base(*at, 2025).persons == 10.0
    assert supply.base(*at, 2026).persons == pytest.approx((10 - 0.6) * 0.9)  # 8.46
    assert supply.base(*at, 2027).persons == pytest.approx((10 - 1.2) * 0.81)  # 7.128
    assert supply.base(*at, 2028).persons == pytest.approx((10 - 1.8) * 0.729)  # 5.9778
    assert supply.base(*at, 2028).fte == pytest.approx((8 - 1.44) * 0.729)  # 4.78224


def test_an_open_band_and_fte_by_age_at_a_units_own_retirement_age() -> None:
    supply = Supply(plan())
    at = ("enhet-b", "sykepleier", None)
    # at 62: «60+» spans 60-64; one year on those 61-64 at the snapshot retire (4/5 of 2 = 1.6),
    # two years on all of it (2); three years on also the 59-year-olds of «55-59» (1/5 of 2)
    assert supply.base(*at, 2026).persons == pytest.approx((4 - 1.6) * 0.9)  # 2.16
    assert supply.base(*at, 2027).persons == pytest.approx((4 - 2.0) * 0.81)  # 1.62
    assert supply.base(*at, 2028).persons == pytest.approx((4 - 2.4) * 0.729)  # 1.1664
    # årsverk by age band: 1.0 in «60+», 2.0 in «55-59»: 0.8, 1.0, 1.0 + 0.4 gone
    assert supply.base(*at, 2026).fte == pytest.approx((3 - 0.8) * 0.9)  # 1.98
    assert supply.base(*at, 2028).fte == pytest.approx((3 - 1.4) * 0.729)  # 1.1664
    # those reaching the age in 2027 only: 0.4 persons, 0.2 årsverk (before turnover)
    row = supply.rows[("enhet-b", "sykepleier", None)]
    assert supply.retiring(row, 2027).persons == pytest.approx(0.4)
    assert supply.retiring(row, 2027).fte == pytest.approx(0.2)


def test_a_parent_unit_sums_its_children_and_the_actions() -> None:
    p = plan()
    supply = Supply(p)
    # 7.128 (enhet-a) + 1.62 (enhet-b)
    assert supply.base("kommunen", "sykepleier", None, 2027).persons == pytest.approx(8.748)
    got = {r.year: r for r in analyse(p).rows if r.requirement == "min-spl"}
    # 2 hired into enhet-b in 2026, 10 % of them gone by 2027: 1.8
    assert got[2027].planned == pytest.approx(1.8)
    assert got[2027].gap == pytest.approx(12 - 8.748)  # 3.252
    assert got[2027].residual == pytest.approx(12 - 8.748 - 1.8)  # 1.452
    assert got[2025].planned == 0 and got[2025].gap == 0  # 10 + 4 persons, 12 required


def test_a_course_for_everyone_in_the_unit() -> None:
    got = {r.year: r for r in analyse(plan()).rows if r.requirement == "akutt"}
    # everyone: the total row, 8.46 in 2026, rounded up to 9 persons; the course holders
    # 4 less 0.6 retired (3 in 60-64), less 10 %: 3.06
    assert got[2026].required == 9
    assert got[2026].available == pytest.approx(3.06)
    assert got[2026].gap == pytest.approx(9 - 3.06)


def test_the_staffing_flow_of_a_line() -> None:
    line = staffing_balance(plan()).lines[0]
    flow = {y.year: y for y in line.years}
    # constant need 3.0 årsverk; 2026: 0.8 retire, 10 % of 2.2 leave: 1.02 to recruit; the
    # 2 hired bring 2 x 0.75 (enhet-b's årsverk per sykepleier) = 1.5
    assert flow[2026].retirements == pytest.approx(0.8)
    assert flow[2026].to_recruit == pytest.approx(1.02)
    assert flow[2026].planned == pytest.approx(1.5) and flow[2026].still_open == 0
    # 2027: 0.2 reach the age, of whom 10 % have left: 0.18; 10 % of 2.82: 0.282
    assert flow[2027].retirements == pytest.approx(0.18)
    assert flow[2027].still_open == pytest.approx(0.462)


PINNED = {
    # sha256 of `kplan gap` of `plan()` in each format, as the code gave it before the
    # projection was made a vector per row (commit cd2e809): the figures must not move
    "json": "f8ee276d5f81924df349c841d7b56571087dbc3f08d856b9d4cb86ec869912ca",
    "table": "23ca6c0713bdb3b5cec53ad9aa68334d4e478265eb0b2e3f319dfeb28c6dba00",
    "csv": "7eae3868800dca76d1b9b0bcf3925cac8edca12e31b02424973ad3d012c0873d",
    "md": "27bda99ad8d2ba3991386489263b4bf083cce3c52e715561ebcc21dba775bb63",
}


@pytest.mark.parametrize("fmt", sorted(PINNED))
def test_the_whole_output_is_unchanged(fmt: str) -> None:
    from kplan.present.formats import Format

    out = REPORTERS[Format(fmt)](step5(plan()), Style())
    if not isinstance(out, str | bytes):  # the json comes in pieces
        out = "".join(out)
    data = out if isinstance(out, bytes) else out.encode("utf-8")
    assert hashlib.sha256(data).hexdigest() == PINNED[fmt]


def test_a_rows_figures_are_the_gap_columns_in_order() -> None:
    from kplan.present.gap_rows import GAP_COLUMNS, figures

    row = analyse(plan()).rows[0]
    assert tuple(figures(row)) == GAP_COLUMNS
    assert figures(row) == {c: getattr(row, c) for c in GAP_COLUMNS}
