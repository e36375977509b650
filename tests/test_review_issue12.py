"""Review of issue 12 as a hostile user and a politician reading the document: what the cover,
the charts, the action filter and the terminal tables must not get wrong."""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import re
import shutil
import struct
from pathlib import Path

import pytest
from a11y import Browser
from helpers import EXAMPLES, MINIMAL, TODAY, kplan, ok, replace_once, write_plan

from kplan.check.validate import check
from kplan.document.charts import bar_chart, timeline_chart
from kplan.document.render import render
from kplan.document.results import collect
from kplan.document.stamp import Stamp
from kplan.document.view import build
from kplan.present.catalogue import words
from kplan.present.labels import Labels
from kplan.present.terminal import cells
from kplan.read.image import Image, Refused, load_image


def _adoption(
    tmp: Path, status: str, decisions: str, lang: str = "nb", as_of: dt.date | None = None
) -> str:
    text = replace_once(MINIMAL, "  status: utkast\n", f"  status: {status}\n")
    write_plan(tmp, text + "decisions:\n" + decisions)
    plan = check(str(tmp), today=TODAY).plan
    assert plan is not None
    cover = build(plan, collect(plan, None), Labels(lang), as_of=as_of).cover
    assert cover is not None
    return cover.adoption


MADE_UP = (
    "  - {id: v, body: Kommunestyret, kind: vedtak, date: 2024-06-20, case_number: 45/24,"
    " illustrative: true}\n"
)
REAL = "  - {id: r, body: Bystyret, kind: vedtak, date: 2024-05, case_number: 7/24}\n"


@pytest.mark.parametrize(
    ("status", "decisions", "line"),
    [
        # a made-up date and case number on the cover would read as the kommune's own record
        ("vedtatt", MADE_UP, "Vedtatt"),
        ("utgått", MADE_UP, "Utgått (vedtatt)"),
        # the real, earlier vedtak is the one the cover can name
        ("vedtatt", REAL + MADE_UP, "Vedtatt i bystyret i mai 2024, sak 7/24"),
        # a made-up amendment is not added to a real adoption
        (
            "vedtatt",
            REAL + "  - {id: e, body: Bystyret, kind: endring, date: 2025, illustrative: true}\n",
            "Vedtatt i bystyret i mai 2024, sak 7/24",
        ),
    ],
)
def test_an_illustrative_decision_is_not_on_the_cover(
    tmp_path: Path, status: str, decisions: str, line: str
) -> None:
    assert _adoption(tmp_path, status, decisions) == line


FUTURE = "  - {id: f, body: Kommunestyret, kind: vedtak, date: 2027-06-20, case_number: 9/27}\n"


@pytest.mark.parametrize(
    ("decisions", "line"),
    [
        # a meeting set for June 2027 has adopted nothing in a version dated 22 November 2026
        (FUTURE, "Vedtatt"),
        (REAL + FUTURE, "Vedtatt i bystyret i mai 2024, sak 7/24"),
        # nor has an amendment not yet made
        (
            REAL + "  - {id: e, body: Bystyret, kind: endring, date: 2026-12}\n",
            "Vedtatt i bystyret i mai 2024, sak 7/24",
        ),
        # a decision some day in November 2026 may be before the 22nd: it is not refused
        (
            "  - {id: n, body: Bystyret, kind: vedtak, date: 2026-11}\n",
            "Vedtatt i bystyret i november 2026",
        ),
    ],
)
def test_a_decision_after_the_documents_date_is_not_on_the_cover(
    tmp_path: Path, decisions: str, line: str
) -> None:
    assert _adoption(tmp_path, "vedtatt", decisions, as_of=TODAY) == line


def test_without_a_date_every_decision_counts(tmp_path: Path) -> None:
    assert _adoption(tmp_path, "vedtatt", FUTURE) == (
        "Vedtatt i kommunestyret 20. juni 2027, sak 9/27"
    )


@pytest.mark.parametrize("width", [20, 40, 80])
@pytest.mark.parametrize("command", ["gap", "cost", "status"])
@pytest.mark.parametrize("example", ["stange", "oyer"])
def test_every_terminal_line_fits_the_width(example: str, command: str, width: int) -> None:
    # headings and notes as well as tables: a line past the edge is wrapped by the terminal
    # in the middle of a word, and the columns under it no longer line up
    out = ok(kplan(command, str(EXAMPLES / example), COLUMNS=str(width)))
    wide = [line for line in out.splitlines() if cells(line) > width]
    assert wide == []


def _axis_labels(svg: str) -> list[str]:
    """The value axis' tick labels (the only right-aligned text in a bar chart)."""
    return re.findall(r'text-anchor="end"[^>]*>([^<]*)</text>', svg)


@pytest.mark.parametrize(
    ("values", "labels"),
    [
        # span 0.1: a quarter is 0.025, which two decimals write «0,03»; the next step that
        # two decimals write exactly is 0.05 (0.1 / 0.05 = 2 steps)
        ([0.1, 0.05], ["0", "0,05", "0,1"]),
        # a figure too small for two decimals: one step of 0.01, not four ticks all «0»
        ([0.001, 0.0], ["0", "0,01"]),
        # the smallest float: was log10(0), a crash
        ([5e-324, 0.0], ["0", "0,01"]),
        # span 1: quarters 0.25 are exact in two decimals and stay
        ([1.0, 0.5], ["0", "0,25", "0,5", "0,75", "1"]),
    ],
)
def test_a_value_axis_is_labelled_with_the_figures_it_stands_at(
    values: list[float], labels: list[str]
) -> None:
    chart = bar_chart("Gap", "Gap per år", ["2025", "2026"], [("Enhet", values)], "årsverk")
    assert _axis_labels(str(chart.svg)) == labels


def _year_labels(svg: str) -> list[int]:
    return [int(y) for y in re.findall(r'fill="[^"]*">(\d{4})</text>', svg)]


def test_a_long_time_axis_is_labelled_at_round_years() -> None:
    # an action from 1900 to 2200 beside a plan 2000–2029: 301 years at most 30 lines is a
    # line every 20 years (10 would be 31 lines), so 1900, 1920 ... 2200; labels then every
    # 20 or 40 years, never 1933 or 1999, which a reader takes for a date in the plan
    chart = timeline_chart(
        "Tidslinje",
        "Tiltakene",
        [("Tiltak", dt.date(1900, 1, 1), dt.date(2200, 12, 31))],
        dt.date(2000, 1, 1),
        dt.date(2029, 12, 31),
    )
    labels = _year_labels(str(chart.svg))
    assert labels and all(y % 20 == 0 for y in labels), labels
    assert len({b - a for a, b in itertools.pairwise(labels)}) == 1, labels
    assert 2000 in labels


def test_a_plan_of_eight_years_labels_every_year() -> None:
    chart = timeline_chart(
        "Tidslinje",
        "Tiltakene",
        [("Tiltak", dt.date(2019, 1, 1), dt.date(2026, 12, 31))],
        dt.date(2019, 1, 1),
        dt.date(2026, 12, 31),
    )
    assert _year_labels(str(chart.svg)) == list(range(2019, 2027))


STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
LONG = "Helse" + "og" * 100  # one «word» of 205 letters, as a pasted URL or a name without spaces


@pytest.mark.parametrize("width", [768, 375])
def test_a_long_word_in_plan_text_never_makes_the_page_scroll_sideways(
    tmp_path: Path, width: int
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed here")
    text = replace_once(MINIMAL, "name: Testvik kommune, level", f"name: {LONG}, level")
    text = replace_once(text, "title: Ekstern utlysning", f"title: {LONG}")
    write_plan(tmp_path, text)
    plan = check(str(tmp_path), today=TODAY).plan
    assert plan is not None
    page = tmp_path / "plan.html"
    page.write_text(render(plan, "html", "nb", stamp=STAMP), encoding="utf-8")
    browser = Browser(chromium, str(tmp_path / "profile"))
    try:
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        browser.send("Page.enable", session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            session,
            width=width,
            height=900,
            deviceScaleFactor=1,
            mobile=width < 500,
        )
        browser.forget_events()
        browser.send("Page.navigate", session, url=page.resolve().as_uri())
        browser.wait("Page.loadEventFired", session)
        done = browser.send(
            "Runtime.evaluate",
            session,
            expression="[document.documentElement.scrollWidth, window.innerWidth]",
            returnByValue=True,
        )
    finally:
        browser.close()
    wide, view = done["result"]["value"]
    assert wide <= view, f"the page is {wide} px wide in a {view} px window"


SVG_OK = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="12"><path d="M0 0h10v8z"/></svg>'
)


def _use_bomb(levels: int, fan: int = 10) -> bytes:
    """An SVG of `levels` groups each using the one below `fan` times: fan ** (levels - 1)
    paths drawn from a file of a few hundred bytes."""
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' width="10" height="10"><defs><path id="l0" d="M0 0h1v1z"/>'
    ]
    for i in range(1, levels):
        uses = f'<use xlink:href="#l{i - 1}"/>' * fan
        parts.append(f'<g id="l{i}">{uses}</g>')
    parts.append(f'</defs><use href="#l{levels - 1}"/></svg>')
    return "".join(parts).encode()


@pytest.mark.parametrize(
    ("svg", "reason"),
    [
        # 10 ** 8 paths: WeasyPrint spent minutes on it and the PDF was stopped
        (_use_bomb(9), "repeats"),
        # a pattern of shapes is a url(#...) reference, expanded like a <use>
        (
            _use_bomb(7).replace(b'<use href="#l6"/>', b'<rect fill="url(#l6)"/>' * 20),
            "repeats",
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><g id="a"><use href="#a"/></g></svg>',
            "refers to itself",
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', "well-formed"),
    ],
)
def test_an_svg_that_multiplies_its_parts_is_refused(
    tmp_path: Path, svg: bytes, reason: str
) -> None:
    (tmp_path / "vapen.svg").write_bytes(svg)
    found = load_image(str(tmp_path), "vapen.svg")
    assert isinstance(found, Refused) and reason in words(found.reason, "en"), found


def test_an_svg_that_uses_its_parts_a_few_times_is_read(tmp_path: Path) -> None:
    # 3 levels of 10: 100 paths, as a shield of repeated stars might have
    (tmp_path / "vapen.svg").write_bytes(_use_bomb(3))
    assert isinstance(load_image(str(tmp_path), "vapen.svg"), Image)


def _png_header(width: int, height: int) -> bytes:
    """The start of a PNG whose header claims `width` × `height` pixels (all a size check reads)."""
    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + head + b"\0\0\0\0"


def _embedding(inner: bytes, mime: str) -> bytes:
    uri = f"data:{mime};base64,{base64.b64encode(inner).decode()}"
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f'<image xlink:href="{uri}" width="10" height="10"/></svg>'
    ).encode()


@pytest.mark.parametrize(
    ("svg", "reason"),
    [
        # what the file itself may not be, it may not carry inside as a data: image either
        (_embedding(_use_bomb(9), "image/svg+xml"), "repeats"),
        (_embedding(_png_header(100_000, 100_000), "image/png"), "100000 × 100000"),
        (_embedding(b"<!DOCTYPE svg [<!ENTITY a 'b'>]><svg/>", "image/svg+xml"), "entities"),
        (_embedding(b"%%%", "image/png"), "not a PNG, JPEG or SVG"),
        # an image in an image in an image: no coat of arms needs it
        (
            _embedding(
                _embedding(_embedding(SVG_OK, "image/svg+xml"), "image/svg+xml"), "image/svg+xml"
            ),
            "within",
        ),
    ],
)
def test_an_image_inside_an_svg_is_held_to_the_same_rules(
    tmp_path: Path, svg: bytes, reason: str
) -> None:
    (tmp_path / "vapen.svg").write_bytes(svg)
    found = load_image(str(tmp_path), "vapen.svg")
    assert isinstance(found, Refused) and reason in words(found.reason, "en"), found


def test_an_svg_with_a_small_image_inside_is_read(tmp_path: Path) -> None:
    (tmp_path / "vapen.svg").write_bytes(_embedding(SVG_OK, "image/svg+xml"))
    assert isinstance(load_image(str(tmp_path), "vapen.svg"), Image)


@pytest.mark.parametrize(
    ("title", "period"),
    [
        # the title's range is the period: the cover says it once
        ("Strategisk kompetanseplan 2025-2028", ""),
        ("Strategisk kompetanseplan 2025 – 2028", ""),
        ("Strategisk kompetanseplan 2025–2028", ""),
        # both years are in the title, but not as the period: the cover must say the period
        ("Kompetanseplan 2028, rullert 2025", "2025–2028"),
        ("Kompetanseplan 2021–2028 (ny periode fra 2025)", "2025–2028"),
    ],
)
def test_the_cover_leaves_out_the_period_only_when_the_title_says_it(
    tmp_path: Path, title: str, period: str
) -> None:
    text = replace_once(MINIMAL, "title: Strategisk kompetanseplan 2025-2028", f"title: {title}")
    write_plan(tmp_path, text)
    plan = check(str(tmp_path), today=TODAY).plan
    assert plan is not None
    cover = build(plan, collect(plan, None), Labels("nb")).cover
    assert cover is not None and cover.period == period
