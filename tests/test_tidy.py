"""A tidy document (issue 12): the rendered documents of both examples and of small plans, read
back as a reader sees them (headings, the numbered contents, tables), hold as a class:

- no table column is empty in every row;
- no heading is shown twice (two headings in a row with the same text, or a heading directly
  followed by a table captioned with the same text) nor numbered twice (a title in the
  numbered contents that starts with a number of its own);
- an amount cell (a column of costs) carries «kr»;
- «illustrativt» is said at most once per table, and an illustrative row stays identifiable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from helpers import EXAMPLES, make_plan
from lost import written

from kplan.check.validate import check as check_plan
from kplan.document.render import render
from kplan.document.stamp import Stamp
from kplan.plan.model import Plan
from kplan.present.labels import LANGS, Labels
from kplan.present.labels_actions import action_label

STAMP = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
CASES = [(ex, fmt, lang) for ex in ("oyer", "stange") for fmt in ("md", "html") for lang in LANGS]
NUMBERED = re.compile(r"^\s*\d+(\.\d+)*\.?\s")


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Read:
    """What a reader meets, in order: ("h", text) for a heading, ("table", index) for a table."""

    flow: list[tuple[str, str | int]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    toc: list[str] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)
    """The level of each heading, in the order of `headings`."""

    @property
    def headings(self) -> list[str]:
        return [str(x) for kind, x in self.flow if kind == "h"]


def _clean(text: str) -> str:
    return " ".join(text.split())


def read_md(doc: str) -> Read:
    out = Read()
    lines = doc.splitlines()
    unescape = lambda s: _clean(re.sub(r"\\(.)", r"\1", s))  # noqa: E731
    in_toc = False
    levels: list[tuple[str, str]] = []
    caption = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if m := re.match(r"^(#{1,6}) (.*)$", line):
            # the contents are the list under the first level-2 heading
            in_toc = m.group(1) == "##" and not any(kind == "h2" for kind, _ in levels)
            levels.append((f"h{len(m.group(1))}", m.group(2)))
            out.flow.append(("h", unescape(m.group(2))))
            out.levels.append(len(m.group(1)))
            caption = ""
        elif in_toc and (m := re.match(r"^\d+\. (.*)$", line)):
            out.toc.append(unescape(m.group(1)))
        elif m := re.match(r"^\*\*(.*)\*\*$", line):
            caption = unescape(m.group(1))
        elif line.startswith("|"):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append([unescape(c) for c in re.split(r"(?<!\\)\|", lines[i])[1:-1]])
                i += 1
            out.tables.append(Table(caption, block[0], block[2:]))
            out.flow.append(("table", len(out.tables) - 1))
            caption = ""
            continue
        elif line.strip() and not line.startswith("```"):
            caption = caption if not line.strip() else ""
        i += 1
    return out


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Read()
        self.text: list[str] | None = None
        self.where = ""
        self.nav = 0
        self.lists: list[str] = []  # the lists open inside the nav: only an <ol> numbers
        self.row: list[str] = []
        self.figure = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "nav":
            self.nav += 1
        elif tag in {"ol", "ul"} and self.nav:
            self.lists.append(tag)
        elif tag == "figure":
            self.figure = True
        elif tag == "table":
            self.out.tables.append(Table("", []))
            if not self.figure:  # a chart's own figures follow its caption in the flow
                self.out.flow.append(("table", len(self.out.tables) - 1))
        elif tag == "tr":
            self.row = []
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6", "caption", "th", "td", "a", "figcaption"}:
            self.text, self.where = [], tag

    def handle_data(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self.nav -= 1
        elif tag in {"ol", "ul"} and self.nav and self.lists:
            self.lists.pop()
        if self.text is None or tag != self.where:
            if tag == "tr" and self.out.tables and self.row:
                t = self.out.tables[-1]
                if not t.header:
                    t.header = self.row
                else:
                    t.rows.append(self.row)
            return
        text = _clean("".join(self.text))
        self.text = None
        if tag == "a" and self.nav and self.lists[-1:] == ["ol"]:
            self.out.toc.append(text)
        elif tag.startswith("h") and tag != "th" and not self.nav:
            self.out.flow.append(("h", text))
            self.out.levels.append(int(tag[1]))
        elif tag == "caption":
            self.out.tables[-1].caption = text
        elif tag == "figcaption":
            self.out.flow.append(("chart", text))
            self.figure = False
        elif tag in {"th", "td"}:
            self.row.append(text)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass


def read_html(doc: str) -> Read:
    # cells may hold links: the parser keeps the cell's text and ignores the nested <a>
    doc = re.sub(r"<td([^>]*)><a [^>]*>(.*?)</a>", r"<td\1>\2", doc)
    p = _Html()
    p.feed(doc)
    p.close()
    return p.out


def read(doc: str, fmt: str) -> Read:
    return read_md(doc) if fmt == "md" else read_html(doc)


def example(name: str) -> Plan:
    plan = check_plan(str(EXAMPLES / name)).plan
    assert plan is not None
    return plan


# --- the checks, one function per rule: each returns what breaks it ---------------------------


def empty_columns(r: Read) -> list[str]:
    return [
        f"{t.caption or t.header[0]!r}: column {h!r} is empty in every row"
        for t in r.tables
        for i, h in enumerate(t.header)
        if t.rows and all(i >= len(row) or not row[i] for row in t.rows)
    ]


def twice(r: Read) -> list[str]:
    out = []
    for (kind, x), (kind2, y) in zip(r.flow, r.flow[1:], strict=False):
        if kind == "h" and kind2 == "h" and _norm(str(x)) == _norm(str(y)):
            out.append(f"two headings in a row: {x!r}")
        if kind == "h" and kind2 == "table":
            caption = r.tables[int(y)].caption
            if caption and _norm(caption) == _norm(str(x)):
                out.append(f"heading {x!r} captions its table again")
            if any(_norm(h) == _norm(str(x)) for h in r.tables[int(y)].header):
                out.append(f"heading {x!r} heads a column of its table again")
        if kind == "h" and kind2 == "chart" and _norm(str(y)).startswith(_norm(str(x)) + "."):
            out.append(f"heading {x!r} is its chart's caption again")
    for tb in r.tables:
        if tb.caption and any(_norm(h) == _norm(tb.caption) for h in tb.header):
            out.append(f"caption {tb.caption!r} heads a column of its table again")
    return out


def under_itself(r: Read, own: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Headings titled like a heading they stand under («Vedlegg» in «Vedlegg»), but for the
    titles in `own`, which the plan wrote so."""
    out, above = [], []  # (level, text) of the headings the current one stands under
    for level, text in zip(r.levels, r.headings, strict=True):
        above = [(lv, x) for lv, x in above if lv < level]
        if text not in own and any(_norm(x) == _norm(text) for _, x in above):
            out.append(f"{text!r} stands under a heading of the same title")
        above.append((level, text))
    return out


def _norm(text: str) -> str:
    return NUMBERED.sub("", text).casefold().strip()


def numbered_twice(r: Read) -> list[str]:
    return [
        f"{x!r} carries a number inside the numbered contents" for x in r.toc if NUMBERED.match(x)
    ]


def amounts(r: Read, t: Labels) -> list[str]:
    money = {t["gross"], t["grants"], t["net"], action_label(t, "actions.col.cost")}
    return [
        f"{cell!r} in column {h!r} has no «kr»"
        for tb in r.tables
        for i, h in enumerate(tb.header)
        if h in money
        for row in tb.rows
        if i < len(row)
        for cell in [row[i]]
        if re.search(r"\d", cell) and "kr" not in cell
    ]


def illustrative_once(r: Read, t: Labels, own: tuple[str, ...] = ()) -> list[str]:
    """Tables that say «illustrativt» more than once, beyond what the plan's own texts `own`
    say (a title «... (illustrativt, ikke fra planen)» is the user's, shown as written)."""
    word = t["illustrative"].casefold()
    out = []
    for tb in r.tables:
        text = " ".join([tb.caption, *tb.header, *(c for row in tb.rows for c in row)]).casefold()
        for said in own:
            text = text.replace(said.casefold(), "")
        if text.count(word) > 1:
            out.append(f"{tb.caption or tb.header[0]!r} says {word!r} {text.count(word)} times")
    return out


def _numbered_by_plan(plan: Plan) -> set[str]:
    return {a.title for a in plan.appendices}


def _own_words(plan: Plan) -> tuple[str, ...]:
    return tuple(
        str(v.value)
        for v in written(plan)
        if isinstance(v.value, str) and "illustrativ" in v.value.casefold()
    )


@pytest.mark.parametrize(("name", "fmt", "lang"), CASES)
def test_examples_are_tidy(name: str, fmt: str, lang: str) -> None:
    plan = example(name)
    doc = render(plan, fmt, lang, stamp=STAMP)
    r, t = read(doc, fmt), Labels(lang)
    assert r.tables and r.headings and r.toc, "the reader found no tables, headings or contents"
    faults = empty_columns(r) + twice(r) + numbered_twice(r) + amounts(r, t)
    faults += under_itself(r, _numbered_by_plan(plan))
    faults += illustrative_once(r, t, _own_words(plan))
    assert not faults, "\n".join(faults)


# --- the readers and checks can fail: small documents that break each rule -------------------


def test_checks_catch_what_they_look_for() -> None:
    t = Labels("nb")
    md = (
        "# Tittel\n\n## Innhold\n\n1. 5. Analyse\n2. Tiltak\n\n## Tiltak\n\n### Tiltak\n\n"
        "**Kostnader**\n\n| År | Netto | Merknad | \n|---|---:|---|\n| 2025 | 100 | | \n"
        "| 2026 | 200 kr | | \n\n"
        "| Kompetanse | \n|---|\n| A (illustrativt) | \n| B (illustrativt) | \n"
    )
    r = read_md(md)
    assert r.toc == ["5. Analyse", "Tiltak"]
    assert numbered_twice(r) == ["'5. Analyse' carries a number inside the numbered contents"]
    assert twice(r) == ["two headings in a row: 'Tiltak'"]
    assert under_itself(r) == ["'Tiltak' stands under a heading of the same title"]
    heads = read_md("## SWOT\n\n| SWOT | Punkt | \n|---|---|\n| Styrker | Fagmiljø | \n")
    assert twice(heads) == ["heading 'SWOT' heads a column of its table again"]
    assert empty_columns(r) == ["'Kostnader': column 'Merknad' is empty in every row"]
    assert amounts(r, t) == ["'100' in column 'Netto' has no «kr»"]
    assert illustrative_once(r, t) == ["'Kompetanse' says 'illustrativt' 2 times"]
    html = (
        '<nav class="toc"><ol><li><a href="#a">Analyse</a></li></ol></nav>'
        "<h2>Kostnader</h2><table><caption>Kostnader</caption><thead><tr><th>År</th>"
        "<th>Brutto</th></tr></thead><tbody><tr><td>2025</td><td>5</td></tr></tbody></table>"
    )
    h = read_html(html)
    assert h.toc == ["Analyse"]
    assert twice(h) == ["heading 'Kostnader' captions its table again"]
    assert amounts(h, t) == ["'5' in column 'Brutto' has no «kr»"]
    chart = "<h3>Kostnader</h3><figure><table><tr><th>År</th></tr></table>"
    chart += "<figcaption>Kostnader. Stolpene viser netto.</figcaption></figure>"
    assert twice(read_html(chart)) == ["heading 'Kostnader' is its chart's caption again"]


# --- plans written for the rules ---------------------------------------------------------------


def _competences(flags: list[bool]) -> Plan:
    return make_plan(
        competences=[
            {"id": f"k{i}", "name": f"Kompetanse {i}", "kind": "annet", "illustrative": flag}
            for i, flag in enumerate(flags)
        ]
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_row_illustrative_is_said_once(fmt: str, lang: str) -> None:
    # three competences, all made up: the table says so once, and no row repeats it
    doc = render(_competences([True, True, True]), fmt, lang, stamp=STAMP)
    t = Labels(lang)
    (table,) = [x for x in read(doc, fmt).tables if "Kompetanse 0" in str(x.rows)]
    word = t["illustrative"]
    said = " ".join([table.caption, *table.header, *(c for row in table.rows for c in row)])
    assert said.count(word) == 1
    assert [row[0] for row in table.rows] == ["Kompetanse 0", "Kompetanse 1", "Kompetanse 2"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_some_rows_illustrative_are_marked_and_explained_once(fmt: str, lang: str) -> None:
    # of three competences the middle one is made up: only its row carries the mark, and the
    # mark is explained once in the column's header
    doc = render(_competences([False, True, False]), fmt, lang, stamp=STAMP)
    t = Labels(lang)
    (table,) = [x for x in read(doc, fmt).tables if "Kompetanse 0" in str(x.rows)]
    said = " ".join([table.caption, *table.header, *(c for row in table.rows for c in row)])
    assert said.count(t["illustrative"]) == 1
    names = [row[0] for row in table.rows]
    assert names[0] == "Kompetanse 0" and names[2] == "Kompetanse 2"
    assert names[1] != "Kompetanse 1" and names[1].startswith("Kompetanse 1")
    mark = names[1].removeprefix("Kompetanse 1").strip()
    assert f"{mark} = {t['illustrative']}" in table.header[0]


def test_no_empty_columns_in_plans_that_leave_fields_out() -> None:
    # an evaluation that names a method but no indicator or result, and learning arenas
    # without a description: the tables have no Indikator, Resultat or Beskrivelse column
    plan = make_plan(
        actions=[
            {
                "id": "a",
                "title": "Kurs",
                "strategy": "utvikle",
                "evaluation": [{"level": 2, "method": "Samtale"}],
            }
        ],
        evaluation={"text": ["Årlig."]},
        learning={"arenas": [{"id": "nettverk", "name": "Nettverk", "form": 20}]},
    )
    for fmt in ("md", "html"):
        r = read(render(plan, fmt, "nb", stamp=STAMP), fmt)
        assert not empty_columns(r), empty_columns(r)
        headers = [h for tb in r.tables for h in tb.header]
        assert "Indikator" not in headers and "Resultat" not in headers
        assert "Læringsarena" in headers and "Beskrivelse" not in headers


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_group_description_stands_under_its_heading(fmt: str) -> None:
    # a free block with a title, a text and a list: the title comes first, then the text
    # that describes the list, then the list; the title is said once
    plan = make_plan(
        content=[
            {
                "chapter": "background",
                "title": "Prinsipper",
                "blocks": [
                    {
                        "title": "Prinsippene",
                        "text": "Vi bygger på tre prinsipper.",
                        "bullets": ["Læring i arbeidet", "Deling av kunnskap"],
                    }
                ],
            }
        ]
    )
    doc = render(plan, fmt, "nb", stamp=STAMP)
    heading = doc.index("Prinsippene")
    assert heading < doc.index("Vi bygger på tre prinsipper.") < doc.index("Læring i arbeidet")
    assert doc.count("Prinsippene") == 1


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "Minst: 36 årsverk (lege)"),
        ("nn", "Minst: 36 årsverk (lege)"),
        ("en", "At least: 36 FTE (lege)"),
    ],
)
def test_a_count_says_what_it_counts(lang: str, said: str) -> None:
    # «Minst 36» of what: the count requirement (basis årsverk, kplan's default) says the
    # unit beside the figure, and «Måles i» is not said again; a person count says personer
    req = {
        "id": "leger",
        "kind": "count",
        "title": "Legedekning",
        "units": ["kommunen"],
        "source": {"kind": "lokalt mål", "title": "Helseplan"},
        "competences": ["lege"],
        "minimum": 36,
    }
    persons = {
        **req,
        "id": "akutt",
        "title": "Akutt",
        "competences": ["akuttmed"],
        "minimum": 2,
        "basis": "personer",
        "agreed": 1,
    }
    doc = render(make_plan(requirements=[req, persons]), "md", lang, stamp=STAMP)
    t = Labels(lang)
    assert said in doc
    assert f"2 {t.value('personer')} (akuttmed)" in doc and f"1 {t.value('personer')}" in doc
    basis = {"nb": "Måles i", "nn": "Målast i", "en": "Measured in"}[lang]
    assert f"{basis}:" not in doc


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_follow_up_names_units(fmt: str) -> None:
    # the yearly follow-up of Stange names the unit of each action, not its id
    doc = render(example("stange"), fmt, "nb", stamp=STAMP, follow_up=2025)
    (table,) = [x for x in read(doc, fmt).tables if x.header[:2] == ["Tiltak", "Enhet"]]
    units = {row[1] for row in table.rows}
    assert "Helse- og omsorgssentrene" in units
    assert not {"helse-omsorgssentrene", "helse-og-omsorg"} & units


def test_a_competence_form_is_named_not_given_by_id() -> None:
    # the plan names a competence's form by the id of a form in its concept: the catalogue
    # shows the form's name
    plan = make_plan(
        competence_concept={
            "dimensions": [
                {"name": "ferdigheter", "forms": [{"id": "digi", "name": "Digital kompetanse"}]}
            ]
        },
        competences=[{"id": "k", "name": "Visma", "kind": "kurs", "form": "digi"}],
    )
    (table,) = [
        x for x in read_md(render(plan, "md", "nb", stamp=STAMP)).tables if x.header[-1] == "Form"
    ]
    assert table.rows == [["Visma", "kurs", "Digital kompetanse"]]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_plan_with_many_tables_is_tidy(fmt: str, lang: str) -> None:
    # the 10-FAKTOR list, a driver, a SWOT, the Kirkpatrick levels and the follow-up routines:
    # no column header repeats the heading or caption above it, and no column is left empty
    plan = make_plan(
        competence_concept={"ten_factor": [{"number": 1, "name": "Indre motivasjon"}]},
        drivers=[{"id": "elever", "name": "Elever", "values": {2025: 200, 2026: 190}}],
        swot=[{"strengths": ["Fagmiljø"], "threats": ["Rekruttering"]}],
        evaluation={
            "kirkpatrick": [{"level": 1, "name": "Reaksjoner", "methods": ["Samtale"]}],
            "follow_up": [{"what": "Årsrapport", "who": "Rådmann"}],
        },
    )
    r = read(render(plan, fmt, lang, stamp=STAMP), fmt)
    headers = {h for tb in r.tables for h in tb.header}
    assert {"Indre motivasjon", "Elever", "Fagmiljø", "Reaksjoner", "Årsrapport"} <= {
        c for tb in r.tables for row in tb.rows for c in row
    }
    assert not twice(r) and not empty_columns(r) and not under_itself(r), (
        twice(r) + empty_columns(r) + under_itself(r)
    )
    t = Labels(lang)
    assert t["ten_factor"] not in headers and t["drivers"] not in headers
    assert t["swot"] not in headers and t["follow_up"] not in headers


def test_figures_of_the_inventory_align_right() -> None:
    # Øyer's inventory: Enhet, Kompetanse, Rolle, Personer, Årsverk, ... ; the two figure
    # columns (4th and 5th) align right, the text columns left
    lines = render(example("oyer"), "md", "nb", stamp=STAMP).splitlines()
    at = next(i for i, x in enumerate(lines) if x.startswith("| Enhet | Kompetanse (illustrativt)"))
    assert lines[at + 1].split("|")[1:6] == ["---", "---", "---", "---:", "---:"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_free_section_titled_as_its_chapter_is_not_a_second_heading(fmt: str) -> None:
    # free sections for «Vedlegg» (the appendices chapter, which the plan has no other
    # content for) and for «Evaluering og oppfølging», each titled as its chapter: the text
    # stands in the chapter, under one heading
    plan = make_plan(
        content=[
            {"chapter": "appendices", "title": "Vedlegg", "blocks": [{"text": "Skjema A."}]},
            {
                "chapter": "evaluation",
                "title": "evaluering og oppfølging",
                "blocks": [{"text": "Årlig rapport."}],
            },
        ]
    )
    doc = render(plan, fmt, "nb", stamp=STAMP)
    r = read(doc, fmt)
    assert r.headings.count("Vedlegg") == 1 and "Skjema A." in doc
    assert [h.casefold() for h in r.headings].count("evaluering og oppfølging") == 1
    assert "Årlig rapport." in doc
    assert not under_itself(r) and not twice(r)


def test_a_row_that_says_it_is_illustrative_needs_no_mark() -> None:
    # of two competences only the second is illustrative, and its own name says so: no «*»
    # beside it and no «* = illustrativt» above it (the plan's words say it once)
    plan = make_plan(
        competences=[
            {"id": "a", "name": "Ekte", "kind": "annet"},
            {"id": "b", "name": "Oppdiktet (illustrativt)", "kind": "annet", "illustrative": True},
        ]
    )
    (table,) = [
        x for x in read_md(render(plan, "md", "nb", stamp=STAMP)).tables if "Ekte" in str(x.rows)
    ]
    assert table.header[0] == "Kompetanse"
    assert [row[0] for row in table.rows] == ["Ekte", "Oppdiktet (illustrativt)"]
