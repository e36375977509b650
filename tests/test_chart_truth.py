"""Charts that tell the truth and can be read: every text inside the picture, every plan year
on a time axis, actions without a period named under the timeline, no chart of nothing, and
Markdown (Mermaid) charts that draw what their captions say."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from chart_plans import STAFFED, TWO_KINDS
from helpers import kplan, write_plan

SVG = "{http://www.w3.org/2000/svg}"

LONG_UNIT = "Hjemmebaserte helse- og omsorgstjenester i sone nord med nattpatrulje"  # 69 chars
LONG_ACTION = "Videreutdanning i psykisk helsearbeid og rus for helsefagarbeidere på natt"
# Plan period 2025-2028. One long-named unit (the gap charts' legend), a long-named action
# with a period (the timeline's labels), and one action without a period. A cost of 40 000 kr
# in 2026 alone: the cost chart's axis must still run 2025, 2026, 2027, 2028.
LONG = (
    TWO_KINDS.replace("name: Testvik kommune, level: kommune", f"name: {LONG_UNIT}, level: kommune")
    .replace(
        "    period: {start: 2025, end: 2026}\n",
        "    period: {start: 2026, end: 2026}\n    cost: {amount: 40000}\n",
    )
    .replace(
        "evaluation:\n  text:",
        f"""  - id: tiltak-2
    title: {LONG_ACTION}
    needs: [behov-1]
    strategy: utvikle
    period: {{start: 2025-08, end: 2027-06}}
  - id: tiltak-3
    title: Hospitering uten dato
    needs: [behov-1]
    strategy: utvikle
evaluation:
  text:""",
    )
)


def _charts(html: str) -> list[ElementTree.Element]:
    return [ElementTree.fromstring(s) for s in re.findall(r"<svg.*?</svg>", html, re.S)]


def _title(svg: ElementTree.Element) -> str:
    return svg.findtext(f"{SVG}title") or ""


def _wide(text: str, size: float) -> float:
    """A width no common sans-serif exceeds: DejaVu Sans's (the widest) rounded up. Narrow
    letters, marks and spaces 0.42 em (r is 0.411), other lower case and digits 0.66 (b, d, n,
    p are 0.635), capitals 0.8 (O is 0.787), M, W, m, w and æ 1 em (m is 0.974)."""
    em = 0.0
    for c in text:
        if c in "MWmwæÆ":
            em += 1.0
        elif c.isupper():
            em += 0.8
        elif c in " iljtfr.,:;-()'/" or c == "\u00a0":
            em += 0.42
        else:
            em += 0.66 if c.isalnum() else 1.0
    return em * size


def _boxes(svg: ElementTree.Element) -> list[tuple[float, float, float, str]]:
    """(left, right, baseline, text) of every unrotated line of text."""
    out = []
    for el in svg.iter(f"{SVG}text"):
        if "transform" in el.attrib:
            continue
        size = float(el.get("font-size", "12"))
        anchor = el.get("text-anchor", "start")
        parts = list(el.iter(f"{SVG}tspan")) or [el]
        for part in parts:
            text = part.text or ""
            x, y = float(part.get("x", el.get("x", "0"))), float(part.get("y", el.get("y", "0")))
            w = _wide(text, size)
            left = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
            out.append((left, left + w, y, text))
    return out


def test_every_text_stays_inside_its_chart_and_names_are_whole_in_the_table(
    tmp_path: Path,
) -> None:
    plan = write_plan(tmp_path / "p", LONG)
    for lang in ("nb", "nn", "en"):
        run = kplan("render", str(plan), "--lang", lang)
        assert run.returncode == 0, run.stderr
        charts = _charts(run.stdout)
        assert len(charts) >= 3  # two gap charts, the timeline, the costs
        for svg in charts:
            _, _, width, height = map(float, svg.get("viewBox", "").split())
            boxes = _boxes(svg)
            for left, right, y, text in boxes:
                assert left >= 0 and right <= width, (_title(svg), text, left, right)
                assert 0 < y <= height, (_title(svg), text, y)
            # no two texts on one line overlap (legend keys, year labels)
            for i, (l1, r1, y1, t1) in enumerate(boxes):
                for l2, r2, y2, t2 in boxes[i + 1 :]:
                    assert y1 != y2 or r1 <= l2 or r2 <= l1, (_title(svg), t1, t2)
        # shortened in the picture, whole in the table beside it
        tables = re.findall(r"<details>.*?</details>", run.stdout, re.S)
        assert any(f"<td>{LONG_UNIT}</td>" in t for t in tables)
        assert any(f"<td>{LONG_ACTION}</td>" in t for t in tables)


def test_the_cost_chart_has_every_plan_year(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p", LONG)
    html = kplan("render", str(plan)).stdout
    svg = next(s for s in _charts(html) if _title(s) == "Kostnader per budsjettår")
    years = [t.text for t in svg.iter(f"{SVG}text") if re.fullmatch(r"\d{4}", t.text or "")]
    assert years == ["2025", "2026", "2027", "2028"]
    bars = [
        r.findtext(f"{SVG}title")
        for r in svg.iter(f"{SVG}rect")
        if r.find(f"{SVG}title") is not None
    ]
    assert bars == ["Netto 2026: 40\u00a0000 kr"]  # no 0 drawn for a year without a cost
    md = kplan("render", str(plan), "-f", "md").stdout
    assert (
        "| Netto | ingen kostnad ført | 40\u00a0000\u00a0kr | ingen kostnad ført | ingen kostnad ført | "
        in md
    )


def test_actions_without_a_period_are_named_under_the_timeline(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p", LONG)
    html = kplan("render", str(plan)).stdout
    svg = next(s for s in _charts(html) if _title(s) == "Tidslinje for tiltakene")
    bars = [r.findtext(f"{SVG}title") for r in svg.iter(f"{SVG}rect")]
    # by start: the long action (August 2025 to June 2027), then Ekstern utlysning (2026)
    assert bars == [
        f"{LONG_ACTION}: 2025-08-01 – 2027-06-30",
        "Ekstern utlysning: 2026-01-01 – 2026-12-31",
    ]
    years = [t.text for t in svg.iter(f"{SVG}text") if re.fullmatch(r"\d{4}", t.text or "")]
    assert years == ["2025", "2026", "2027", "2028"]  # the plan period, not the actions'
    note = "Tiltak uten periode, ikke i figuren: «Hospitering uten dato»."
    assert note in html
    md = kplan("render", str(plan), "-f", "md").stdout
    assert note in md
    gantt = md.split("```mermaid\ngantt\n", 1)[1].split("```", 1)[0]
    # Mermaid's end dates are exclusive: the day after the last
    assert "    • Planperioden :p0, 2025-01-01, 2029-01-01\n" in gantt
    assert ", 2025-08-01, 2027-07-01\n" in gantt
    assert "Hospitering" not in gantt
    en = kplan("render", str(plan), "-f", "md", "--lang", "en").stdout
    assert "Actions without a period, not in the chart: «Hospitering uten dato»." in en


def test_no_chart_when_there_is_no_shortfall_to_draw(tmp_path: Path) -> None:
    # At least 5 persons and 4 årsverk of sykepleiere: 6 persons in 4.5 årsverk are held,
    # 5 - 6 < 0 and 4 - 4.5 < 0: residual 0 every year for both, nothing to draw.
    text = TWO_KINDS.replace("minimum: 10", "minimum: 5").replace("minimum: 9", "minimum: 4")
    plan = write_plan(tmp_path / "p", text)
    html = kplan("render", str(plan)).stdout
    assert not [s for s in _charts(html) if _title(s).startswith("Gap etter tiltak")]
    assert (
        "Ingen figur for «Minst 10 sykepleiere», «Minst 9 årsverk sykepleiere»: ingen enhet"
        " har en mangel etter tiltak å tegne i noe år. Tabellen under viser tallene." in html
    )
    md = kplan("render", str(plan), "-f", "md").stdout
    assert "Gap etter tiltak" not in md and "xychart-beta" not in md


def test_markdown_charts_draw_what_their_captions_say(tmp_path: Path) -> None:
    text = STAFFED.replace(
        "    strategy: rekruttere\n", "    strategy: rekruttere\n    learning_form: 10\n"
    ).replace(
        "evaluation:\n  text:",
        "learning:\n  arenas:\n    - {id: kurs, name: Kurs, form: 10}\nevaluation:\n  text:",
    )
    plan = write_plan(tmp_path / "p", text)
    md = kplan("render", str(plan), "-f", "md").stdout
    blocks = re.findall(r"```mermaid\n(.*?)```\n\n_(.*?)_\n", md, re.S)
    by_title = {cap.split(". ")[0]: (src, cap) for src, cap in blocks}
    # the learning forms beside the model: one action of 10 → 0 %, 0 %, 100 % as bars, the
    # model 70, 20, 10 as a line, on a 0-100 % axis; the table under it keys the colours
    src, cap = by_title["Læringsformer mot 70-20-10"]
    assert "ved siden av 70-20-10-modellen" in cap
    assert 'y-axis "%" 0 --> 100' in src
    assert "    bar [0.00, 0.00, 100.00]\n    line [70.00, 20.00, 10.00]" in src
    assert "| % | 🟦 Andel av tiltakene | 🟧 70-20-10-modellen |" in md
    # the staffing line «alle»: the need (10, 11, 12.1, 12.1) as bars, the staff without
    # recruitment (10, 9, 8.1, 7.29) as a line; Mermaid cannot shade the range, so the
    # caption does not promise one
    src, cap = by_title["Behov og bemanning uten rekruttering – Testvik kommune, alle ansatte"]
    assert "    bar [10.00, 11.00, 12.10, 12.10]\n    line [10.00, 9.00, 8.10, 7.29]" in src
    assert cap.startswith("Behov og bemanning uten rekruttering – Testvik kommune, alle ansatte.")
    assert "Stolpene viser behovet og linjen bemanningen uten rekruttering" in cap
    assert "skravert" not in cap and "skraverte" not in md.split("## ")[0]
    assert "Spennet i behov mellom alternativene står i tabellen under." in cap
    assert "pie" not in md


def test_text_is_measured_wide_and_shortened_at_a_word() -> None:
    from kplan.document.charttext import fit, text_width, wrap

    # A 0.8 + b 0.66 + 1 0.66 + space 0.42 + i 0.32 = 2.86 em, at 10 px: 28.6
    assert round(text_width("Ab1 i", 10), 6) == 28.6
    # «aaaa bbbb cccc» is 12 × 6.6 + 2 × 4.2 = 87.6 px at 10 px. In 60 px, with 10 px for «…»,
    # 50 px are left: «aaaa bb» is 26.4 + 4.2 + 13.2 = 43.8, one more b is 50.4; the cut goes
    # back to the last word
    assert fit("aaaa bbbb cccc", 60, 10) == "aaaa…"
    assert fit("aaaa bbbb cccc", 88, 10) == "aaaa bbbb cccc"
    # «aaaa bbbb» is 8 × 6.6 + 4.2 = 57 px: fits a 60 px line; «cccc» the next
    assert wrap("aaaa bbbb cccc", 60, 10, 2) == ["aaaa bbbb", "cccc"]
    assert wrap("aaaa bbbb cccc dddd eeee", 60, 10, 2) == ["aaaa bbbb", "cccc…"]
    assert fit("x" * 1_000_000, 100).endswith("…")  # one pass, no hang


def test_long_periods_many_series_and_long_names_stay_inside() -> None:
    import datetime as dt

    from kplan.document.charts import bar_chart, mix_chart, timeline_chart
    from kplan.document.linechart import Band, line_chart

    years = [str(y) for y in range(2000, 2041)]  # 41 years: not every year can be labelled
    names = [f"{LONG_UNIT} {i}" for i in range(10)]  # 10 series: 8 drawn
    values = [float(i % 7) for i in range(41)]
    charts = [
        bar_chart("T", "D", years, [(n, values) for n in names], "Rest (årsverk)"),
        line_chart(
            "T",
            "D",
            years,
            [(n, values) for n in names[:3]],
            "årsverk",
            band=Band(LONG_UNIT, values, values, "lo", "hi"),
        ),
        mix_chart("T", "D", [LONG_ACTION, "b", "c"], [100.0, 0.0, 0.0], [70, 20, 10], ("x", "y")),
        timeline_chart(
            "T",
            "D",
            [(LONG_ACTION * 3, dt.date(1990, 5, 1), dt.date(2060, 1, 1))],
            dt.date(2000, 1, 1),
            dt.date(2040, 12, 31),
        ),
    ]
    for chart in charts:
        svg = ElementTree.fromstring(str(chart.svg))
        _, _, width, height = map(float, svg.get("viewBox", "").split())
        boxes = _boxes(svg)
        for left, right, y, text in boxes:
            assert left >= 0 and right <= width and 0 < y <= height, (text, left, right, y)
        for i, (l1, r1, y1, t1) in enumerate(boxes):
            for l2, r2, y2, t2 in boxes[i + 1 :]:
                assert y1 != y2 or r1 <= l2 or r2 <= l1, (t1, t2)
    assert charts[0].omitted == 2  # the table has all 10
    assert len(charts[0].rows) == 10


def test_a_markdown_gap_chart_names_its_unit(tmp_path: Path) -> None:
    # Mermaid names no series: the one unit's chart (4 persons short each year, 10 - 6) is
    # followed by its table, which does
    md = kplan("render", str(write_plan(tmp_path / "p", TWO_KINDS)), "-f", "md").stdout
    chart = md.split('title "Gap etter tiltak – Minst 10 sykepleiere"', 1)[1].split("**Gap", 1)[0]
    assert "    bar [4.00, 4.00, 4.00, 4.00]" in chart
    assert "| Testvik kommune | 4 → 4 | 4 → 4 | 4 → 4 | 4 → 4 | " in chart


def test_the_timeline_shades_the_plan_period_when_an_action_reaches_outside_it() -> None:
    import datetime as dt

    from kplan.document.charts import timeline_chart

    def chart(start: dt.date, end: dt.date) -> ElementTree.Element:
        c = timeline_chart(
            "T", "D", [("A", start, end)], dt.date(2025, 1, 1), dt.date(2028, 12, 31), period="P"
        )
        return ElementTree.fromstring(str(c.svg))

    # 1 July 2023 to 2030: the axis runs 2023-07-01 .. 2030-12-31 and says where the plan is
    wide = chart(dt.date(2023, 7, 1), dt.date(2030, 12, 31))
    years = [t.text for t in wide.iter(f"{SVG}text") if re.fullmatch(r"\d{4}", t.text or "")]
    assert years == [str(y) for y in range(2024, 2031)]
    shade = [r for r in wide.iter(f"{SVG}rect") if r.find(f"{SVG}title") is None]
    assert len(shade) == 1 and "P" in [t.text for t in wide.iter(f"{SVG}text")]
    _, _, width, _ = map(float, wide.get("viewBox", "").split())
    for left, right, _, text in _boxes(wide):
        assert left >= 0 and right <= width, text
    # inside the period: nothing to shade
    inside = chart(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [r for r in inside.iter(f"{SVG}rect") if r.find(f"{SVG}title") is None] == []


def test_no_cost_chart_when_grants_cover_every_cost(tmp_path: Path) -> None:
    # 40 000 kr in 2026, a grant of 40 000 kr: net 0, a chart of nothing; the table stays
    text = LONG.replace(
        "    cost: {amount: 40000}\n",
        "    cost: {amount: 40000, funding: [{source: Statsforvalteren, amount: 40000}]}\n",
    )
    html = kplan("render", str(write_plan(tmp_path / "p", text))).stdout
    assert "Kostnader per budsjettår" not in [_title(s) for s in _charts(html)]
    assert "<td>2026</td>" in html.split("Kostnader", 1)[1]
