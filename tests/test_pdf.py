"""`kplan render --format pdf`: the examples as a kommune publishes them (page numbers, nothing
outside the page, no near-empty pages, tagged PDF/A-2a, the same bytes from the same commit),
a template that tries to read files or the network, and an engine that hangs or is missing.

Each example is printed once (a PDF takes seconds) and every check of it is made on that file.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pikepdf
import pytest
from helpers import EXAMPLES, kplan, write_plan
from pdfcheck import accessibility_errors, filled, outside, page_number, pages, pdfa_problems

from kplan.document.errors import RenderError
from kplan.document.pdf import pdf_bytes
from kplan.present.catalogue import words

TEMPLATES = Path(__file__).parent.parent / "templates"

if shutil.which("pdftotext") is None:
    pytest.skip(
        "poppler-utils (pdftotext) is not installed (.ci/run installs it)", allow_module_level=True
    )

# Pages of each example today, with room for the document to grow or shrink by a few pages
# while the others work on it: stange printed 25 pages (cover, contents, 23 of chapters; 4
# landscape pages for the action plan), oyer fewer. Chromium printed stange on 22 pages with
# nothing but clipped tables and no contents; with a page break before every chapter, 37.
PAGES = {"stange": (15, 34), "oyer": (10, 34)}


def _render(name: str, out: Path) -> Path:
    # a real process, as a user runs it; not kplan_process, whose two minutes a loaded machine
    # running the other tests beside this one can take for a PDF (alone it takes ~15 s)
    done = subprocess.run(
        [sys.executable, "-m", "kplan", "render", str(EXAMPLES / name), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.heavy(60)
@pytest.mark.parametrize("name", ["stange", "oyer"])
def test_example_pdf_is_publishable(name: str, tmp_path: Path) -> None:
    pdf = _render(name, tmp_path / f"{name}.pdf")
    got = pages(pdf)
    low, high = PAGES[name]
    assert low <= len(got) <= high, len(got)

    # PDF/A-2a: archivable and tagged, with the document's language, title and author
    assert pdfa_problems(pdf) == []
    with pikepdf.open(pdf) as doc:
        assert str(doc.Root.Lang) == "nb"
        assert doc.Root.MarkInfo.Marked
        assert len(doc.Root.StructTreeRoot.K) > 0
        assert name.capitalize().replace("Oyer", "Øyer") in str(doc.docinfo.Title)

    # the cover has no number; every other page says which it is, of how many
    assert page_number(got[0]) is None
    for page in got[1:]:
        assert page_number(page) == (page.number, len(got)), page.number

    # nothing clipped: every word inside its page (a cut table ran 200 points off the edge)
    assert [w for p in got for w in outside(p)] == []

    # no near-empty page: a page is at least a quarter full unless it is the cover, the last,
    # or the last before the page turns (landscape for a wide table, and back)
    for page in got[1:-1]:
        before, after = got[page.number - 2], got[page.number]
        turns = page.width != after.width or page.width != before.width
        assert turns or filled(page) >= 0.25, (page.number, filled(page))

    # PDF/UA-1 and WCAG machine checks (outloud): no errors
    assert accessibility_errors(pdf) == []


def test_the_same_plan_gives_the_same_bytes(tmp_path: Path) -> None:
    d = tmp_path / "p"
    write_plan(d)
    first = kplan("render", str(d), "-o", str(tmp_path / "a.pdf"))
    second = kplan("render", str(d), "-f", "pdf", "-o", str(tmp_path / "b.pdf"))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    a, b = (tmp_path / "a.pdf").read_bytes(), (tmp_path / "b.pdf").read_bytes()
    assert a.startswith(b"%PDF") and a == b
    # no date from the clock anywhere (Info, XMP): the version stamp dates the document
    assert b"CreationDate" not in a and b"ModDate" not in a
    with pikepdf.open(tmp_path / "a.pdf") as doc:
        xmp = str(doc.open_metadata())
        assert "CreateDate" not in xmp and "ModifyDate" not in xmp


HOSTILE = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>x</title>
<link rel="attachment" href="file:///etc/passwd">
<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">
<style>
@import url("http://127.0.0.1:{port}/import.css");
@font-face {{ font-family: X; src: url("file:///etc/hostname"); }}
body {{ background: url("file:///etc/passwd"); font-family: X; }}
</style></head><body>
<h1>{{{{ doc.title }}}}</h1>
<img src="file:///etc/passwd" alt="a">
<img src="http://127.0.0.1:{port}/img.png" alt="b">
<object data="file:///etc/passwd">c</object>
<a rel="attachment" href="file:///etc/passwd">attachment</a>
<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'%3E%3Cimage href='file:///etc/passwd' width='10' height='10'/%3E%3C/svg%3E" alt="d">
</body></html>
"""


def test_a_hostile_template_reads_no_file_and_no_network(tmp_path: Path) -> None:
    d = tmp_path / "p"
    write_plan(d)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    templates = tmp_path / "t"
    templates.mkdir()
    (templates / "document.html.j2").write_text(HOSTILE.format(port=port), encoding="utf-8")
    out = tmp_path / "x.pdf"
    result = kplan("render", str(d), "--templates", str(templates), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with pytest.raises(TimeoutError):  # nobody came to the port
        listener.accept()
    listener.close()
    with pikepdf.open(out) as doc:
        assert "/EmbeddedFiles" not in doc.Root.get("/Names", {})
        assert "/AF" not in doc.Root
        streams = b"".join(o.read_bytes() for o in doc.objects if isinstance(o, pikepdf.Stream))
    passwd = Path("/etc/passwd").read_bytes()[:40]
    assert passwd not in streams and b"root:x:0:0" not in streams
    assert "Traceback" not in result.stderr


def test_a_template_that_keeps_the_engine_busy_is_stopped() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>{'ord ' * 40}</td></tr>" for i in range(40_000))
    html = f'<!DOCTYPE html><html lang="nb"><title>t</title><table>{rows}</table></html>'
    with pytest.raises(RenderError) as caught:
        pdf_bytes(html, seconds=3)
    assert "longer than 3 seconds" in words(caught.value.message, "en")
    assert words(caught.value.message, "nb").startswith("PDF-en tok mer enn 3 sekunder")


def test_an_engine_out_of_memory_says_so() -> None:
    html = '<!DOCTYPE html><html lang="nb"><title>t</title><p>x</p></html>'
    with pytest.raises(RenderError) as caught:
        pdf_bytes(html, memory=64 << 20)
    said = words(caught.value.message, "en")
    assert "out of time or memory" in said or "could not print" in said
    assert "WeasyPrint klarte ikke å lage PDF-en" in words(caught.value.message, "nb")


def test_without_weasyprint_the_message_says_how_to_install() -> None:
    # a real interpreter without WeasyPrint: Debian's own python3
    python = "/usr/bin/python3"
    probe = subprocess.run([python, "-c", "import weasyprint"], capture_output=True, check=False)
    if probe.returncode == 0 or not Path(python).exists():
        pytest.skip("no interpreter without WeasyPrint here")
    html = '<!DOCTYPE html><html lang="nb"><title>t</title><p>x</p></html>'
    with pytest.raises(RenderError) as caught:
        pdf_bytes(html, python=python)
    assert "pip install weasyprint" in words(caught.value.message, "en")
    assert "libpango" in words(caught.value.message, "nb")
    assert words(caught.value.message, "nb").startswith("PDF krever WeasyPrint og Pango.")


def test_the_checks_can_fail(tmp_path: Path) -> None:
    """pdfcheck finds a PDF that is not PDF/A, a word off the page and a missing page number."""
    html = (
        '<!DOCTYPE html><html lang="nb"><title>t</title><style>@page { size: A5; margin: 1cm }'
        "</style><p style='white-space: nowrap'>" + "langtord " * 60 + "</p></html>"
    )
    out = tmp_path / "plain.pdf"
    out.write_bytes(pdf_bytes(html))
    assert pdfa_problems(out) == []  # the engine always writes PDF/A-2a
    got = pages(out)
    assert outside(got[0]) and page_number(got[0]) is None
    plain = tmp_path / "not-pdfa.pdf"
    with pikepdf.open(out) as doc:
        del doc.Root["/OutputIntents"]
        del doc.Root["/MarkInfo"]
        with doc.open_metadata() as meta:
            meta["pdfaid:part"] = "1"
        doc.save(plain)
    found = " ".join(pdfa_problems(plain))
    assert "OutputIntent" in found and "pdfaid:part" in found and "MarkInfo" in found


def _print_css(**doc: object) -> str:
    """templates/print.css.j2 as the document template includes it, for a `doc` with these
    fields only."""
    env = jinja2.Environment(autoescape=True, loader=jinja2.FileSystemLoader(TEMPLATES))
    return env.get_template("print.css.j2").render(doc=SimpleNamespace(**doc))


def _words_by_page(pdf: bytes, tmp_path: Path) -> dict[str, list[int]]:
    out = tmp_path / "t.pdf"
    out.write_bytes(pdf)
    found: dict[str, list[int]] = {}
    for page in pages(out):
        for word in page.words:
            found.setdefault(word.text, []).append(page.number)
    return found


def test_a_table_header_is_never_alone_at_a_page_foot(tmp_path: Path) -> None:
    # the body of an A4 page is 297 - 20 - 20 = 257 mm; under a spacer of 225 to 249 mm the
    # header and the first row (three lines, kept whole) fit up to a spacer of about 240 mm,
    # and from there on they move to the next page together: one spacer in between would
    # leave room for the header alone
    sections = "".join(
        f'<section class="chapter" style="break-before: page"><div style="height: {h}mm">S{h}</div>'
        f"<table><thead><tr><th>HEAD{h}</th><th>Tekst</th></tr></thead><tbody>"
        f"<tr><td>ROW{h}</td><td>en<br>to<br>tre</td></tr><tr><td>neste</td><td>x</td></tr>"
        "</tbody></table></section>"
        for h in range(225, 250)
    )
    html = (
        f'<!DOCTYPE html><html lang="nb"><title>t</title><style>{_print_css()}</style>'
        f"<body><header class='title-page'><p class='kommune'>K</p><h1>T</h1></header>"
        f"<main>{sections}</main></body></html>"
    )
    words = _words_by_page(pdf_bytes(html), tmp_path)
    for h in range(225, 250):
        assert words[f"HEAD{h}"][0] == words[f"ROW{h}"][0], h
    # the spacers did cross the point where the table moves on
    assert {words[f"HEAD{h}"][0] - words[f"S{h}"][0] for h in range(225, 250)} == {0, 1}


def test_the_page_foot_says_side_n_av_m_in_the_documents_words(tmp_path: Path) -> None:
    css = _print_css(page_words=("Side", "av"), paged=True)
    html = (
        f'<!DOCTYPE html><html lang="nb"><title>t</title><style>{css}</style><body>'
        "<header class='title-page'><p class='kommune'>Testvik kommune</p><h1>Planen</h1>"
        "</header><main><p>en</p><p style='break-before: page'>to</p></main></body></html>"
    )
    out = tmp_path / "p.pdf"
    out.write_bytes(pdf_bytes(html))
    got = pages(out)
    assert len(got) == 3 and page_number(got[0]) is None
    foot = " ".join(w.text for w in got[2].words if w.y0 > got[2].height * 0.93)
    assert foot == "Side 3 av 3"
    head = " ".join(w.text for w in got[1].words if w.y1 < got[1].height * 0.06)
    assert head == "Testvik kommune – Planen"
