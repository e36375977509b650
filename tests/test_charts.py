"""The document's charts: persons and årsverk never add up, a surplus is not a shortfall, an
unknown is no bar and no 0, and every chart names its unit and carries its figures as text."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from helpers import MINIMAL, kplan, write_plan

SVG = "{http://www.w3.org/2000/svg}"

# One unit, one competence, two requirements: at least 10 persons and at least 9 årsverk.
# The inventory (1 January 2025) holds 6 persons in 4.5 årsverk; no age bands and no turnover,
# so supply stays as counted. By hand, each year 2025-2028:
#   persons: 10 - 6 = 4 (personer);   årsverk: 9 - 4.5 = 4.5 (årsverk)
# A chart that added them up would show 4 + 4.5 = 8.5 somewhere: it must not.
# A third requirement (below) allows at most 20 % of the 6 staff to be sykepleiere: 1.2, rounded
# down to 1 for a maximum in persons; 6 - 1 = 5 over target, a surplus, never a bar.
TWO_KINDS = MINIMAL.replace(
    "units:\n  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
    """units:
  - {id: kommunen, name: Testvik kommune, level: kommune}
competences:
  - {id: sykepleier, name: Sykepleier, kind: profesjon}
inventory:
  - {unit: kommunen, competence: sykepleier, date: 2025-01-01, persons: 6, fte: 4.5}
  - {unit: kommunen, date: 2025-01-01, persons: 6, fte: 4.5}
requirements:
  - id: krav-personer
    kind: count
    title: Minst 10 sykepleiere
    units: [kommunen]
    source: {kind: lov, title: Loven}
    basis: personer
    competences: [sykepleier]
    minimum: 10
  - id: krav-arsverk
    kind: count
    title: Minst 9 årsverk sykepleiere
    units: [kommunen]
    source: {kind: lov, title: Loven}
    basis: årsverk
    competences: [sykepleier]
    minimum: 9
""",
)


def _charts(html: str) -> list[ElementTree.Element]:
    return [ElementTree.fromstring(svg) for svg in re.findall(r"<svg.*?</svg>", html, re.S)]


def _title(svg: ElementTree.Element) -> str:
    return svg.findtext(f"{SVG}title") or ""


def test_persons_and_fte_are_never_added_up(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p", TWO_KINDS)
    html = kplan("render", str(plan)).stdout
    gap = {_title(s): s for s in _charts(html) if _title(s).startswith("Gap etter tiltak")}
    assert sorted(gap) == [
        "Gap etter tiltak – Minst 10 sykepleiere",
        "Gap etter tiltak – Minst 9 årsverk sykepleiere",
    ]
    for title, unit, each in (
        ("Gap etter tiltak – Minst 10 sykepleiere", "Rest (personer)", "4"),
        ("Gap etter tiltak – Minst 9 årsverk sykepleiere", "Rest (årsverk)", "4,5"),
    ):
        svg = gap[title]
        texts = [t.text or "" for t in svg.iter(f"{SVG}text")]
        assert unit in texts  # the value axis names its unit
        bars = [r.findtext(f"{SVG}title") or "" for r in svg.iter(f"{SVG}rect")]
        bars = [b for b in bars if b]
        # one bar per year 2025-2028, each the requirement's own figure in its own unit
        assert bars == [f"Testvik kommune {y}: {each} {unit}" for y in range(2025, 2029)]
    assert "8,5" not in html
    md = kplan("render", str(plan), "-f", "md").stdout
    assert "8.50" not in md and "8,5" not in md
    assert 'y-axis "Rest (personer)"\n    bar [4.00, 4.00, 4.00, 4.00]' in md
    assert 'y-axis "Rest (årsverk)"\n    bar [4.50, 4.50, 4.50, 4.50]' in md


def test_over_target_is_no_shortfall_bar(tmp_path: Path) -> None:
    text = TWO_KINDS.replace(
        "    minimum: 9\n",
        """    minimum: 9
  - id: krav-hoyst
    kind: share
    title: Høyst 20 % sykepleiere
    units: [kommunen]
    source: {kind: lov, title: Loven}
    basis: personer
    competences: [sykepleier]
    max_percent: 20
""",
    )
    plan = write_plan(tmp_path / "p", text)
    run = kplan("render", str(plan))
    assert run.returncode == 0, run.stderr
    html = run.stdout
    titles = [_title(s) for s in _charts(html)]
    assert "Gap etter tiltak – Høyst 20 % sykepleiere" not in titles  # nothing to draw
    bars = [r.findtext(f"{SVG}title") or "" for s in _charts(html) for r in s.iter(f"{SVG}rect")]
    assert not [b for b in bars if b.endswith(": 5 Rest (personer)")]
    row = re.search(r"<tr><td>Testvik kommune</td><td>Høyst 20 % sykepleiere</td>.*?</tr>", html)
    assert row is not None and row.group(0).count("5 → 5 (over måltall)") == 4
