"""`kplan render`: golden documents, accessibility, safety, reproducibility and overrides."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from a11y import check, tools
from helpers import EXAMPLES, MINIMAL, Repo, kplan, kplan_process

from kplan.check.validate import check as check_plan
from kplan.document.render import render
from kplan.document.stamp import Stamp
from kplan.plan.model import Plan
from kplan.present.fmt import nok, number
from kplan.present.labels import LANGS, Labels

GOLDEN = Path(__file__).parent / "golden"
STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
CASES = [(ex, fmt, lang) for ex in ("oyer", "stange") for fmt in ("md", "html") for lang in LANGS]


def example(name: str) -> Plan:
    plan = check_plan(str(EXAMPLES / name)).plan
    assert plan is not None
    return plan


@pytest.mark.parametrize(("name", "fmt", "lang"), CASES)
def test_golden(name: str, fmt: str, lang: str, update_golden: bool) -> None:
    got = render(example(name), fmt, lang, stamp=STAMP)
    golden = GOLDEN / f"{name}.{lang}.{fmt}"
    if update_golden:
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no {golden.name}; run pytest --update-golden and read the diff"
    assert got == golden.read_text(encoding="utf-8"), (
        f"{golden.name} differs; if intended, rerun with --update-golden"
    )
    assert "None" not in got
    assert "Laget fra" in got or "Laga frå" in got or "Rendered from" in got


def test_norwegian_formats() -> None:
    t = Labels("nb")
    assert nok(39000) == "39\u00a0000\u00a0kr"
    assert number(1234.5) == "1\u00a0234,5"
    assert t.date(__import__("datetime").date(2025, 8, 1)) == "1. august 2025"
    assert Labels("en").date(__import__("datetime").date(2025, 8, 1)) == "1 August 2025"
    assert t.when("2024-06") == "juni 2024"


def test_lang_follows_malform_and_option(tmp_path: Path) -> None:
    d = tmp_path / "p"
    d.mkdir()
    (d / "kplan.yaml").write_text(
        MINIMAL.replace("status: utkast", "status: utkast\n  language: nn"), "utf-8"
    )
    html = kplan("render", str(d)).stdout
    assert '<html lang="nn">' in html and "Kva er kompetanse?" in html
    html = kplan("render", str(d), "--lang", "en").stdout
    assert '<html lang="en">' in html and "What is competence?" in html


HOSTILE = (
    MINIMAL.replace(
        "title: Strategisk kompetanseplan 2025-2028",
        'title: "Plan {{ 7*7 }} {% raw %}<script>alert(1)</script> | *fet* [lenke](javascript:alert(1))"',
    )
    .replace(
        "title: Ekstern utlysning",
        'title: "Utlysning | med <b>pipe</b> og *stjerne*"',
    )
    .replace(
        "    kind: hovedmål\n",
        '    kind: hovedmål\n    source: {kind: lov, title: Loven, url: "https://lovdata.no/x?a=1&b=<2>"}\n',
    )
)


def test_plan_text_is_data_in_html(tmp_path: Path) -> None:
    d = tmp_path / "p"
    d.mkdir()
    (d / "kplan.yaml").write_text(HOSTILE, encoding="utf-8")
    html = kplan("render", str(d)).stdout
    assert "Plan {{ 7*7 }} {% raw %}" in html  # never compiled as a template
    # kplan's own filter script is the page's one script; the plan's stays text
    assert html.count("<script") == 1 and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>pipe</b>" not in html
    assert 'href="javascript' not in html
    assert 'href="https://lovdata.no/x?a=1&amp;b=%3C2%3E"' in html  # percent-encoded


def test_markdown_tables_stay_whole(tmp_path: Path) -> None:
    d = tmp_path / "p"
    d.mkdir()
    (d / "kplan.yaml").write_text(HOSTILE, encoding="utf-8")
    md = kplan("render", str(d), "--format", "md").stdout
    assert "<script>" not in md and "<b>" not in md
    assert "# Plan {{ 7\\*7 }} {% raw %}\\<script\\>" in md  # shown as written, never run
    tables: dict[int, int] = {}
    block = 0
    for line in md.splitlines():
        if not line.startswith("|"):
            block += 1
            continue
        cells = len(re.split(r"(?<!\\)\|", line))  # unescaped pipes split cells
        assert tables.setdefault(block, cells) == cells, line
    row = next(ln for ln in md.splitlines() if ln.startswith("| ") and "Utlysning" in ln)
    assert "Utlysning \\| med \\<b\\>pipe\\</b\\> og \\*stjerne\\*" in row


def test_missing_sections_say_so(tmp_path: Path) -> None:
    d = tmp_path / "p"
    d.mkdir()
    text = MINIMAL.replace(
        "competence_concept:\n  definition: Kunnskaper, ferdigheter, holdninger og evner.\n", ""
    )
    (d / "kplan.yaml").write_text(text, encoding="utf-8")
    md = kplan("render", str(d), "-f", "md").stdout
    section = md.split("## Hva er kompetanse?")[1].split("## ")[0]
    assert "_Planen sier ikke noe om dette ennå._" in section


def test_same_commit_same_bytes_stamped_with_the_commit(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.write("plan/kplan.yaml", MINIMAL)
    commit = repo.commit("plan")
    first = repo.kplan("render", "plan", "-o", "a.html")
    assert first.returncode == 0, first.stderr
    second = repo.kplan("render", "plan", "-o", "b.html")
    assert second.returncode == 0
    a, b = (repo.root / "a.html").read_bytes(), (repo.root / "b.html").read_bytes()
    assert a == b
    assert f"git {commit[:12]}, 1. januar 2025".encode() in a
    assert oct((repo.root / "a.html").stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    repo.edit("plan/kplan.yaml", "utkast", "høring")
    dirty = repo.kplan("render", "plan").stdout
    assert "med endringer som ikke er lagret i git" in dirty


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_templates_override(tmp_path: Path) -> None:
    d = tmp_path / "p"
    d.mkdir()
    (d / "kplan.yaml").write_text(MINIMAL, encoding="utf-8")
    custom = tmp_path / "maler"
    custom.mkdir()
    (custom / "document.md.j2").write_text("EGEN MAL: {{ doc.title }}\n", encoding="utf-8")
    result = kplan("render", str(d), "-f", "md", "--templates", str(custom))
    assert result.stdout == "EGEN MAL: Strategisk kompetanseplan 2025-2028\n"
    # the HTML template is not overridden, so the default is used
    assert "<!DOCTYPE html>" in kplan("render", str(d), "--templates", str(custom)).stdout
    missing = kplan("render", str(d), "--templates", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "mappen finnes ikke" in missing.stderr


def test_pdf_from_the_command_line(tmp_path: Path) -> None:
    """The whole way from the command line to WeasyPrint and back, in a real process; the PDF's
    own checks are in test_pdf.py."""
    d = tmp_path / "p"
    d.mkdir()
    (d / "kplan.yaml").write_text(MINIMAL, encoding="utf-8")
    out = tmp_path / "plan.pdf"
    result = kplan_process("render", str(d), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-1.7")
    assert out.stat().st_mode & 0o044 == 0o044  # readable by others, like the HTML


A11Y = [(ex, lang) for ex in ("oyer", "stange") for lang in LANGS]


def test_html_is_valid_and_accessible(tmp_path: Path) -> None:
    """Every HTML document passes the Nu checker and axe (WCAG 2.1 AA). The six are checked in
    one vnu run and one Chromium, since starting those is most of the time."""
    found = tools()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Java, Chromium, vnu-jar and axe-core (see .ci/run)")
        pytest.skip("vnu/axe/Chromium not installed here; set KPLAN_A11Y_DIR (see tests/a11y.py)")
    pages = []
    for name, lang in A11Y:
        page = tmp_path / f"{name}.{lang}.html"
        page.write_text(render(example(name), "html", lang, stamp=STAMP), encoding="utf-8")
        pages.append(page)
    problems = check(found, pages)
    assert sorted(problems) == sorted(p.name for p in pages)  # each one was checked
    failed = {name: found for name, found in problems.items() if found}
    assert failed == {}, "\n".join(f"{n}: {p}" for n, found in failed.items() for p in found)


def test_render_can_include_the_yearly_follow_up() -> None:
    md = render(example("stange"), "md", "nb", stamp=STAMP, follow_up=2024)
    section = md.split("## Oppfølging av kompetanseplanen 2024")[1]
    assert (
        "| Tiltak | Enhet | Status | Periode | Planlagt 2024 | Brukt 2024 | Evaluering |" in section
    )
    assert "er evaluert på Kirkpatrick-nivå 2 eller høyere" in section
    assert "## Oppfølging av" not in render(example("stange"), "md", "nb", stamp=STAMP)


def test_a_line_break_in_a_title_keeps_the_markdown_heading(tmp_path: Path) -> None:
    d = tmp_path / "p"
    d.mkdir()
    text = MINIMAL.replace(
        "title: Strategisk kompetanseplan 2025-2028", 'title: "Strategisk\\nkompetanseplan"'
    )
    (d / "kplan.yaml").write_text(text, encoding="utf-8")
    md = kplan("render", str(d), "-f", "md").stdout
    assert md.startswith("# Strategisk kompetanseplan\n")


# --- plan text is data: every text field of a real plan carries markup, the document keeps
# the shape it has with plain text -----------------------------------------------------------

PAYLOAD = (
    "<script>alert(1)</script> | # [x](javascript:alert(1)) &amp; ![i](data:x) "
    "<img src=x onerror=alert(1)> *em* `c` ~s~ $m$ %%{init: {}}%% ::: ; click t1 \x1b[31m"
    "\n- item\n \n```\n    code\n[ref]: javascript:alert(1)\n1. one\nsection s\n=====\n"
)
# dates and codes the view parses, and choices the model allows only from a list (columns of
# the action table, reasons a cost has no amount): a view may look their words up
KEEP = {
    "start",
    "end",
    "language",
    "number",
    "former_numbers",
    "date",
    "deadline",
    "done",
    "due",
    "applies_from",
    "columns",
    "group_by",
    "no_amount",
}
# (no blank line in PAYLOAD: the view makes one paragraph per blank-line-separated part)


def _poisoned(value: object, text: str) -> object:
    """The value with text put into every string field (URLs become javascript: links)."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        changes = {}
        for name in type(value).model_fields:
            if name in KEEP:
                continue
            got = getattr(value, name)
            changes[name] = "javascript:alert(1)" if name == "url" and got else _poisoned(got, text)
        return value.model_copy(update=changes)
    if isinstance(value, str):
        return f"{text} {value}"
    if isinstance(value, list | tuple):
        return type(value)(_poisoned(v, text) for v in value)
    return value


def _md_shape(md: str) -> list[str]:
    from markdown_it import MarkdownIt

    shape = []
    for tok in MarkdownIt("commonmark").enable("table").parse(md):
        assert tok.type not in ("html_block", "html_inline"), tok
        if tok.type == "fence":
            assert tok.info == "mermaid", tok
            shape += [line.split()[0] for line in tok.content.splitlines()]
        for child in tok.children or []:
            assert child.type not in ("html_inline", "image"), child
            if child.type == "link_open":
                assert re.match(r"(https?://|mailto:)", str(child.attrs["href"])), child
            shape.append(child.type)
        shape.append(tok.type)
    return shape


class _Shape(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.shape: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.shape.append(f"<{tag} {' '.join(sorted(a for a, _ in attrs))}>")
        for name, value in attrs:
            if name == "href":
                assert re.match(r"(https?://|mailto:|#)", value or ""), value

    def handle_endtag(self, tag: str) -> None:
        self.shape.append(f"</{tag}>")


def _html_shape(html: str) -> list[str]:
    parser = _Shape()
    parser.feed(html)
    return parser.shape


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_markup_in_every_field_stays_text(name: str) -> None:
    from kplan.document.render import environment
    from kplan.document.results import collect
    from kplan.document.view import build

    plan = example(name)
    results = collect(plan)
    for fmt, shape in (("md", _md_shape), ("html", _html_shape)):
        docs = []
        for text in ("plain", PAYLOAD):
            document = build(_poisoned(plan, text), results, Labels("nb"))  # type: ignore[arg-type]
            env = environment(fmt)
            docs.append(env.get_template(f"document.{fmt}.j2").render(doc=document))
        plain, hostile = docs
        assert shape(hostile) == shape(plain), fmt  # links and raw HTML are checked there too
        # «\<» is shown as «<» in md; the one <script> in HTML is kplan's own, in both
        raw = r"(?<!\\)<(script|img)"
        assert len(re.findall(raw, hostile)) == len(re.findall(raw, plain)) <= 1
        assert "\x1b" not in hostile and "␛" in hostile  # shown, not sent to a terminal


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "&#106;avascript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "/relative/path",
        "https:/missing-slash",
        "https://x.no/a b",
        "https://x.no/\x00",
    ],
)
def test_only_http_and_mailto_links(url: str) -> None:
    from kplan.present.markdown import safe_url

    assert safe_url(url) is None


def test_safe_links_are_percent_encoded() -> None:
    from kplan.present.markdown import safe_url

    assert safe_url("HTTPS://x.no/a") == "HTTPS://x.no/a"
    assert safe_url("mailto:post@testvik.kommune.no") == "mailto:post@testvik.kommune.no"
    assert safe_url('https://x.no/"><script>\\') == "https://x.no/%22%3E%3Cscript%3E%5C"


EXTREMES = [
    [0.0, 0.0, 0.0],
    [-5.0, 3.0, -1e6],
    [1e300, 2.0, 1e-300],
    [float("nan"), float("inf"), float("-inf")],
    [10**400, -(10**400), 7],
]


@pytest.mark.parametrize("values", EXTREMES)
def test_charts_draw_any_figures(values: list[float]) -> None:
    import datetime as dt
    import math
    from xml.etree import ElementTree

    from kplan.document.charts import bar_chart, mix_chart, timeline_chart

    long = "Avdeling med et svært langt navn " * 20 + "<&>\"'"
    charts = [
        bar_chart(
            "T", "D", ["2025", "2026", "2027"], [(f"{long} {i}", values) for i in range(500)], "kr"
        ),
        bar_chart("T", "D", [], [], "kr"),
        mix_chart("T", "D", ["a", "b", "c"], values, list(reversed(values)), ("x", "y")),
        timeline_chart(
            "T",
            "D",
            [(f"{long} {i}", dt.date(1900, 1, 1), dt.date(2200, 12, 31)) for i in range(500)],
            dt.date(1900, 1, 1),
            dt.date(2200, 12, 31),
        ),
    ]
    for chart in charts:
        svg = ElementTree.fromstring(str(chart.svg))  # well-formed XML
        for el in svg.iter():
            for name in ("x", "y", "x1", "x2", "y1", "y2", "width", "height"):
                if name in el.attrib:
                    number = float(el.attrib[name])
                    assert math.isfinite(number), (name, el.attrib)
                    assert name not in ("width", "height") or number >= 0, el.attrib
        assert len(str(chart.svg)) < 200_000
        assert not re.search(r"\b(nan|inf)\b", chart.mermaid)


def test_a_chapter_over_a_million_characters_renders() -> None:
    """A macro's result is document text: a large plan's chapter (megabytes) is not a step
    over the sandbox's size cap, but a kommune's macros stay within the document's cap."""
    from jinja2.exceptions import SecurityError

    from kplan.document.render import environment
    from kplan.document.sandbox import Sandbox

    source = '{% macro m() %}{{ "x" * 900000 }}{{ "y" * 900000 }}{% endmacro %}{{ m() }}'
    assert len(environment("html").from_string(source).render()) == 1_800_000
    with pytest.raises(SecurityError, match="longer than"):
        Sandbox(output_limit=1_000_000).from_string(source).render()
