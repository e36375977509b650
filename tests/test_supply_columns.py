"""The supply's vectors and running sums, made a column at a time, against the per-year
definitions (`kplan.analysis.amount.retired`, `Supply.project`) bit for bit: sums of floats
depend on their order, so equal to the last bit means the same terms in the same order."""

from __future__ import annotations

from datetime import date
from typing import Any

from helpers import make_plan

from kplan.analysis.amount import retired
from kplan.analysis.supply import Supply
from kplan.analysis.vectors import RowVectors
from kplan.plan.model import InventoryRow, Plan


def bits(values: Any) -> list[str]:
    """The exact doubles, -0.0 told from 0.0."""
    return [float(v).hex() for v in values]


def plan(turnover: float = 7.5) -> Plan:
    """Rows of every shape: open and closed bands, bands nobody of reaches the age, årsverk
    by age band, a row of nobody, rows of two snapshot years, a unit with its own age."""

    def inv(
        unit: str, competence: str | None, date: str, persons: int, fte: float, **x: Any
    ) -> dict:
        row = {"unit": unit, "date": date, "persons": persons, "fte": fte, **x}
        if competence:
            row["competence"] = competence
        return row

    return make_plan(
        plan={
            "title": "Testplan",
            "kommune": {"name": "Testvik", "number": "0301"},
            "scope": {"kind": "kommune"},
            "period": {"start": 2024, "end": 2040},
            "status": "utkast",
        },
        units=[
            {"id": "k", "name": "Kommunen", "level": "kommune"},
            {"id": "a", "name": "A", "level": "enhet", "parent": "k"},
            {"id": "b", "name": "B", "level": "enhet", "parent": "k"},
        ],
        analysis={
            "retirement_age": 67,
            "turnover_percent": turnover,
            "unit_retirement_age": {"b": 62},
        },
        inventory=[
            inv(
                "a",
                None,
                "2024-01-01",
                13,
                11.3,
                age_bands={"<30": 3, "30-39": 4, "50-59": 3, "60+": 3},
            ),
            inv("a", "spl", "2024-01-01", 7, 6.1, age_bands={"<30": 2, "40-49": 0, "55-66": 5}),
            inv(
                "b",
                "spl",
                "2025-06-01",
                9,
                7.7,
                age_bands={"45-54": 4, "60+": 5},
                fte_by_age={"45-54": 3.9, "60+": 2.3},
            ),
            inv("b", None, "2025-06-01", 0, 0.0),
            inv("b", "hjelp", "2024-01-01", 3, 0.3, age_bands={"<30": 3}),
            inv("k", "spl", "2024-03-01", 1, 0.7, age_bands={"70+": 1}),
        ],
    )


def old_vector(supply: Supply, row: InventoryRow) -> list[list[float]]:
    """The vector as `retired` and `project` define it, year by year."""
    age = supply.retirement_age(row.unit)
    return reference(row, age, supply._last_year, supply.settings.turnover_percent)


def reference(row: InventoryRow, age: int, last_year: int, turnover: float) -> list[list[float]]:
    """`retired` and `project`'s arithmetic for 0, 1, ... years on to `last_year`."""
    rate = 1.0 - turnover / 100.0
    out: list[list[float]] = [[], [], [], []]
    for k in range(max(0, last_year - row.date.year) + 1):
        gone = retired(row, k, age)
        stay = rate**k
        left = (
            (float(row.persons), row.fte)
            if k == 0
            else ((row.persons - gone.persons) * stay, (row.fte - gone.fte) * stay)
        )
        for column, value in zip(out, (gone.persons, gone.fte, *left), strict=True):
            column.append(value)
    return out


def test_every_rows_vector_is_retired_and_project_bit_for_bit() -> None:
    for turnover in (0.0, 7.5, 100.0):
        supply = Supply(plan(turnover))
        for row in supply.rows.values():
            made = supply._vector(row)
            assert [bits(c) for c in made] == [bits(c) for c in old_vector(supply, row)]


NAN, INF = float("nan"), float("inf")
# counts of every shape: bands that reach the age (one, two, three and more of them, first or
# not), bands of 0 and bands nobody of reaches it (left out), one-year ages; the hostile ones
# the model refuses (negative, -0.0, NaN, inf, beyond any headcount) are in bands that reach
# the age within each row's period: a band that does not is left out of the vector, where
# `retired` adds its count × 0.0 (NaN for NaN or inf; +0.0 or -0.0, no change, otherwise)
COUNTS: list[dict[str, Any]] = [
    {},
    {"<30": 3, "30-39": 4},
    {"<30": 3, "30-39": 4, "50-59": 3, "60+": 3},
    {"60+": 5},
    {"50-59": 0, "60+": 5, "<30": 2},
    {"60+": 0, "50-59": 4},
    {"55-59": 1, "60-64": 2, "65+": 3, "50-54": 4},
    {"63": 2, "66": 1, "64": 3, "40": 7},
    {"65+": -3, "50-59": 2},
    {"50-59": 2, "65+": -3},
    {"65+": -0.0, "60+": 2},
    {"70+": NAN, "60+": 2},
    {"65+": INF, "70+": INF},
    {"70+": 10**17 + 1, "55-66": 3},
    {"65+": 2.5, "50-59": 1e-300, "70+": 1e300},
    {"<30": -2, "30-39": 1e-300},
    {"60+": -3},
    {"60+": -3, "50-59": -2},
    {"60+": -3, "50-59": -2, "55-66": -1},
]
HEADS: list[float] = [0, 1, 9, 13, 10**17, 2.5, -0.0, 0.0, -4, NAN]
FTES: list[float] = [7.5, 0.0, -0.0, 1e-310, 3, NAN, INF, 11.25]


def test_vectors_of_rows_of_every_shape_and_hostile_figures_are_the_reference() -> None:
    """Rows share their band dicts, as the reader's rows do, over headcounts, årsverk, units of
    their own retirement age and snapshots from before the period to after its end: each
    vector is `retired` and `project`'s, to the last bit, whatever the rows before it were."""
    ages = {"a": 67, "b": 62, "c": 70}
    for turnover in (0.0, 7.5, 100.0):
        settings = plan(turnover).analysis
        vectors = RowVectors(settings, 2034, ages.__getitem__)
        rows = []
        for counts in COUNTS:
            by_age = {b: (n * 0.75 if isinstance(n, int) else n) for b, n in counts.items()}
            for persons in HEADS:
                for fte in FTES:
                    for unit, year in (("a", 2024), ("b", 2024), ("c", 2031), ("a", 2034)):
                        fields = {"unit": unit, "date": date(year, 3, 1), "persons": persons}
                        fields |= {"fte": fte, "age_bands": counts}
                        rows.append(InventoryRow.model_construct(**fields))
                    rows.append(InventoryRow.model_construct(**fields, fte_by_age=by_age))
                    later = {**fields, "date": date(2040, 1, 1)}  # after the period
                    rows.append(InventoryRow.model_construct(**later))
        for row in rows + rows[::-1]:  # again, now each from what the others left behind
            want = reference(row, ages[row.unit], 2034, turnover)
            made = vectors.vector(row)
            assert [bits(c) for c in made] == [bits(c) for c in want], row
            assert vectors.vector(row) is made


def test_rows_of_one_band_dict_share_the_persons_side_not_others() -> None:
    settings = plan().analysis
    vectors = RowVectors(settings, 2034, lambda unit: 67)
    counts = {"<30": 3, "60+": 5}
    make = InventoryRow.model_construct
    one = make(unit="a", date=date(2024, 1, 1), persons=8, fte=6.0, age_bands=counts)
    two = make(unit="b", date=date(2024, 1, 1), persons=8, fte=7.0, age_bands=counts)
    other = make(unit="a", date=date(2024, 1, 1), persons=8, fte=6.0, age_bands=dict(counts))
    v1, v2, v3 = vectors.vector(one), vectors.vector(two), vectors.vector(other)
    assert v1.left_persons is v2.left_persons and v1.left_fte is not v2.left_fte
    assert v3.left_persons is not v1.left_persons and bits(v3.left_persons) == bits(v1[2])


def test_running_sums_add_each_rows_year_in_tree_order() -> None:
    supply = Supply(plan())
    first, last = supply._years
    for (competence, role), placed in supply._rows.items():
        for year in (0, first - 2, first - 1, first, first + 5, last, last + 2):
            persons, fte = supply._running(competence, role, year)
            want_p, want_f = [0.0], [0.0]
            for r in placed.items:
                a = supply.project(r, year)
                want_p.append(want_p[-1] + a.persons)
                want_f.append(want_f[-1] + a.fte)
            assert (bits(persons), bits(fte)) == (bits(want_p), bits(want_f)), (competence, year)


def test_hand_figures_of_a_band_reaching_the_age_and_a_band_past_it() -> None:
    supply = Supply(plan(0.0))
    # at 67, «55-66» (12 ages, 5 persons) reaches it 1/12 a year from 2025: 5/12 a year; «70+»
    # is past it at once (all gone the first year); «<30» never within the period
    spl = supply.rows[("a", "spl", None)]
    assert supply._vector(spl).gone_persons[1] == 5 * (1 / 12)  # 0.41666…
    assert supply._vector(spl).gone_persons[3] == 5 * (3 / 12)  # 1.25
    old = supply.rows[("k", "spl", None)]
    assert list(supply._vector(old).left_persons[:3]) == [1.0, 0.0, 0.0]
    young = supply.rows[("b", "hjelp", None)]
    assert set(supply._vector(young).gone_persons) == {0.0}


def test_has_rows_is_whether_rows_used_finds_any() -> None:
    supply = Supply(plan())
    keys = [*supply._rows, ("lege", None), ("spl", "spl")]
    for unit in ("k", "a", "b", "nowhere"):
        for competence, role in keys:
            want = bool(supply.rows_used(unit, competence, role))
            assert supply.has_rows(unit, competence, role) is want, (unit, competence, role)
    assert supply.has_rows("k", "hjelp", None) and not supply.has_rows("a", "hjelp", None)


def test_left_persons_and_retiring_fte_are_project_and_retiring_year_by_year() -> None:
    supply = Supply(plan())
    years = range(2020, 2046)  # before the snapshots, the period, and past its end
    for row in supply.rows.values():
        want = [supply.project(row, y).persons for y in years]
        assert bits(supply.left_persons(row, years)) == bits(want)
        want = [supply.retiring(row, y).fte for y in years]
        assert bits(supply.retiring_fte(row, years)) == bits(want)


def test_every_flow_year_has_each_field_a_flow_year_has() -> None:
    """The flow makes its years from tuples (`_flow_year`): one of the wrong length would pass
    unnoticed there, and print a field in another's place."""
    from kplan.analysis.staffing import staffing_balance
    from kplan.analysis.staffing_flow import FlowYear

    report = staffing_balance(
        make_plan(
            units=[{"id": "k", "name": "Kommunen", "level": "kommune"}],
            inventory=[{"unit": "k", "date": "2025-01-01", "persons": 4, "fte": 3.5}],
            staffing=[{"id": "alle", "unit": "k"}],
        )
    )
    years = [y for line in report.lines for y in line.years]
    assert years and all(len(y) == len(FlowYear._fields) for y in years)
    assert all(isinstance(y, FlowYear) and y.actions == () for y in years)
    # no driver: the need stays at the snapshot's 3.5 årsverk each year, nothing planned
    assert [(y.demand, y.planned) for y in years] == [(3.5, 0.0)] * len(years)
