"""`kplan render --format docx`: the plan document as a Word file for the saksframlegg. Each file
is opened again (zipfile and the XML, as Word reads it) and its headings, tables, table of
contents, chart images and styles are checked; the same plan gives the same bytes; a reference
document that cannot be used is refused with a message (exit 2); a plan whose text holds raw
HTML, pandoc syntax or `{{...}}` comes out as that text, and a paragraph pandoc takes too long
over is stopped.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from helpers import EXAMPLES, MINIMAL, TODAY, fails, kplan, ok, write_plan
from lost import names_by_id, normal, shown, written

from kplan.check.validate import check
from kplan.document.docx import docx_bytes, reference_doc
from kplan.document.docx_engine import chart_png, prepare
from kplan.document.errors import RenderError
from kplan.document.not_shown import not_shown
from kplan.document.render import render
from kplan.document.stamp import Stamp
from kplan.errors import UsageError
from kplan.present.catalogue import words
from kplan.present.labels import Labels
from kplan.text import Text

pytest.importorskip("pypandoc", reason="pypandoc-binary is a dependency: pip install -e .")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _html(plan: Path, tmp_path: Path, *args: str) -> str:
    out = tmp_path / "plan.html"
    ok(kplan("render", str(plan), "-o", str(out), *args))
    return out.read_text(encoding="utf-8")


class Docx:
    """A Word file opened as Word reads it: its parts, and the body's paragraphs by style."""

    def __init__(self, data: bytes) -> None:
        assert data.startswith(b"PK\x03\x04")
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = self.zip.namelist()
        self.body = ElementTree.fromstring(self.zip.read("word/document.xml"))

    def part(self, name: str) -> str:
        return self.zip.read(name).decode("utf-8")

    def styled(self, style: str) -> list[str]:
        """The text of every paragraph in `style` (Heading2, Title, ...), in order."""
        found = []
        for p in self.body.iter(f"{W}p"):
            ps = p.find(f"{W}pPr/{W}pStyle")
            if ps is not None and ps.get(f"{W}val") == style:
                found.append("".join(t.text or "" for t in p.iter(f"{W}t")))
        return found

    def tables(self) -> list[list[list[str]]]:
        """Every table's rows and cells, as text."""
        return [
            [
                ["".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in row.iter(f"{W}tc")]
                for row in table.iter(f"{W}tr")
            ]
            for table in self.body.iter(f"{W}tbl")
        ]

    def text(self) -> str:
        return "".join(t.text or "" for t in self.body.iter(f"{W}t"))

    def visible(self) -> str:
        """What a reader sees, paragraph by paragraph, with the links' addresses (as
        tests/lost.py reads an HTML document), normalised for comparison."""
        paragraphs = [
            "".join(t.text or "" for t in p.iter(f"{W}t")) for p in self.body.iter(f"{W}p")
        ]
        links = re.findall(r'Target="([^"]*)"', self.part("word/_rels/document.xml.rels"))
        return normal(" ".join(paragraphs + links))

    def images(self) -> list[str]:
        """The text (alt) of every picture, in order."""
        return [d.get("descr") or "" for d in self.body.iter(f"{WP}docPr")]


@pytest.fixture(scope="module")
def oyer(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, bytes]:
    tmp = tmp_path_factory.mktemp("oyer")
    html = _html(EXAMPLES / "oyer", tmp)
    return html, docx_bytes(html)


def test_the_example_has_headings_tables_contents_and_charts(oyer: tuple[str, bytes]) -> None:
    html, data = oyer
    doc = Docx(data)
    # the title once, as Word's Title (and the file's title); the chapters, the HTML's <h2>
    # in order, as Word's Heading 1 (the contents list's own heading, «Innhold», heads Word's
    # contents, not a chapter); their sections, the HTML's <h3>, as Heading 2
    title = re.findall(r"<title>(.*?)</title>", html.split("<body")[0])
    assert doc.styled("Title") == title == ["Strategisk kompetanseplan 2024-2028 – Øyer kommune"]
    assert doc.styled("Heading1")[:4] == [
        "Vedtak og endringer",
        "Bakgrunn og organisering",
        "Forankring, mål og føringer",
        "Hva er kompetanse?",
    ]
    assert "Innhold" not in doc.styled("Heading1")
    assert doc.styled("Heading1") == re.findall(r"<h2\b[^>]*>(.*?)</h2>", html)[1:]
    h3 = re.findall(r"<h3\b[^>]*>(.*?)</h3>", html)
    assert doc.styled("Heading2") == h3 and "Organisering" in h3
    assert "Strategisk kompetanseplan 2024-2028" not in doc.styled("Heading1")
    # Word's table of contents: a field Word fills in, three heading levels, under «Innhold»
    document = doc.part("word/document.xml")
    assert "TOC \\o &quot;1-3&quot;" in document or 'TOC \\o "1-3"' in document
    assert doc.styled("TOCHeading") == ["Innhold"]
    # after the title page, before the first chapter
    texts = [t for t in re.findall(r"<w:t[^>]*>([^<]*)", document) if t]
    assert texts.index("Planeier") < texts.index("Innhold") < texts.index("Vedtak og endringer")
    # every table of the HTML is a Word table; the first (the decisions) cell by cell
    tables = doc.tables()
    assert len(tables) == html.count("<table") and len(tables) > 10
    assert tables[0][0] == ["Organ", "Type", "Saksnummer", "Innhold"]
    assert tables[0][1][:3] == ["Kommunestyret", "Vedtak", "K-sak 131/21"]
    # the title page is in the document (pandoc reads only <main> unless told otherwise)
    assert "Planeier" in doc.text() and "Kommunedirektøren" in doc.text()
    # the action plan's filter is a form for the browser; paper (and Word) shows every action
    assert "Vis tiltak etter" in html and "Vis tiltak etter" not in doc.text()
    # each chart is a PNG with its title as the picture's text; no SVG is left for old Word
    charts = re.findall(r'<svg\b[^>]*aria-labelledby="([^ "]+)', html)
    pngs = [n for n in doc.names if n.startswith("word/media/")]
    assert len(pngs) == len(charts) > 0 and all(n.endswith(".png") for n in pngs)
    assert doc.images()[0] == "Læringsformer mot 70-20-10"
    # each picture full width on its own with its caption under it, not set side by side
    # with the table of its figures in a layout table (pandoc's way with a figure of blocks)
    assert not [t for t in doc.body.iter(f"{W}tbl") if t.find(f".//{W}drawing") is not None]
    assert doc.styled("ImageCaption")[0].startswith("Læringsformer mot 70-20-10. Andelen")
    for name in pngs:
        assert doc.zip.read(name).startswith(b"\x89PNG\r\n\x1a\n")
    # no date from the clock: the zip format's first day, and pandoc's sandbox has no clock
    core = doc.part("docProps/core.xml")
    assert re.findall(r"W3CDTF\">([^<]*)<", core) == ["1970-01-01T00:00:00Z"] * 2
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in doc.zip.infolist())
    assert "<dc:language>nb</dc:language>" in doc.part("docProps/core.xml")


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_nothing_the_plan_says_is_lost_in_word(name: str) -> None:
    # the contract of tests/test_nothing_lost.py, on the Word file made from the HTML
    plan = check(str(EXAMPLES / name), today=TODAY).plan
    assert plan is not None
    stamp = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
    text = Docx(docx_bytes(render(plan, "html", "nb", stamp=stamp))).visible()
    labels, names = Labels("nb"), names_by_id(plan)
    missing = sorted(
        {
            value.path
            for value in written(plan)
            if not not_shown(value.path) and not shown(value, text, labels, names)
        }
    )
    assert not missing, f"in the HTML but not in Word: {missing}"


def test_the_same_document_gives_the_same_bytes(oyer: tuple[str, bytes]) -> None:
    html, data = oyer
    assert docx_bytes(html) == data


def test_the_kommunes_reference_document_gives_the_styles(tmp_path: Path) -> None:
    write_plan(tmp_path / "p")
    html = _html(tmp_path / "p", tmp_path)
    plain = docx_bytes(html)
    # a reference document as a kommune saves one: Word's styles with its own font for
    # headings and a style of its own
    source = zipfile.ZipFile(io.BytesIO(plain))
    ref = tmp_path / "p" / "mal.docx"
    with zipfile.ZipFile(ref, "w") as out:
        for item in source.infolist():
            part = source.read(item.filename)
            if item.filename == "word/styles.xml":
                part = part.replace(
                    b"</w:styles>",
                    b'<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kommunestil">'
                    b'<w:name w:val="Kommunestil"/><w:rPr><w:rFonts w:ascii="Kommune Sans"/>'
                    b"</w:rPr></w:style></w:styles>",
                )
            out.writestr(item, part)
    styled = Docx(docx_bytes(html, reference_doc(str(ref), str(tmp_path / "p"))))
    assert "Kommune Sans" in styled.part("word/styles.xml")
    assert "Kommune Sans" not in Docx(plain).part("word/styles.xml")
    assert styled.styled("Heading2") == Docx(plain).styled("Heading2")


def _refused(path: Path, plan: Path) -> UsageError:
    with pytest.raises(UsageError) as caught:
        reference_doc(str(path), str(plan))
    assert caught.value.exit_code == 2
    return caught.value


def test_a_reference_document_that_cannot_be_used_is_refused(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p")
    missing = _refused(plan / "mal.docx", plan)
    assert isinstance(missing.message, Text) and missing.message.key == "docx.reference.missing"
    assert (
        words(missing.message, "nb") == f"--reference-doc {plan / 'mal.docx'}: filen finnes ikke."
    )
    # a text file under a Word name, a zip that is no Word document, a directory
    (plan / "tekst.docx").write_text("ikke word", encoding="utf-8")
    said = words(_refused(plan / "tekst.docx", plan).message, "nb")
    assert "filen er ikke et Word-dokument (.docx)" in said
    with zipfile.ZipFile(plan / "zip.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    assert "ikke et Word-dokument" in words(_refused(plan / "zip.docx", plan).message, "nb")
    (plan / "mappe.docx").mkdir()
    assert "ikke en vanlig fil" in words(_refused(plan / "mappe.docx", plan).message, "nb")
    # a link in the plan to a file of the machine outside it: a shared plan repository must
    # not make kplan read it
    outside = tmp_path / "hemmelig.docx"
    outside.write_bytes((plan / "tekst.docx").read_bytes())
    (plan / "lenke.docx").symlink_to(outside)
    out = _refused(plan / "lenke.docx", plan).message
    assert isinstance(out, Text) and out.key == "docx.reference.outside"
    assert "utenfor planens mappe" in words(out, "nb")
    assert "outside the plan's directory" in words(out, "en")


def test_a_reference_document_that_would_have_word_fetch_a_template_is_refused(
    tmp_path: Path,
) -> None:
    # Word's attached template on a server (a known way to run macros from a document): pandoc
    # carries the reference document's settings and their links into the file it writes, so
    # every reader of the plan's Word file would fetch it
    plan = write_plan(tmp_path / "p")
    base = zipfile.ZipFile(io.BytesIO(docx_bytes("<html><body><p>mal</p></body></html>")))
    evil = plan / "mal.docx"
    with zipfile.ZipFile(evil, "w") as out:
        for item in base.infolist():
            out.writestr(item, base.read(item.filename))
        out.writestr(
            "word/_rels/settings.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
            'Target="http://127.0.0.1:9/mal.dotm" TargetMode="External"/></Relationships>',
        )
    said = _refused(evil, plan).message
    assert isinstance(said, Text) and said.key == "docx.reference.external"
    assert "hente http://127.0.0.1:9/mal.dotm utenfra" in words(said, "nb")
    # a hyperlink in the template (the kommune's web address in its footer) is only followed
    # when clicked: such a document is used
    with zipfile.ZipFile(plan / "lenke.docx", "w") as out:
        for item in base.infolist():
            out.writestr(item, base.read(item.filename))
        out.writestr(
            "word/_rels/footer1.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/hyperlink" Target="https://testvik.kommune.no" TargetMode="External"/>'
            "</Relationships>",
        )
    assert reference_doc(str(plan / "lenke.docx"), str(plan))


def test_a_reference_document_linked_inside_the_plan_is_read(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p")
    real = plan / "maler" / "mal.docx"
    real.parent.mkdir()
    real.write_bytes(docx_bytes("<html><body><p>mal</p></body></html>"))
    (plan / "mal.docx").symlink_to(real)
    assert reference_doc(str(plan / "mal.docx"), str(plan)) == real.read_bytes()


HOSTILE = (
    "<script>alert(1)</script> <b>fet</b> {{ 7*7 }} {% raw %} ${x} $x$ "
    "[lenke](file:///etc/passwd) ![bilde](/etc/hostname) \\newpage ::: {.x} <!-- c -->"
)


def test_a_plans_hostile_text_is_text_in_word(tmp_path: Path) -> None:
    quoted = HOSTILE.replace("'", "''")
    plan = write_plan(
        tmp_path / "p",
        MINIMAL.replace("text: Kommunen har rett kompetanse.", f"text: '{quoted}'"),
    )
    doc = Docx(docx_bytes(_html(plan, tmp_path)))
    text = doc.text()
    # nothing of it ran or was read: it is the plan's text, in full
    for piece in ("<script>alert(1)</script>", "<b>fet</b>", "{{ 7*7 }}", "{% raw %}", "$x$"):
        assert piece in text, piece
    assert "![bilde](/etc/hostname)" in text and "\\newpage" in text
    assert not [n for n in doc.names if n.startswith("word/media/") and not n.endswith(".png")]
    rels = doc.part("word/_rels/document.xml.rels")
    assert "/etc/hostname" not in rels
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in text


def test_a_template_cannot_make_pandoc_read_a_file() -> None:
    # what a template (not the plan: its text is escaped) could put in the HTML: pandoc's
    # sandbox reads neither the file nor the network
    html = (
        '<html lang="nb"><body><h1>T</h1><img src="file:///etc/passwd" alt="a">'
        '<img src="/etc/hostname" alt="b"><img src="http://127.0.0.1:9/x.png" alt="c">'
        "<p>slutt</p></body></html>"
    )
    doc = Docx(docx_bytes(html))
    assert not [n for n in doc.names if n.startswith("word/media/")]
    assert "slutt" in doc.text() and "root:" not in doc.text()


def test_the_contents_list_becomes_words_and_main_is_read_whole() -> None:
    html = (
        "<html><body><header><h1>Plan</h1><p>forside</p></header>"
        '<nav aria-label="Innhald" class="toc"><h2 id="innhald">Innhald</h2>'
        '<ol><li><a href="#a">Kapittel</a></li></ol></nav>'
        '<main><section><h2 id="a">Kapittel</h2><p>tekst</p></section></main></body></html>'
    )
    prepared, title = prepare(html)
    assert title == "Innhald"
    assert "<nav" not in prepared and "<main" not in prepared and "forside" in prepared
    doc = Docx(docx_bytes(html))
    assert doc.styled("TOCHeading") == ["Innhald"]
    # no <title>: the title page's heading stays, as a heading
    assert doc.styled("Heading1") == ["Plan", "Kapittel"] and "forside" in doc.text()
    # no contents list in the document: none in Word either
    assert prepare("<html><body><p>x</p></body></html>")[1] is None


PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
"""A PNG of one pixel."""


def test_a_chart_that_asks_for_something_outside_itself_is_left_out() -> None:
    # 680 x 170 drawn at twice the size: 1360 x 340 pixels
    drawn = chart_png(
        '<svg xmlns="http://www.w3.org/2000/svg" width="680" height="170">'
        '<rect x="0" y="0" width="10" height="10" fill="#1f4e79"/></svg>'
    )
    assert drawn is not None and drawn.startswith(b"\x89PNG")
    width, height = int.from_bytes(drawn[16:20], "big"), int.from_bytes(drawn[20:24], "big")
    assert (width, height) == (1360, 340)
    # a part of itself, and a PNG it carries inside, are no reading from outside
    inside_only = f'<rect id="a" width="1" height="1"/><use href="#a"/><image href="data:image/png;base64,{PIXEL}" width="1" height="1"/>'
    assert chart_png(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{inside_only}</svg>'
    )
    for inside in (
        '<image href="file:///etc/passwd" width="10" height="10"/>',
        '<image href="/etc/hostname" width="10" height="10"/>',
        '<image href="&#102;ile:///etc/passwd" width="10" height="10"/>',
        '<image href="data:image/svg+xml;base64,PHN2Zy8+" width="10" height="10"/>',
        '<use xlink:href="other.svg#x"/>',
        '<style>@import url("http://127.0.0.1:9/x.css");</style>',
        '<rect fill="url(file:///etc/passwd)" width="1" height="1"/>',
    ):
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{inside}</svg>'
        assert chart_png(svg) is None, inside
    # 100 000 x 100 000 pixels would be 40 GB: not drawn
    assert (
        chart_png('<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="50000"/>') is None
    )


def test_a_paragraph_pandoc_takes_too_long_over_is_stopped() -> None:
    # 5 MB in one paragraph: pandoc's HTML reader takes over a minute; given 3 seconds the
    # engine is stopped (pandoc under it too) and kplan says so
    paragraph = ("ord {{x}} $x$ &lt;b&gt; [a](b) " * 170_000)[:5_000_000]
    html = f'<html lang="nb"><body><h1>T</h1><p>{paragraph}</p></body></html>'
    started = time.monotonic()
    with pytest.raises(RenderError) as caught:
        docx_bytes(html, seconds=3)
    assert time.monotonic() - started < 30
    assert words(caught.value.message, "nb").startswith("Word-dokumentet tok mer enn 3 sekunder")
    assert "longer than 3 seconds" in words(caught.value.message, "en")


def test_an_engine_out_of_memory_says_so() -> None:
    html = '<html lang="nb"><body><p>x</p></body></html>'
    with pytest.raises(RenderError) as caught:
        docx_bytes(html, memory=64 << 20)
    assert words(caught.value.message, "nb").startswith("pandoc klarte ikke å lage Word-dokumentet")


ARMS = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" width="100" height="120">'
    '<path id="s" d="M0 0h100v70q0 40-50 50q-50-10-50-50z" fill="#c8102e"/></svg>'
)


def test_the_coat_of_arms_is_a_picture_in_word(tmp_path: Path) -> None:
    plan = write_plan(
        tmp_path / "p",
        MINIMAL.replace(
            'kommune: {name: Testvik kommune, number: "0301"}',
            'kommune: {name: Testvik kommune, number: "0301", coat_of_arms: vaapen.svg}',
        ),
    )
    (plan / "vaapen.svg").write_text(ARMS, encoding="utf-8")
    html = _html(plan, tmp_path)
    assert 'class="arms"' in html
    doc = Docx(docx_bytes(html))
    media = [n for n in doc.names if n.startswith("word/media/")]
    # drawn to PNG, 400 pixels across (100 x 120 scaled by 4: 400 x 480), for every Word
    assert media and all(n.endswith(".png") for n in media)
    sizes = [doc.zip.read(n)[16:24] for n in media]
    assert (400).to_bytes(4, "big") + (480).to_bytes(4, "big") in sizes
    assert doc.images()[0] != ""  # the first picture, on the title page, says what it is


def test_word_speaks_the_documents_language(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p")
    doc = Docx(docx_bytes(_html(plan, tmp_path, "--lang", "nn")))
    assert doc.styled("TOCHeading") == ["Innhald"]
    assert "<dc:language>nn</dc:language>" in doc.part("docProps/core.xml")
    english = Docx(docx_bytes(_html(plan, tmp_path, "--lang", "en")))
    assert english.styled("TOCHeading") == ["Contents"]


# --- kplan render --------------------------------------------------------------------------


def test_render_writes_word_from_the_name_or_the_format(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p")
    ok(kplan("render", str(plan), "-o", str(tmp_path / "plan.docx")))
    ok(kplan("render", str(plan), "--format", "docx", "-o", str(tmp_path / "b.docx")))
    a, b = (tmp_path / "plan.docx").read_bytes(), (tmp_path / "b.docx").read_bytes()
    assert a == b and Docx(a).styled("Title") == [
        "Strategisk kompetanseplan 2025-2028 – Testvik kommune"
    ]
    # Word has no place on a terminal; a name that says otherwise is refused
    said = fails(kplan("render", str(plan), "-f", "docx"))
    assert "--format docx trenger --output FIL." in said
    fails(kplan("render", str(plan), "-f", "html", "-o", str(tmp_path / "c.docx")))
    assert not (tmp_path / "c.docx").exists()


def test_render_takes_the_reference_document_or_says_why_not(tmp_path: Path) -> None:
    plan = write_plan(tmp_path / "p")
    out = tmp_path / "plan.docx"
    said = fails(
        kplan("render", str(plan), "-o", str(out), "--reference-doc", str(plan / "x.docx"))
    )
    assert "filen finnes ikke" in said and not out.exists()
    (plan / "mal.html").write_text("<p>ikke word</p>", encoding="utf-8")
    said = fails(
        kplan("render", str(plan), "-o", str(out), "--reference-doc", str(plan / "mal.html"))
    )
    assert "ikke et Word-dokument" in said and not out.exists()
    secret = tmp_path / "secret.docx"
    secret.write_bytes(b"PK\x05\x06" + bytes(18))
    (plan / "lenke.docx").symlink_to(secret)
    said = fails(
        kplan("render", str(plan), "-o", str(out), "--reference-doc", str(plan / "lenke.docx"))
    )
    assert "utenfor planens mappe" in said and not out.exists()
    # only Word takes one
    said = fails(
        kplan("render", str(plan), "-o", str(tmp_path / "p.html"), "--reference-doc", str(secret))
    )
    assert "--reference-doc gjelder bare Word (.docx), ikke --format html." in said
    # a good one: its styles are in the file
    ok(kplan("render", str(plan), "-o", str(out)))
    (plan / "mal.docx").write_bytes(out.read_bytes())
    ok(
        kplan(
            "render",
            str(plan),
            "-o",
            str(tmp_path / "m.docx"),
            "--reference-doc",
            str(plan / "mal.docx"),
        )
    )
    assert (tmp_path / "m.docx").read_bytes()[:4] == b"PK\x03\x04"
