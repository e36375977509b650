"""The cover page (kommune, title, period, the adoption line, the coat of arms), the coat of
arms read as hostile input (K019), and late steps in the progress plan."""

from __future__ import annotations

import base64
import datetime as dt
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from a11y import check as a11y_check
from a11y import tools
from helpers import EXAMPLES, MINIMAL, TODAY, Repo, kplan, replace_once, write_plan

from kplan.check.rules import arms as _k019  # noqa: F401  (registers K019 until rules/__init__ does)
from kplan.check.validate import check
from kplan.document.render import environment, render
from kplan.document.results import collect
from kplan.document.stamp import Stamp
from kplan.document.view import build, coat_of_arms
from kplan.plan.model import Plan
from kplan.present.catalogue import words
from kplan.present.labels import Labels
from kplan.read.git import Git
from kplan.read.image import (
    MAX_IMAGE_BYTES,
    Image,
    Refused,
    image_type,
    load_image,
    pixel_size,
)
from kplan.read.sources import GitSource

STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
SVG = b'<?xml version="1.0"?>\n<!-- vapen -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="12"><path d="M0 0h10v8l-5 4-5-4z" fill="#1f4e79"/></svg>\n'


def _png(width: int, height: int) -> bytes:
    """A real PNG of one colour (8-bit RGB), `width` × `height` pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _jpeg(width: int, height: int) -> bytes:
    """The head of a JPEG: SOI, a JFIF APP0 segment, then the frame header (SOF0) with the size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


PNG = _png(2, 3)
JPEG = _jpeg(40, 30)

KOMMUNE = '  kommune: {name: Testvik kommune, number: "0301"}\n'


def _plan(tmp: Path, text: str) -> Plan:
    write_plan(tmp, text)
    checked = check(str(tmp), today=TODAY)
    assert checked.plan is not None, [str(d) for d in checked.report.diagnostics]
    return checked.plan


def _with_decisions(status: str, decisions: str) -> str:
    text = replace_once(MINIMAL, "  status: utkast\n", f"  status: {status}\n")
    return text + "decisions:\n" + decisions


def _adoption(tmp: Path, status: str, decisions: str, lang: str = "nb") -> str:
    plan = _plan(tmp, _with_decisions(status, decisions))
    cover = build(plan, collect(plan, None), Labels(lang)).cover
    assert cover is not None
    return cover.adoption


# the plan that started the work, then the one that adopted it
STARTED = (
    "  - {id: start, body: Kommunestyret, kind: vedtak, date: 2021-05-04,"
    ' case_number: "K-sak 131/21"}\n'
)
ADOPTED = (
    '  - {id: vedtak, body: Kommunestyret, kind: vedtak, date: 2024-06-20, case_number: "45/24"}\n'
)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "Vedtatt i kommunestyret 20. juni 2024, sak 45/24"),
        ("nn", "Vedteken i kommunestyret 20. juni 2024, sak 45/24"),
        ("en", "Adopted by Kommunestyret on 20 June 2024, case 45/24"),
    ],
)
def test_the_latest_adopting_decision_makes_the_line(tmp_path: Path, lang: str, line: str) -> None:
    # the 2024 vedtak is after the 2021 one, whatever the order they are listed in
    assert _adoption(tmp_path, "vedtatt", ADOPTED + STARTED, lang) == line


@pytest.mark.parametrize(("status", "line"), [("utkast", "Utkast"), ("høring", "Høringsutkast")])
def test_a_plan_not_adopted_says_so_whatever_the_decisions(
    tmp_path: Path, status: str, line: str
) -> None:
    # the vedtak that started the work adopted nothing: a draft stays a draft
    assert _adoption(tmp_path, status, STARTED + ADOPTED) == line


def test_decisions_that_take_note_adopt_nothing_and_an_amendment_is_added(tmp_path: Path) -> None:
    decisions = (
        ADOPTED
        + "  - {id: orientering, body: Formannskapet, kind: til orientering, date: 2025-02-01}\n"
        + '  - {id: endring, body: Kommunestyret, kind: endring, date: 2026-03, case_number: "12/26"}\n'
        + "  - {id: etterretning, body: Driftsutvalget, kind: til etterretning, date: 2026-09-01}\n"
    )
    assert _adoption(tmp_path, "vedtatt", decisions) == (
        "Vedtatt i kommunestyret 20. juni 2024, sak 45/24, endret i mars 2026, sak 12/26"
    )


@pytest.mark.parametrize(
    ("body", "date", "line"),
    [
        ("Kommunestyret", "2024", "Vedtatt i kommunestyret i 2024"),
        ("Bystyret", "2024-06", "Vedtatt i bystyret i juni 2024"),
        (
            "Driftsutvalget for helse",
            "2024-06-20",
            "Vedtatt i driftsutvalget for helse 20. juni 2024",
        ),
        ("Kommunedirektøren", "2024-06-20", "Vedtatt av kommunedirektøren 20. juni 2024"),
        ("Hovudutvalet for oppvekst", "2024", "Vedtatt i hovudutvalet for oppvekst i 2024"),
        ("kommunestyret", "2024", "Vedtatt i kommunestyret i 2024"),
        ("KOMMUNESTYRET", "2024", "Vedtatt i KOMMUNESTYRET i 2024"),
        # proper names and acronyms keep their capitals
        ("Øyer kommunestyre", "2024-06-20", "Vedtatt av Øyer kommunestyre 20. juni 2024"),
        ("Stortinget", "2024-06-20", "Vedtatt av Stortinget 20. juni 2024"),
        ("KS-styret", "2024-06-20", "Vedtatt i KS-styret 20. juni 2024"),
    ],
)
def test_partial_dates_and_body_names(tmp_path: Path, body: str, date: str, line: str) -> None:
    decision = f"  - {{id: v, body: {body}, kind: vedtak, date: {date}}}\n"
    assert _adoption(tmp_path, "vedtatt", decision) == line


def test_an_undated_decision_counts_where_it_is_listed(tmp_path: Path) -> None:
    decisions = (
        STARTED + "  - {id: v, body: Kommunestyret, kind: vedtak, case_number: K-sak 45/24}\n"
    )
    assert _adoption(tmp_path, "vedtatt", decisions) == "Vedtatt i kommunestyret, K-sak 45/24"


def test_a_git_tag_adopts_and_an_unknown_kind_does_not(tmp_path: Path) -> None:
    tagged = "  - {id: v, body: Kommunestyret, date: 2024-06-20, git_tag: v2024}\n"
    assert _adoption(tmp_path, "vedtatt", tagged) == "Vedtatt i kommunestyret 20. juni 2024"
    untold = "  - {id: v, body: Kommunestyret, date: 2024-06-20}\n"
    assert _adoption(tmp_path / "b", "vedtatt", untold) == "Vedtatt"


def test_superseded_keeps_its_adoption(tmp_path: Path) -> None:
    assert _adoption(tmp_path, "utgått", ADOPTED) == (
        "Utgått (vedtatt i kommunestyret 20. juni 2024, sak 45/24)"
    )


def test_examples_cover_in_html_and_markdown() -> None:
    for name, line in (("stange", "Vedtatt i kommunestyret"), ("oyer", "Utkast")):
        plan = check(str(EXAMPLES / name), today=TODAY).plan
        assert plan is not None
        html = render(plan, "html", "nb", stamp=STAMP)
        assert f'<p class="adoption">{line}</p>' in html
        md = render(plan, "md", "nb", stamp=STAMP)
        assert f"**{plan.plan.kommune.name}**\n\n{line}\n" in md


def test_period_shown_unless_the_title_says_it(tmp_path: Path) -> None:
    plan = _plan(tmp_path, MINIMAL)  # «Strategisk kompetanseplan 2025-2028», 2025-2028
    cover = build(plan, collect(plan, None), Labels("nb")).cover
    assert cover is not None and cover.period == ""
    text = replace_once(MINIMAL, "2025-2028\n", "\n")
    plan = _plan(tmp_path / "b", text)
    cover = build(plan, collect(plan, None), Labels("nb")).cover
    assert cover is not None and cover.period == "2025–2028"


# --- the coat of arms -------------------------------------------------------------------------


def test_image_type_by_content_not_name() -> None:
    assert image_type(PNG) == "image/png"
    assert image_type(JPEG) == "image/jpeg"
    assert image_type(SVG) == "image/svg+xml"
    assert image_type(b"\xef\xbb\xbf<svg viewBox='0 0 1 1'/>") == "image/svg+xml"
    assert image_type(b"GIF89a....") is None
    assert image_type(b"<html><svg></svg></html>") is None
    assert image_type(b"<svgx>") is None
    assert image_type(b"<!DOCTYPE svg [<!ENTITY a 'b'>]><svg/>") is None
    # a long run of spaces and an endless comment end quickly (no backtracking blow-up)
    assert image_type(b" " * 1_000_000 + b"<html>") is None
    assert image_type(b"<!--" + b"-" * 1_000_000) is None


def test_pixel_sizes_from_headers() -> None:
    assert pixel_size(PNG, "image/png") == (2, 3)
    assert pixel_size(JPEG, "image/jpeg") == (40, 30)
    assert pixel_size(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image/png") is None
    assert pixel_size(b"\xff\xd8\xff\xe0\x00\x00", "image/jpeg") is None  # a zero length
    assert pixel_size(b"\xff\xd8" + b"\xff\xfe\x00\x04ab" * 3, "image/jpeg") is None  # no frame


def _refused(base: Path, rel: str) -> str:
    found = load_image(str(base), rel)
    assert isinstance(found, Refused), found
    return words(found.reason, "en")


def test_hostile_paths_and_files_are_refused(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    plan.mkdir()
    outside = tmp_path / "outside.svg"
    outside.write_bytes(SVG)
    (plan / "link.svg").symlink_to(outside)
    (plan / "dirlink").symlink_to(tmp_path)
    (plan / "big.png").write_bytes(PNG + b"\x00" * MAX_IMAGE_BYTES)
    (plan / "page.svg").write_bytes(b"<html><script>alert(1)</script></html>")
    (plan / "bomb.svg").write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>'
    )
    (plan / "folder.svg").mkdir()
    os.mkfifo(plan / "fifo.svg")
    assert "out of the plan" in _refused(plan, "../outside.svg")
    assert "absolute" in _refused(plan, str(outside))
    assert "absolute" in _refused(plan, "C:/vapen.svg")
    assert "symbolic link" in _refused(plan, "link.svg")
    assert "symbolic link" in _refused(plan, "dirlink/outside.svg")
    assert "larger than 2 MB" in _refused(plan, "big.png")
    assert "not a PNG, JPEG or SVG" in _refused(plan, "page.svg")
    assert "entities" in _refused(plan, "bomb.svg")
    assert "regular file" in _refused(plan, "folder.svg")
    assert "regular file" in _refused(plan, "fifo.svg")  # never a hang
    assert "no such file" in _refused(plan, "vapen.svg")
    assert "address" in _refused(plan, "https://example.org/vapen.svg")
    assert "address" in _refused(plan, "data:image/svg+xml;base64,AAAA")
    assert "/ between" in _refused(plan, "bilder\\vapen.svg")
    # a small file that claims a billion pixels would be decoded into gigabytes
    (plan / "huge.png").write_bytes(_png(1, 1)[:16] + struct.pack(">II", 40_000, 40_000) + PNG[24:])
    assert "40000 × 40000 pixels" in _refused(plan, "huge.png")
    (plan / "wide.jpg").write_bytes(_jpeg(6000, 10))
    assert "6000 × 10 pixels; at most 5000" in _refused(plan, "wide.jpg")
    (plan / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    assert "no size" in _refused(plan, "broken.png")
    (plan / "ok.png").write_bytes(PNG)
    (plan / "ok.jpg").write_bytes(JPEG)
    assert load_image(str(plan), "ok.png") == Image("image/png", PNG)
    assert load_image(str(plan), "ok.jpg") == Image("image/jpeg", JPEG)


def test_a_good_file_in_a_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / "vapen.png").write_bytes(SVG)  # the name does not decide the type
    found = load_image(str(tmp_path), "./bilder/vapen.png")
    assert found == Image("image/svg+xml", SVG)
    assert found.data_uri() == "data:image/svg+xml;base64," + base64.b64encode(SVG).decode()


def test_a_refused_file_is_a_located_warning_and_the_plan_stays_valid(tmp_path: Path) -> None:
    # line 3, column 70: «coat_of_arms: ../vapen.svg}» in the kommune line
    text = replace_once(
        MINIMAL,
        KOMMUNE,
        '  kommune: {name: Testvik kommune, number: "0301", coat_of_arms: ../vapen.svg}\n',
    )
    (tmp_path / "vapen.svg").write_bytes(SVG)
    write_plan(tmp_path / "plan", text)
    checked = check(str(tmp_path / "plan"), today=TODAY)
    assert checked.plan is not None
    [d] = [d for d in checked.report.diagnostics if d.code == "K019"]
    assert (d.line, d.col, str(d.severity)) == (3, 66, "warning")
    assert words(d.message, "en") == (
        "The coat of arms «../vapen.svg» is left off the cover: "
        "it leads out of the plan directory («..»)."
    )
    assert coat_of_arms(str(tmp_path / "plan"), checked.plan) is None


def test_the_cover_shows_the_arms_with_alt_text(tmp_path: Path) -> None:
    text = replace_once(
        MINIMAL,
        KOMMUNE,
        '  kommune: {name: Testvik kommune, number: "0301", coat_of_arms: vapen.svg}\n',
    )
    (tmp_path / "vapen.svg").write_bytes(SVG)
    plan = _plan(tmp_path, text)
    arms = coat_of_arms(str(tmp_path), plan)
    assert arms is not None
    uri = "data:image/svg+xml;base64," + base64.b64encode(SVG).decode()
    for lang, alt in (
        ("nb", "Kommunevåpen for Testvik kommune"),
        ("en", "Coat of arms of Testvik kommune"),
    ):
        doc = build(plan, collect(plan, None), Labels(lang), arms=arms)
        html = environment("html").get_template("document.html.j2").render(doc=doc)
        assert f'<img class="arms" src="{uri}" alt="{alt}">' in html
    # no file named: no image, and no empty alt text either
    plain = build(plan, collect(plan, None), Labels("nb"))
    assert "<img" not in environment("html").get_template("document.html.j2").render(doc=plain)


# --- late steps -------------------------------------------------------------------------------

STEPS = """\
steps:
  - {number: 1, deadline: 2025-03, status: pågår}
  - {number: 2, deadline: 2025-01-15, done: 2025-02-01}
  - {number: 3, deadline: 2025-02-01, status: ferdig}
  - {number: 4, status: pågår}
  - {number: 5, deadline: 2025-05-31}
"""


def _statuses(tmp: Path, as_of: dt.date, lang: str = "nb") -> list[str]:
    plan = _plan(tmp, MINIMAL + STEPS)
    doc = build(plan, collect(plan, None), Labels(lang), as_of=as_of)
    [background] = [s for s in doc.sections if s.id == "bakgrunn"]
    [steps] = [s for s in background.sections if s.id == "steg"]
    [table] = steps.blocks
    col = table.header.index({"nb": "Status", "nn": "Status", "en": "Status"}[lang])
    return [str(row[col]) for row in table.rows]


def test_a_step_past_its_deadline_and_not_done_is_late_in_words(tmp_path: Path) -> None:
    # as of 2025-06-01: step 1 (due March 2025, in progress) and step 5 (due 31 May, status
    # unknown) are late; 2 and 3 are done; 4 has no deadline
    assert _statuses(tmp_path, dt.date(2025, 6, 1)) == [
        "pågår, forsinket",
        "ukjent",
        "ferdig",
        "pågår",
        "ukjent, forsinket",
    ]
    assert _statuses(tmp_path / "nn", dt.date(2025, 6, 1), "nn")[0] == "pågår, forseinka"
    assert _statuses(tmp_path / "en", dt.date(2025, 6, 1), "en")[4] == "unknown, late"


def test_a_step_is_late_only_when_all_its_deadline_has_passed(tmp_path: Path) -> None:
    # as of 2025-03-31 the month March 2025 is not over, and 31 May is still ahead
    assert _statuses(tmp_path, dt.date(2025, 3, 31)) == [
        "pågår",
        "ukjent",
        "ferdig",
        "pågår",
        "ukjent",
    ]


def test_cover_with_arms_is_valid_and_accessible(tmp_path: Path) -> None:
    """The cover markup (image, alt text, heading, landmarks) passes the Nu checker and axe in
    every language; the stylesheet as a whole is held by test_render's accessibility test."""
    found = tools()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Java, Chromium, vnu-jar and axe-core (see .ci/run)")
        pytest.skip("vnu/axe/Chromium not installed here; set KPLAN_A11Y_DIR (see tests/a11y.py)")
    text = replace_once(
        _with_decisions("vedtatt", ADOPTED) + STEPS,
        KOMMUNE,
        '  kommune: {name: Testvik kommune, number: "0301", coat_of_arms: vapen.png}\n',
    )
    write_plan(tmp_path / "plan", text)
    (tmp_path / "plan" / "vapen.png").write_bytes(_png(60, 72))
    checked = check(str(tmp_path / "plan"), today=TODAY)
    plan = checked.plan
    assert plan is not None, [str(d) for d in checked.report.diagnostics]
    arms = coat_of_arms(str(tmp_path / "plan"), plan)
    assert arms is not None
    pages = []
    for lang in ("nb", "nn", "en"):
        doc = build(plan, collect(plan, None), Labels(lang), as_of=dt.date(2025, 6, 1), arms=arms)
        page = tmp_path / f"cover.{lang}.html"
        page.write_text(environment("html").get_template("document.html.j2").render(doc=doc))
        pages.append(page)
    problems = a11y_check(found, pages)
    assert sorted(problems) == sorted(p.name for p in pages)
    failed = {n: [p for p in f if ": CSS: " not in p] for n, f in problems.items()}
    assert failed == {n: [] for n in failed}


def test_the_arms_of_a_git_revision_are_read_from_it(tmp_path: Path) -> None:
    """`--at REV` shows the arms as committed; a symbolic link committed in the plan is no file."""
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    (repo.root / "plan" / "vapen.svg").write_bytes(SVG)
    (repo.root / "outside.svg").write_bytes(SVG)
    (repo.root / "plan" / "lenke.svg").symlink_to("../outside.svg")
    repo.commit("plan med våpen")
    (repo.root / "plan" / "vapen.svg").write_bytes(b"changed, not an image")
    plan_dir = str(repo.root / "plan")
    source = GitSource(Git(plan_dir), "HEAD")
    assert load_image(plan_dir, "vapen.svg", source) == Image("image/svg+xml", SVG)
    assert isinstance(load_image(plan_dir, "lenke.svg", source), Refused)
    assert isinstance(load_image(plan_dir, "../outside.svg", source), Refused)
    assert isinstance(load_image(plan_dir, "vapen.svg"), Refused)  # the working tree's file


def test_the_cover_is_a_page_of_its_own_in_the_pdf(tmp_path: Path) -> None:
    """Page 1 is the cover (the adoption line and the facts); the table of contents starts
    page 2."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path / "stange.pdf"
    result = kplan("render", str(EXAMPLES / "stange"), "-o", str(out))
    if result.returncode == 2 and not out.exists():
        pytest.skip(f"no PDF engine here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr

    def page(n: int) -> str:
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return " ".join(text.split())

    first, second = page(1), page(2)
    assert "Stange kommune" in first and "Vedtatt i kommunestyret" in first
    assert "Planperiode 2019–2026" in first
    assert "Innhold" not in first
    assert "Innhold" in second  # after the running header
