"""`kplan gap --explain`: the requirement behind a figure and its projection step by step, so a
reader can redo the arithmetic; the figures below are worked out by hand."""

from __future__ import annotations

import json
from typing import Any

import pytest
from helpers import make_plan

from kplan.analysis.gap import analyse
from kplan.analysis.projection import Explanation, explanation
from kplan.analysis.supply import Amount
from kplan.present.explain import explain_json, explain_text
from kplan.present.formats import Lang, Style

SNAP = "2025-01-01"


def plan(**extra: Any) -> Any:
    sections: dict[str, Any] = dict(
        analysis={"retirement_age": 65, "turnover_percent": 10},
        competences=[{"id": "sykepleier", "name": "Sykepleier", "kind": "profesjon"}],
        inventory=[
            {
                "unit": "enheten",
                "competence": "sykepleier",
                "date": SNAP,
                "persons": 10,
                "fte": 8.0,
                "age_bands": {"<50": 6, "60-64": 2, "65+": 2},
                "fte_by_age": {"<50": 5.0, "60-64": 1.6, "65+": 1.4},
                "illustrative": True,
            }
        ],
        requirements=[
            {
                "id": "spl",
                "kind": "count",
                "title": "Minst åtte sykepleiere",
                "units": ["enheten"],
                "source": {
                    "kind": "lov",
                    "title": "Helse- og omsorgstjenesteloven",
                    "reference": "§ 3-2",
                },
                "competences": ["sykepleier"],
                "minimum": 8,
                "basis": "personer",
            }
        ],
        actions=[
            {
                "id": "tiltak-1",
                "title": "Rekruttering",
                "strategy": "rekruttere",
                "unit": "enheten",
                "effects": [{"competence": "sykepleier", "count": 2, "year": 2026}],
            }
        ],
    )
    sections.update(extra)
    return make_plan(**sections)


def explained(p: Any, figure: str) -> Explanation:
    row = next(r for r in analyse(p).rows if r.id == figure)
    return explanation(p, row)


def close(a: Amount, persons: float, fte: float) -> None:
    assert a.persons == pytest.approx(persons, abs=1e-9)
    assert a.fte == pytest.approx(fte, abs=1e-9)


def test_the_projection_step_by_step_adds_up_to_the_figure() -> None:
    x = explained(plan(), "spl/enheten/2027")
    (row,) = x.projections
    assert (row.retirement_age, row.turnover_percent) == (65, 10)
    first, second = row.steps
    # 2026, one year on: the 65+ band (2) and one year of five of 60-64 (2 × 1/5 = 0,4) reach
    # 65: 2,4 persons; årsverk 1,4 + 1,6/5 = 1,72 (their own, fte_by_age).
    # The rest leave at 10 %: (10 − 2,4) × 0,1 = 0,76 persons, (8 − 1,72) × 0,1 = 0,628 årsverk.
    assert first.year == 2026
    close(first.start, 10, 8)
    close(first.retiring, 2.4, 1.72)
    assert [w.band for w in first.who] == ["60-64", "65+"]
    close(first.who[0].amount, 0.4, 0.32)
    close(first.who[1].amount, 2, 1.4)
    close(first.turnover, 0.76, 0.628)
    close(first.end, 6.84, 5.652)
    # 2027: another fifth of 60-64 (0,4 persons, 0,32 årsverk) reach 65, of whom 90 % are
    # still there after 2026's turnover: 0,36 and 0,288; turnover (6,84 − 0,36) × 0,1 = 0,648
    # and (5,652 − 0,288) × 0,1 = 0,5364; end 5,832 persons, 4,8276 årsverk
    close(second.start, 6.84, 5.652)
    close(second.retiring, 0.36, 0.288)
    assert [w.band for w in second.who] == ["60-64"]
    close(second.turnover, 0.648, 0.5364)
    close(second.end, 5.832, 4.8276)
    assert x.row.available == pytest.approx(5.832, abs=1e-9)
    # the two hired in 2026 (8/10 årsverk each) leave at 10 % too: 1,8 persons, 1,44 årsverk
    (effect,) = x.effects
    assert (effect.effect.action, effect.title, effect.effect.year, effect.to) == (
        "tiltak-1",
        "Rekruttering",
        2026,
        2027,
    )
    close(effect.kept, 1.8, 1.44)
    assert x.row.planned == pytest.approx(1.8, abs=1e-9)


def test_a_figure_in_the_snapshot_year_has_no_steps() -> None:
    x = explained(plan(), "spl/enheten/2025")
    assert x.projections[0].steps == ()
    close(x.projections[0].end, 10, 8)
    assert x.effects == ()


NB = """\
spl/enheten/2027: Minst åtte sykepleiere
  krav        Minst åtte sykepleiere (spl): minimum, talt i personer
  enhet       Enheten (enheten), 2027
  kilde       lov: Helse- og omsorgstjenesteloven, § 3-2
  avrunding   rundes opp (standard for personer)
  påkrevd     8   (minst 8)
  tilgjengelig 5,83   (beholdning framskrevet til 2027)
  planlagt    1,8   (fra tiltak)
  gap         2,17
  rest        0,37
  behovstype  anskaffelse
Beholdning framskrevet år for år, i personer (10 % slutter hvert år av dem som er igjen):
  - Enheten/Sykepleier per 2025-01-01: 10 personer, 8 årsverk (illustrativt); pensjonsalder 65
      2026: 10 − 2,4 går av med pensjon (60-64: 0,4; 65+: 2) − 0,76 slutter = 6,84
      2027: 6,84 − 0,36 går av med pensjon (60-64: 0,36) − 0,65 slutter = 5,83
Tiltak:
  - Rekruttering (tiltak-1): Sykepleier +2 personer i 2026; 1,8 igjen i 2027
"""

EN = """\
spl/enheten/2027: Minst åtte sykepleiere
  requirement Minst åtte sykepleiere (spl): minimum count, counted in persons
  unit        Enheten (enheten), 2027
  source      act: Helse- og omsorgstjenesteloven, § 3-2
  rounding    rounded up (the default for persons)
  required    8   (at least 8)
  available   5,83   (inventory projected to 2027)
  planned     1,8   (from actions)
  gap         2,17
  residual    0,37
  type of need acquisition
Inventory projected year by year, in persons (10 % of those left leave each year):
  - Enheten/Sykepleier as of 2025-01-01: 10 persons, 8 FTE (illustrative); retirement age 65
      2026: 10 − 2,4 retire (60-64: 0,4; 65+: 2) − 0,76 leave = 6,84
      2027: 6,84 − 0,36 retire (60-64: 0,36) − 0,65 leave = 5,83
Actions:
  - Rekruttering (tiltak-1): Sykepleier +2 persons in 2026; 1,8 left in 2027
"""


def test_explain_words_the_requirement_and_each_step() -> None:
    x = explained(plan(), "spl/enheten/2027")
    assert explain_text(x, Style(Lang.nb)) == NB
    assert explain_text(x, Style(Lang.en)) == EN
    nn = explain_text(x, Style(Lang.nn))
    assert "  kjelde      lov: Helse- og omsorgstjenesteloven, § 3-2\n" in nn
    assert "Behaldning framskriven år for år, i personar (10 % sluttar kvart år" in nn
    assert (
        "      2026: 10 − 2,4 går av med pensjon (60-64: 0,4; 65+: 2) − 0,76 sluttar = 6,84\n" in nn
    )
    assert "  - Rekruttering (tiltak-1): Sykepleier +2 personar i 2026; 1,8 att i 2027\n" in nn


def test_explain_shows_the_exemption_and_marks_illustrative_drivers() -> None:
    p = plan(
        inventory=[
            {"unit": "enheten", "competence": "laerer", "date": SNAP, "persons": 10, "fte": 9.0},
            {
                "unit": "enheten",
                "competence": "engelsk-30sp",
                "role": "laerer",
                "date": SNAP,
                "persons": 4,
                "fte": 4.0,
            },
        ],
        competences=[
            {"id": "laerer", "name": "Lærer", "kind": "profesjon"},
            {"id": "engelsk-30sp", "name": "Engelsk 30 sp", "kind": "studiepoeng"},
        ],
        requirements=[
            {
                "id": "engelsk",
                "kind": "qualification",
                "title": "Engelsk for lærere",
                "units": ["enheten"],
                "source": {
                    "kind": "forskrift",
                    "title": "Opplæringsforskriften",
                    "reference": "§ 14-2",
                },
                "role": "laerer",
                "paths": [["engelsk-30sp"]],
                "deadline": "2025-08-01",
                "exemptions": "utdannet før 2014",
                "exempt": 2,
                "exempt_until": "2026-07-31",
            }
        ],
        actions=[],
    )
    nb = explain_text(explained(p, "engelsk/enheten/2025"), Style(Lang.nb))
    assert "  fritak      utdannet før 2014: 2 personer fritatt, til og med 31. juli 2026\n" in nb
    assert "  kilde       forskrift: Opplæringsforskriften, § 14-2\n" in nb
    assert "  - Enheten/Engelsk 30 sp i rollen Lærer per 2025-01-01: 4 personer, 4 årsverk" in nb
    en = explain_text(explained(p, "engelsk/enheten/2025"), Style(Lang.en))
    assert (
        "  exemption   utdannet før 2014: 2 persons exempt, up to and including 31 July 2026\n"
        in en
    )

    ratio = plan(
        drivers=[
            {
                "id": "barn",
                "name": "Barn under 3 år",
                "segment": "barn-under-3",
                "unit": "enheten",
                "values": {2025: 14, 2026: 13, 2027: 16},
                "source": {"publisher": "SSB", "table": "13600", "alternative": "MMMM"},
                "illustrative": True,
            }
        ],
        requirements=[
            {
                "id": "norm",
                "kind": "ratio",
                "title": "Bemanningsnorm",
                "units": ["enheten"],
                "source": {"kind": "forskrift"},
                "competences": ["sykepleier"],
                "terms": [{"driver": "barn-under-3", "per": 3}],
            }
        ],
    )
    text = explain_text(explained(ratio, "norm/enheten/2026"), Style(Lang.nb))
    # 13 / 3 = 4,33, rounded up: 5
    assert "  avrunding   rundes opp\n" in text
    assert "  kilde       forskrift\n" in text
    assert (
        "Drivere:\n  - Barn under 3 år (barn) 2026: 13 (SSB tabell 13600, MMMM) (illustrativt)\n"
        in text
    )


def test_explain_json_has_the_steps_in_full_precision() -> None:
    x = explained(plan(), "spl/enheten/2027")
    doc = json.loads(explain_json(x, Style(Lang.en)))
    assert (doc["id"], doc["required"], doc["title"]) == (
        "spl/enheten/2027",
        8,
        "Minst åtte sykepleiere",
    )
    assert doc["available"] == pytest.approx(5.832, abs=1e-12) and doc["available"] != 5.83
    assert doc["source"] == {
        "kind": "lov",
        "title": "Helse- og omsorgstjenesteloven",
        "reference": "§ 3-2",
        "url": None,
    }
    assert doc["rounding"] is None and doc["exemption"] is None
    (row,) = doc["projection"]
    assert row["inventory"]["competence"] == "sykepleier" and row["retirement_age"] == 65
    step = row["steps"][1]
    assert step["year"] == 2027
    assert step["retiring"]["persons"] == pytest.approx(0.36, abs=1e-12)
    assert step["retiring"]["by_band"] == [
        {"band": "60-64", "persons": pytest.approx(0.36), "fte": pytest.approx(0.288)}
    ]
    assert step["turnover"]["fte"] == pytest.approx(0.5364, abs=1e-12)
    assert step["end"]["persons"] == pytest.approx(5.832, abs=1e-12)
    (effect,) = doc["effects"]
    assert effect["action"] == "tiltak-1" and effect["kept"]["persons"] == pytest.approx(1.8)


def test_explain_says_why_a_figure_is_unknown_and_what_is_measured() -> None:
    p = plan(
        inventory=[
            {
                "unit": "kommunen",
                "competence": "sykepleier",
                "date": SNAP,
                "persons": 3,
                "fte": 3.0,
            },
            {"unit": "kommunen", "date": SNAP, "persons": 10, "fte": 9.0},
        ],
        requirements=[
            {
                "id": "spl",
                "kind": "count",
                "title": "Minst åtte sykepleiere",
                "units": ["enheten"],
                "source": {"kind": "lov"},
                "competences": ["sykepleier"],
                "minimum": 8,
                "basis": "personer",
            },
            {
                "id": "andel",
                "kind": "share",
                "title": "Halvparten sykepleiere",
                "units": ["kommunen"],
                "source": {"kind": "lokalt mål", "title": "Arbeidsgiverstrategien"},
                "competences": ["sykepleier"],
                "min_percent": 50,
                "basis": "personer",
                "rounding": "nærmeste",
            },
        ],
        actions=[],
    )
    unknown = explain_text(explained(p, "spl/enheten/2026"), Style(Lang.nb))
    assert "  tilgjengelig ukjent   (ukjent: enheten har ingen beholdning)\n" in unknown
    assert "  gap         ukjent\n  rest        ukjent\n" in unknown
    assert "Beholdning framskrevet" not in unknown
    doc = json.loads(explain_json(explained(p, "spl/enheten/2026")))
    assert (doc["available"], doc["gap"], doc["projection"]) == (None, None, [])
    # 3 sykepleiere less 10 % turnover: 2,7 in 2026, of the 10 staff the unit has (the total
    # is held at the snapshot); 50 % of 10 = 5, nothing to round to the nearest
    share = explain_text(explained(p, "andel/kommunen/2026"), Style(Lang.nb))
    assert "  måling      andel 2,7 av 10 (27 %), mål minst 50 %\n" in share
    assert "  avrunding   rundes til nærmeste hele tall\n" in share
    assert "  kilde       lokalt mål: Arbeidsgiverstrategien\n" in share
    en = explain_text(explained(p, "andel/kommunen/2026"), Style(Lang.en))
    assert "  measure     share 2,7 of 10 (27 %), target at least 50 %\n" in en
    assert (
        "  - Testvik kommune/Sykepleier as of 2025-01-01: 3 persons, 3 FTE; retirement age 65\n"
        in en
    )
    assert "      2026: 3 − 0 retire − 0,3 leave = 2,7\n" in en


def test_no_turnover_is_0_not_minus_0() -> None:
    # 2026: 2 of 65+ and 1/5 of the 2 aged 60-64 retire: 10 − 2,4 = 7,6; 2027: another 0,4
    x = explained(plan(analysis={"retirement_age": 65}), "spl/enheten/2027")
    text = explain_text(x, Style(Lang.nb))
    assert (
        "      2026: 10 − 2,4 går av med pensjon (60-64: 0,4; 65+: 2) − 0 slutter = 7,6\n" in text
    )
    assert "      2027: 7,6 − 0,4 går av med pensjon (60-64: 0,4) − 0 slutter = 7,2\n" in text
    assert " -0 " not in text
