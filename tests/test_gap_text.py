"""A competence row of the gap's json written straight as text is byte for byte the row's dict
through the encoder and `json_inert`: every row of real plans, hostile text, odd figures, and
rows sharing (or not) their inventory rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import gap_row, make_plan

from kplan.analysis.formulas import (
    CountFormula,
    DriverUse,
    Formula,
    Measure,
    ShareFormula,
    Sources,
)
from kplan.analysis.gap import GapRow
from kplan.analysis.step5 import step5
from kplan.analysis.supply import EffectUse
from kplan.check.validate import check
from kplan.plan.needs import DriverSource, InventoryRow
from kplan.present.fmt import dumps, number, plain
from kplan.present.formulas import Words
from kplan.present.gap_rows import row_dict
from kplan.present.gap_text import RowText, _figure
from kplan.present.terminal import json_inert

SSB = {"publisher": "SSB", "table": "13600", "alternative": "MMMM", "vintage": 2024}

ROOT = Path(__file__).resolve().parent.parent
PLANS = [
    ROOT / "examples" / "oyer",
    ROOT / "examples" / "stange",
    *(
        ROOT / "tests" / "cases" / name
        for name in ("red-thread", "staffing-fte-by-age", "suppress-item", "suppressed-warning")
    ),
]
"""The example plans and the test cases that load (the others are there to fail)."""

HOSTILE = 'a\u2028b\x7fc\x85d\u202ee\u2066f\u061cg"h\\i\nj\u00e5\u00a0k\ud800'
"""Every kind of character json leaves raw and `json_inert` escapes (line separator, DEL, C1,
bidi controls, a lone surrogate), with a quote, a backslash, a newline, å and a no-break space."""


def _expected(row: GapRow, lang: str = "nb") -> str:
    """What the printer wrote before: the row's dict through the encoder, made inert."""
    return json_inert(dumps({"part": "kompetanse", **row_dict(row, Words(lang))}))


def _inventory(unit: str, source: str | None = None, persons: int = 3) -> InventoryRow:
    # built without validation: the writer must take any text a row can hold
    return InventoryRow.model_construct(
        unit=unit,
        competence="sykepleier",
        role=None,
        date=dt.date(2025, 1, 1),
        persons=persons,
        fte=2.5,
        age_bands={},
        fte_by_age={},
        position_sizes={},
        unused=False,
        source=source,
        illustrative=False,
    )


def _row(
    sources: Callable[[], Sources] | None = None,
    *,
    year: Any = 2026,
    formula: Formula | None = None,
    **figures: Any,
) -> GapRow:
    row: GapRow = gap_row(
        year=year,
        formula=formula or CountFormula(8.0, 0.0, "ingen", 8.0),
        explain=sources,
        **figures,
    )
    return row


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_every_row_of_a_real_plan_is_its_dict_encoded(path: Path) -> None:
    plan = check(path).plan
    assert plan is not None
    for lang in ("nb", "en"):
        text = RowText(Words(lang))
        for row in step5(plan).competence.rows:
            assert text(row) == _expected(row, lang)


def test_a_real_plan_has_rows_with_sources() -> None:
    # the test above means something only if its rows list inventory and actions
    rows = step5(check(ROOT / "examples" / "oyer").plan).competence.rows
    assert any(r.sources.inventory for r in rows)
    assert any(r.sources.actions for r in rows)


def test_every_row_of_a_ratio_with_drivers_is_its_dict_encoded() -> None:
    def driver(id_: str, segment: str, values: dict[int, float]) -> dict[str, Any]:
        return {"id": id_, "name": id_, "segment": segment, "unit": "enheten", "values": values}

    plan = make_plan(
        drivers=[
            {**driver("u3", "barn-under-3", {2025: 14, 2026: 13, 2027: 16}), "source": SSB},
            driver("o3", "barn-over-3", {2025: 40, 2026: 43.5, 2027: 41}),
        ],
        inventory=[
            {
                "unit": "enheten",
                "date": "2025-01-01",
                "persons": 5,
                "fte": 4.6,
                "competence": "bhg-laerer",
                "source": "HR",
            },
            {"unit": "enheten", "date": "2025-01-01", "persons": 14, "fte": 12.1},
        ],
        requirements=[
            {
                "id": "ped",
                "kind": "ratio",
                "title": "Pedagognorm",
                "units": ["enheten"],
                "source": {"kind": "forskrift", "reference": "§ 1"},
                "competences": ["bhg-laerer"],
                "terms": [
                    {"driver": "barn-under-3", "per": 7},
                    {"driver": "barn-over-3", "per": 14},
                ],
            }
        ],
        actions=[
            {
                "id": "rekruttere",
                "title": "Rekruttering",
                "strategy": "rekruttere",
                "unit": "enheten",
                "effects": [{"competence": "bhg-laerer", "count": 2, "year": 2026}],
            }
        ],
    )
    rows = step5(plan).competence.rows
    assert len(rows) == 3  # 2025, 2026, 2027
    assert all(r.sources.drivers for r in rows)
    assert any(r.sources.actions for r in rows)
    text = RowText(Words())
    for row in rows:
        assert text(row) == _expected(row)
    assert "(SSB tabell 13600, MMMM, 2024)" in text(rows[0])


def test_hostile_text_is_escaped_as_json_inert_escapes_it() -> None:
    driver = DriverUse(HOSTILE, 2026, 12.5, DriverSource.model_construct(publisher=HOSTILE))
    effect = EffectUse(HOSTILE, 2026, HOSTILE, HOSTILE, 2.0, 2.0, True)
    inventory = (_inventory(HOSTILE, source=HOSTILE),)
    row = _row(
        lambda: Sources(inventory, (driver,), (effect,)),
        formula=ShareFormula(70.0, False, 8.0, "personer", 5.6, of=(HOSTILE,)),
        unit=HOSTILE,
        requirement=HOSTILE,
        kind=HOSTILE,
        basis=HOSTILE,
        need_type=HOSTILE,
        measure=Measure(HOSTILE, 50.0, HOSTILE, 70.0, 4.0, 8.0),
    )
    text = RowText(Words())(row)
    assert text == _expected(row)
    for raw in "\u2028\x7f\x85\u202e\u2066\u061c\ud800":
        assert raw not in text
    for escaped in ("\\u2028", "\\u007f", "\\u0085", "\\u202e", "\\u2066", "\\u061c", "\\ud800"):
        assert escaped in text
    # 7 strings hold HOSTILE as a whole (unit, requirement, kind, basis, need_type, the two of
    # the measure), the id twice, the formula once, and the inventory, driver and effect texts
    # at least once each
    assert text.count("\\u2028") >= 7 + 2 + 1 + 3
    assert "\u00e5\u00a0" in text  # å and the no-break space stay as they are
    parsed = json.loads(text)
    assert parsed["unit"] == HOSTILE
    assert parsed["sources"]["inventory"][0].startswith(HOSTILE + "/")


def test_a_row_of_text_with_nothing_to_escape_is_not_escaped() -> None:
    row = _row(lambda: Sources((_inventory("sol", source="Lønns- og personalsystemet"),)))
    text = RowText(Words())(row)
    assert text == _expected(row)
    assert "\\u" not in text
    assert "Lønns- og personalsystemet" in text


def test_rows_sharing_their_inventory_rows_word_them_once() -> None:
    shared = (_inventory("sol", "A"), _inventory("sol", "B"))
    other = (_inventory("sol", "C"),)
    first = _row(lambda: Sources(shared), year=2026)
    second = _row(lambda: Sources(shared), year=2027)
    third = _row(lambda: Sources(other), year=2028)
    # the same rows in a tuple of their own: the same words, worded for that tuple
    same = _row(lambda: Sources(tuple(shared)[::-1][::-1]), year=2029)
    text = RowText(Words())
    written = [text(r) for r in (first, second, third, same)]
    assert written == [_expected(r) for r in (first, second, third, same)]
    assert text.inventory(shared) is text.inventory(shared)
    assert json.loads(text.inventory(shared)) == [
        "sol/sykepleier per 2025-01-01: 3 personer, 2,5 årsverk, kilde: A",
        "sol/sykepleier per 2025-01-01: 3 personer, 2,5 årsverk, kilde: B",
    ]
    assert json.loads(text.inventory(other)) == [
        "sol/sykepleier per 2025-01-01: 3 personer, 2,5 årsverk, kilde: C"
    ]
    assert json.loads(written[2])["sources"]["inventory"] == json.loads(text.inventory(other))


def test_rows_with_different_sources_each_list_their_own() -> None:
    text = RowText(Words())
    for i in range(3):
        inventory = tuple(_inventory("sol", f"S{j}", persons=j + 1) for j in range(i + 1))
        row = _row(lambda inventory=inventory: Sources(inventory), year=2026 + i)  # type: ignore[misc]
        assert text(row) == _expected(row)
        assert len(json.loads(text(row))["sources"]["inventory"]) == i + 1


@pytest.mark.parametrize(
    "value",
    [0.0, -0.0, 1.5, -1.5, 1e308, 1e-320, 164.94267912772585, float("inf"), float("-inf")],
)
def test_a_figure_is_written_as_the_encoder_writes_it(value: float) -> None:
    row = _row(
        lambda: Sources(),
        required=value,
        available=-value,
        gap=value,
        measure=Measure("share", value, "percent", -value, value, None),
    )
    assert RowText(Words())(row) == _expected(row)
    assert RowText(Words())(row) == _expected(row)  # once more, from the figures' memo


def test_zero_and_minus_zero_keep_their_own_text_after_either_is_written() -> None:
    # one key in a dict (0.0 == -0.0), two texts
    assert [_figure(0.0), _figure(-0.0), _figure(0.0)] == ["0.0", "-0.0", "0.0"]
    assert [_figure(2.0), _figure(-2.0), _figure(2)] == ["2.0", "-2.0", "2"]


def test_a_nan_figure_and_an_unknown_one_are_null() -> None:
    row = _row(lambda: Sources(), required=float("nan"), available=None, gap=None)
    text = RowText(Words())(row)
    assert text == _expected(row)
    parsed = json.loads(text)
    assert parsed["required"] is None and parsed["available"] is None


class _Float(float):
    def __repr__(self) -> str:
        return "not a figure"


@pytest.mark.parametrize(
    "odd",
    [
        {"required": 8},  # an int figure: its repr
        {"required": True},  # a truth: true, as the encoder writes it
        {"required": _Float(2.5)},  # the encoder writes a float's own repr, never a subclass's
        {"required": "a\u2028b\x7f"},  # a text where a figure belongs: inert, as ever
        {"measure": Measure("share", "a\u202eb", "percent", 70.0)},
        {"due": "x\u2066"},
        {"year": "2026\u2029"},
        {"year": True},
        {"need_type": None},
        {"need_type": ("a", 1.5)},  # not text: the row is written from its dict
        {"unit": 7},
        {"due": 1},  # a 1 is no true
        {"measure": Measure(None, None, None, None)},
    ],
    ids=str,
)
def test_a_value_of_an_odd_type_is_written_as_the_encoder_writes_it(odd: dict[str, Any]) -> None:
    row = _row(lambda: Sources((_inventory("sol"),)), **odd)
    assert RowText(Words())(row) == _expected(row)


def test_a_row_without_sources_lists_none() -> None:
    row = _row(None)
    text = RowText(Words())(row)
    assert text == _expected(row)
    assert text.endswith('"sources": {"inventory": [], "drivers": [], "actions": []}}')


@pytest.mark.parametrize(
    "value", [0, 0.0, -0.0, 1, 1.0, 1234.5, -1234.567, 0.004, 1e21, float("nan"), float("inf")]
)
def test_plain_is_number_with_plain_spaces(value: float) -> None:
    expected = number(value, 2, space=" ", symbols=False)
    assert plain(value) == expected
    assert plain(value) == expected  # once more, from its memo
    assert plain(-0.0) == "-0" and plain(0.0) == "0" and plain(0) == "0"
    assert plain(1234.5) == "1 234,5"


def test_rows_of_units_and_requirements_in_any_order_keep_their_own_ids() -> None:
    # the text up to the year is kept per (requirement, unit), the last one at hand: rows that
    # come back to one, or share one string but not the other, must still be their own
    text = RowText(Words())
    order = [
        ("a", "r1", 2026),
        ("a", "r1", 2027),
        ("b", "r1", 2026),
        ("a", "r2", 2026),
        ("a", "r1", 2028),
        (HOSTILE, "r1", 2026),
        (HOSTILE, HOSTILE, 2027),
        ("a" + "/r1", "x", 2026),  # ids that read alike once joined by "/"
        ("a", "r1/x", 2026),
        ("a", "r1", 10**20),  # a year no calendar has, written as its digits
    ]
    for unit, requirement, year in order:
        row = _row(None, unit=unit, requirement=requirement, year=year)
        written = text(row)
        assert written == _expected(row)
        assert json.loads(written)["id"] == f"{requirement}/{unit}/{year}"
