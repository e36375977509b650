"""The shortcuts that keep `kplan render` linear and quick on large plans print what the long
way printed: a printable text needs no control picture, a table row is as wide as its header,
the action filter's tokens are counted once per row, and every plan-wide name map is made once.
"""

from __future__ import annotations

import sys

import pytest
from helpers import make_plan

from kplan.document.render import _finalize, render
from kplan.document.results import collect
from kplan.document.stamp import Stamp
from kplan.document.view import build
from kplan.document.view.action_filter import FilteredTable
from kplan.document.view.model import Block, Context, Section
from kplan.present.labels import Labels
from kplan.present.markdown import visible


def test_a_printable_text_is_printed_as_visible_would_print_it() -> None:
    # _finalize skips visible() for a text str.isprintable() accepts: that holds only if no
    # printable code point is one visible() pictures (all of them are Cc, Cf, Cs or Cn)
    shown = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isprintable()]
    assert all(visible(ch) == ch for ch in shown)
    # and what is not printable still goes through visible: ESC becomes ␛, a bidi override �
    assert _finalize("a\x1bb") == "a\u241bb"
    assert _finalize("1\u202e000") == "1\ufffd000"
    assert _finalize("Lønn\u00a0kr") == "Lønn\u00a0kr"  # no-break space: kept


def test_a_table_row_of_another_width_than_its_header_is_refused() -> None:
    # the template prints a row by the header's columns: 3 cells under 2 headings would lose one
    with pytest.raises(ValueError, match="2 cells"):
        Block("table", header=("a", "b"), rows=(("1", "2"), ("1", "2", "3")))
    with pytest.raises(ValueError, match="2 cells"):
        Block("table", header=("a", "b"), rows=(("1",),))
    assert Block("table", header=("a", "b"), rows=(("1", "2"),)).rows == (("1", "2"),)


def _filtered(plan_actions: list[dict[str, object]]) -> list[FilteredTable]:
    plan = make_plan(actions=plan_actions)
    doc = build(plan, collect(plan), Labels("nb"), "", None)

    def walk(sections: tuple[Section, ...]) -> list[FilteredTable]:
        found: list[FilteredTable] = []
        for s in sections:
            found += [b for b in s.blocks if isinstance(b, FilteredTable)]
            found += walk(s.sections)
        return found

    return walk(doc.sections)


def test_a_filter_choice_every_row_carries_is_not_offered_as_a_facet() -> None:
    # three actions in one unit: «unit» would hide none, so no unit facet; the years differ
    # (2025, 2025–2026, 2027 in the plan period 2025–2027), so «year» is a facet: 2025 is
    # carried by 2 of 3 rows, 2026 by 1, 2027 by 1
    found = _filtered(
        [
            {"id": "a", "title": "A", "unit": "kommunen", "period": {"start": 2025, "end": 2025}},
            {"id": "b", "title": "B", "unit": "kommunen", "period": {"start": 2025, "end": 2026}},
            {"id": "c", "title": "C", "unit": "kommunen", "period": {"start": 2027, "end": 2027}},
        ]
    )
    f = found[0].filter
    assert f is not None
    assert [x.key for x in f.facets] == ["year"]
    assert [dict(r)["year"] for t in found for r in t.row_data] == ["2025", "2025 2026", "2027"]
    # one action in every year of the period and one in none: «year» still a facet
    found = _filtered(
        [
            {"id": "a", "title": "A", "unit": "kommunen", "period": "kontinuerlig"},
            {"id": "b", "title": "B", "unit": "kommunen"},
        ]
    )
    f = found[0].filter
    assert f is not None and [x.key for x in f.facets] == ["year"]


def test_the_plan_wide_names_are_made_once_and_are_the_plans() -> None:
    plan = make_plan(actions=[{"id": "a", "title": "A"}])
    c = Context.of(plan, collect(plan), Labels("nb"))
    assert c.drivers is c.drivers and c.requirements is c.requirements
    assert c.strategies == {s.id: s.text for s in plan.strategies}
    assert c.requirements == {r.id: r.title for r in plan.requirements}
    assert c.drivers == {d.id: d.name for d in plan.drivers}


def test_a_link_in_a_table_cell_is_printed_as_a_link_escaped() -> None:
    # the cell is printed in the table macro itself now (not by `inline`): a source with a safe
    # URL is a link, its text and address escaped; an unsafe one stays text
    plan = make_plan(
        requirements=[
            {
                "id": "r1",
                "title": "Krav <1>",
                "kind": "count",
                "minimum": 1,
                "competences": ["sykepleier"],
                "units": ["kommunen"],
                "source": {
                    "kind": "lov",
                    "title": "Lov & forskrift",
                    "url": "https://lovdata.no/a?b=1&c=2",
                },
            }
        ]
    )
    html = render(plan, "html", "nb", stamp=Stamp())
    assert '<a href="https://lovdata.no/a?b=1&amp;c=2">Lov &amp; forskrift</a>' in html
    assert "Krav &lt;1&gt;" in html


def test_a_figure_reads_the_same_however_often_and_in_whatever_order_it_is_formatted() -> None:
    from kplan.present.fmt import number, plain

    # -0.0 == 0.0 == 0, yet Python formats -0.0 as «-0»: a remembered «0» must not stand for it
    assert [number(0.0), number(-0.0), number(0), number(-0.0), number(0.0)] == [
        "0",
        "-0",
        "0",
        "-0",
        "0",
    ]
    # 1234.5 with a no-break space between thousands, twice; then with a plain space
    assert number(1234.5) == number(1234.5) == "1\u00a0234,5"
    assert plain(1234.5) == "1 234,5"
    assert number(1234.5, 0) == "1\u00a0234"  # 1234.5 rounds half to even: 1234
    assert number(3) == number(3.0) == "3"
    assert number(True) == "1"  # float(True) is 1.0
    assert number(float("nan")) == number(float("nan")) == "–"
    assert number(float("inf")) == "∞" and number(-float("inf")) == "-∞"
    assert number(10**400) == "∞"  # too large for a float
