"""The document's charts: persons and årsverk never add up, a surplus is not a shortfall, an
unknown is no bar and no 0, and every chart names its unit and carries its figures as text."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from chart_plans import STAFFED, TWO_KINDS
from helpers import kplan, write_plan

SVG = "{http://www.w3.org/2000/svg}"

# One unit, one competence, two requirements: at least 10 persons and at least 9 årsverk.
# The inventory (1 January 2025) holds 6 sykepleiere in 4.5 årsverk (of 12 staff in 9
# årsverk); no age bands and no turnover,
# so supply stays as counted. By hand, each year 2025-2028:
#   persons: 10 - 6 = 4 (personer);   årsverk: 9 - 4.5 = 4.5 (årsverk)
# A chart that added them up would show 4 + 4.5 = 8.5 somewhere: it must not.
# A third requirement (below) allows at most 20 % of the 12 staff to be sykepleiere: 2.4, rounded
# down to 2 for a maximum in persons; 6 - 2 = 4 over target, a surplus, never a bar.


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
    assert not [b for b in bars if b.endswith(": 4 Rest (personer)") and "Høyst" in b]
    row = re.search(r"<tr><td>Testvik kommune</td><td>Høyst 20 % sykepleiere</td>.*?</tr>", html)
    assert row is not None and row.group(0).count("4 → 4 (50 %, over måltall)") == 4


# --- the staffing chapter ------------------------------------------------------------------------
# One unit with 10 persons in 10 årsverk (1 January 2025, no age bands: nobody retires), turnover
# 10 % a year. Line «alle» (all staff) follows d-brukere: 100, 110, 121, 121 (MMMM), so the need
# D = 10 × users / 100 = 10, 11, 12.1, 12.1; staff without recruitment 10, 9, 8.1, 7.29.
# Flow (start = last year's need; turnover = 10 % of start; growth = D - start):
#   2025: start 10, turnover 0, growth 0, to recruit 0 (the snapshot year)
#   2026: start 10, turnover 1, growth 1, to recruit 2
#   2027: start 11, turnover 1.1, growth 1.1, to recruit 2.2
#   2028: start 12.1, turnover 1.21, growth 0, to recruit 1.21; cumulative 0, 2, 4.2, 5.41
# Range across LAV (100 every year), MMMM and HOY (100, 120, 140, 150): 10–10, 10–12, 10–14, 10–15.
# Line «syk» (sykepleiere, 10 in 10 årsverk) follows d-ned: 100, 50, 50, 50 (no alternatives of
# its own: LAV and HOY keep them, so no range is shown): D = 10, 5, 5, 5.
#   2026: start 10, turnover 1, growth -5: 1 - 5 = -4, to recruit 0 and a surplus of 4
#   2027: start 5, turnover 0.5, growth 0, to recruit 0.5; 2028 the same.


def _md_table(md: str, after: str) -> dict[str, list[str]]:
    """The first table after the line `after`, as {first cell: the other cells}."""
    lines = md.split(after, 1)[1].splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("|"))
    rows = {}
    for ln in lines[start + 2 :]:
        if not ln.startswith("|"):
            break
        cells = [c.strip() for c in ln.strip().strip("|").split(" | ")]
        rows[cells[0]] = cells[1:]
    return rows


def test_staffing_chapter_shows_the_flow_per_line(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p", STAFFED)
    md = kplan("render", str(plan), "-f", "md").stdout
    assert "### Bemanning" in md
    alle = _md_table(md, "#### Testvik kommune, alle ansatte\n")
    assert alle["Behov"] == ["10", "11", "12,1", "12,1"]
    assert alle["Bemanning uten rekruttering"] == ["10", "9", "8,1", "7,29"]
    assert alle["Behov, spenn mellom alternativene MMMM, LAV, HOY"] == [
        "10–10",
        "10–12",
        "10–14",
        "10–15",
    ]
    assert alle["Start (behovet året før)"] == ["10", "10", "11", "12,1"]
    assert alle["− annen avgang"] == ["0", "1", "1,1", "1,21"]
    assert alle["+ endring i behov"] == ["0", "1", "1,1", "0"]
    assert alle["= å rekruttere"] == ["0", "2", "2,2", "1,21"]
    assert alle["Å rekruttere, akkumulert"] == ["0", "2", "4,2", "5,41"]
    assert "Overskudd (ikke en mangel)" not in alle
    syk = _md_table(md, "#### Testvik kommune, Sykepleier (illustrativt)\n")
    assert syk["Behov"] == ["10", "5", "5", "5"]
    # the need halves in 2026; a surplus is not shed, so the staff at start is what is left
    # without recruitment when that is more: 10 x 0.9 = 9 in 2027 (9 - 0.9 = 8.1 against a need
    # of 5: 3.1 over), 8.1 in 2028 (8.1 - 0.81 = 7.29: 2.29 over); nobody to recruit
    assert syk["= å rekruttere"] == ["0", "0", "0", "0"]  # never negative
    assert syk["Overskudd (ikke en mangel)"] == ["0", "4", "3,1", "2,29"]
    assert not [k for k in syk if k.startswith("Behov, spenn")]  # d-ned has no alternatives

    html = kplan("render", str(plan)).stdout
    svg = next(s for s in _charts(html) if _title(s).startswith("Behov og bemanning"))
    assert "Årsverk" in [t.text for t in svg.iter(f"{SVG}text")]  # the axis says årsverk
    points = [c.findtext(f"{SVG}title") for c in svg.iter(f"{SVG}circle")]
    assert "Behov 2027: 12,1 Årsverk" in points
    assert "Bemanning uten rekruttering 2028: 7,29 Årsverk" in points
    assert len(list(svg.iter(f"{SVG}polygon"))) == 1  # the range, shaded


def test_no_staffing_lines_no_staffing_chapter(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p", TWO_KINDS)
    md = kplan("render", str(plan), "-f", "md").stdout
    assert "Bemanning" not in md
    en = kplan("render", str(write_plan(tmp_path / "q", STAFFED)), "-f", "md", "--lang", "en")
    assert "### Staffing" in en.stdout and "#### Testvik kommune, all staff" in en.stdout


# The gap table: a unit below kommunen without inventory is «ukjent» (never 0); a share
# requirement shows what it measures. At least 75 % of the 12 staff (persons) are sykepleiere:
# required 0.75 × 12 = 9, held 6 (6 / 12 = 50 %), gap and residual 9 - 6 = 3 each year.
UNKNOWN_UNIT = TWO_KINDS.replace(
    "  - {id: kommunen, name: Testvik kommune, level: kommune}\n",
    "  - {id: kommunen, name: Testvik kommune, level: kommune}\n"
    "  - {id: skolen, name: Skolen, level: enhet, parent: kommunen}\n",
).replace(
    "    minimum: 9\n",
    """    minimum: 9
  - id: krav-andel
    kind: share
    title: Minst 75 % sykepleiere
    units: [kommunen, skolen]
    source: {kind: lov, title: Loven}
    basis: personer
    competences: [sykepleier]
    min_percent: 75
""",
)


def test_gap_table_says_unknown_and_shows_the_measure(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p", UNKNOWN_UNIT)
    run = kplan("render", str(plan), "-f", "md")
    assert run.returncode == 0, run.stderr
    gap = _md_table(run.stdout, "**Gap → Rest**\n")
    rows = [ln for ln in run.stdout.splitlines() if ln.startswith("| Testvik kommune | Minst 75")]
    assert rows == [
        "| Testvik kommune | Minst 75 % sykepleiere | personer | minst 75 % | "
        + "3 → 3 (50 %) | " * 4
    ]
    assert gap["Skolen"] == ["Minst 75 % sykepleiere", "personer", "minst 75 %"] + ["ukjent"] * 4
    assert "Ukjent betyr at enheten mangler beholdning" in run.stdout
    html = kplan("render", str(plan)).stdout
    svg = next(s for s in _charts(html) if _title(s) == "Gap etter tiltak – Minst 75 % sykepleiere")
    bars = [r.findtext(f"{SVG}title") or "" for r in svg.iter(f"{SVG}rect")]
    assert [b for b in bars if b] == [
        f"Testvik kommune {y}: 3 Rest (personer)" for y in range(2025, 2029)
    ]
    assert [t.text for t in svg.iter(f"{SVG}text")].count("ukjent") == 4  # Skolen, no bar


def test_charts_and_staffing_chapter_are_valid_and_accessible(tmp_path: Path) -> None:
    """The gap charts with unknown and over-target rows and the staffing chapter with its range
    pass the Nu checker and axe (WCAG 2.1 AA), in every language."""
    import os

    import pytest
    from a11y import check, tools

    found = tools()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Java, Chromium, vnu-jar and axe-core (see .ci/run)")
        pytest.skip("vnu/axe/Chromium not installed here; set KPLAN_A11Y_DIR (see tests/a11y.py)")
    pages = []
    for name, text in (("unknown", UNKNOWN_UNIT), ("staffed", STAFFED)):
        plan = write_plan(tmp_path / name, text)
        for lang in ("nb", "nn", "en"):
            page = tmp_path / f"{name}.{lang}.html"
            run = kplan("render", str(plan), "--lang", lang, "-o", str(page))
            assert run.returncode == 0, run.stderr
            pages.append(page)
    problems = check(found, pages)
    assert sorted(problems) == sorted(p.name for p in pages)
    assert {n: p for n, p in problems.items() if p} == {}


EXTREMES = [
    [0.0, 0.0, 0.0],
    [-5.0, None, -1e6],
    [1e300, 2.0, 1e-300],
    [float("nan"), float("inf"), float("-inf")],
    [10**400, -(10**400), None],
    [None, None, None],
]


@pytest.mark.parametrize("values", EXTREMES)
def test_line_and_bar_charts_draw_any_figures(values: list[float | None]) -> None:
    """Unknown (None), non-finite and huge figures: the SVG stays well-formed with finite
    coordinates, Mermaid gets no nan, inf or None, and a None is never drawn as 0."""
    import math

    from kplan.document.charts import bar_chart
    from kplan.document.linechart import Band, line_chart

    cats = ["2025", "2026", "2027"]
    charts = [
        line_chart("T", "D", cats, [("a", values), ("b", list(reversed(values)))], "årsverk"),
        line_chart(
            "T", "D", cats, [("a", values)], "årsverk", band=Band("r", values, values, "lo", "hi")
        ),
        bar_chart("T", "D", cats, [("a", values), ("b", values)], "personer"),
    ]
    drawn = sum(v is not None for v in values)
    for chart, points in zip(charts, (2 * drawn, drawn, 2 * drawn), strict=True):
        svg = ElementTree.fromstring(str(chart.svg))
        for el in svg.iter():
            for name in ("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height"):
                if name in el.attrib:
                    assert math.isfinite(float(el.attrib[name])), (name, el.attrib)
            for name in ("points",):
                if name in el.attrib:
                    for xy in el.attrib[name].split():
                        assert all(math.isfinite(float(v)) for v in xy.split(",")), el.attrib
        assert not re.search(r"\b(nan|inf|None)\b", chart.mermaid)
        marks = [e for e in svg.iter() if e.tag in (f"{SVG}rect", f"{SVG}circle")]
        assert len([e for e in marks if e.findtext(f"{SVG}title")]) == points  # no None drawn


def test_staffing_text_is_data(tmp_path: Path) -> None:
    hostile = STAFFED.replace(
        "    source: KOSTRA 2024\n",
        '    title: "<script>x</script> | *fet* %%{init: {}}%%"\n    source: "<b>KOSTRA</b>"\n',
    )
    plan = write_plan(tmp_path / "p", hostile)
    html = kplan("render", str(plan)).stdout
    assert "<script>x" not in html and "<b>KOSTRA" not in html
    assert "&lt;script&gt;x&lt;/script&gt; | *fet*" in html
    md = kplan("render", str(plan), "-f", "md").stdout
    assert "<script>" not in md and "%%{" not in md
    assert "#### \\<script\\>x\\</script\\> \\| \\*fet\\*" in md


def test_staffing_overview_lists_every_line_and_details_the_first(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p", STAFFED)
    md = kplan("render", str(plan), "-f", "md").stdout
    overview = _md_table(md, "**Bemanningslinjene, 2025–2028 (årsverk)**\n")
    # need 2025 and 2028, then to recruit, planned and still open summed over 2025-2028
    assert overview == {
        "Testvik kommune, alle ansatte": ["10", "12,1", "5,41", "0", "5,41"],
        # the sykepleier staff stays above its halved need all period: nobody to recruit; an
        # illustrative line among others is starred (the header says «* = illustrativt»)
        "Testvik kommune, Sykepleier \\*": ["10", "5", "0", "0", "0"],
    }
    # 30 more lines, on units without inventory: unknown, and listed all the same
    units = "".join(
        f"  - {{id: e-{i:02d}, name: E {i:02d}, level: enhet, parent: kommunen}}\n"
        for i in range(30)
    )
    extra = "".join(f"  - {{id: ekstra-{i:02d}, unit: e-{i:02d}}}\n" for i in range(30))
    many = STAFFED.replace("needs:\n", extra + "needs:\n", 1).replace(
        "competences:\n", units + "competences:\n", 1
    )
    plan = write_plan(tmp_path / "q", many)
    run = kplan("render", str(plan), "-f", "md")
    assert run.returncode == 0, run.stderr
    overview = _md_table(run.stdout, "**Bemanningslinjene, 2025–2028 (årsverk)**\n")
    assert len(overview) == 32 and overview["E 29, alle ansatte"] == ["ukjent"] * 5
    chapter = run.stdout.split("### Bemanning\n")[1].split("\n### ")[0]
    assert chapter.count("\n#### ") == 24
    assert "Flyten år for år vises for de 24 første av 32 linjer" in run.stdout
