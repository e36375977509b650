"""kplan.document.yaml_edit: edits of a plan file keep every byte they do not change.

Every expected text below is written out in full: the test fails on any byte that moves."""

from __future__ import annotations

import datetime as dt

import pytest

from kplan.document.yaml_edit import REMOVE, Editor
from kplan.document.yaml_nodes import EditError
from kplan.read.yaml_loader import parse_text

PLAN = """\
# Tiltaksplan for Helse og omsorg
kplan: 1

actions:
  # the first action
  - id: "t-sykepleiere"  # kept
    title: "Ekstern utlysing"
    needs: ["n-sykepleiere"]
    unit: "helse-omsorg"
    strategy: rekruttere
    notes: |
      Første linje.
      Andre linje.

  - id: t-øvelse
    title: 'Brannøvelse på Øyer'
    period: {start: 2025, end: 2026}
    status: planlagt
"""


def edited(text: str, *edits: tuple[int, tuple[str, ...], object]) -> str:
    e = Editor(text)
    for index, key, value in edits:
        e.set(("actions", index), key, value)
    return e.result()


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    """The lines that differ, pairwise; both texts must have as many lines."""
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(a) == len(b)
    return [(x, y) for x, y in zip(a, b, strict=True) if x != y]


def test_one_value_changes_one_line_and_keeps_its_quotes() -> None:
    after = edited(PLAN, (0, ("title",), "Ekstern utlysing av stillinger"))
    assert changed_lines(PLAN, after) == [
        ('    title: "Ekstern utlysing"\n', '    title: "Ekstern utlysing av stillinger"\n')
    ]


def test_single_quotes_stay_single_and_æøå_are_kept() -> None:
    after = edited(PLAN, (1, ("title",), "Brannøvelse i Øyer's hall"))
    assert changed_lines(PLAN, after) == [
        ("    title: 'Brannøvelse på Øyer'\n", "    title: 'Brannøvelse i Øyer''s hall'\n")
    ]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("no", '"no"'),  # YAML 1.1 reads no as false
        ("0301", '"0301"'),  # a number with its zero lost
        ("2025-01-01", '"2025-01-01"'),  # a date, not text
        ("a: b", '"a: b"'),  # a mapping
        ("kurs #2", '"kurs #2"'),  # a comment
        ("null", '"null"'),
        ("utvikle", "utvikle"),  # plain text stays plain
    ],
)
def test_text_that_would_load_as_something_else_is_quoted(value: str, written: str) -> None:
    after = edited(PLAN, (0, ("strategy",), value))
    assert changed_lines(PLAN, after) == [
        ("    strategy: rekruttere\n", f"    strategy: {written}\n")
    ]
    assert parse_text(after, "x").data["actions"][0]["strategy"] == value


def test_a_date_and_a_number_are_written_as_such() -> None:
    after = edited(PLAN, (1, ("period", "start"), dt.date(2025, 8, 1)))
    assert changed_lines(PLAN, after) == [
        (
            "    period: {start: 2025, end: 2026}\n",
            "    period: {start: 2025-08-01, end: 2026}\n",
        )
    ]


def test_a_block_scalar_is_replaced_by_a_block_and_the_blank_line_after_it_stays() -> None:
    after = edited(PLAN, (0, ("notes",), "Én linje.\nTo linjer."))
    assert after == PLAN.replace(
        "    notes: |\n      Første linje.\n      Andre linje.\n",
        "    notes: |-\n      Én linje.\n      To linjer.\n",
    )


def test_multi_line_text_in_a_plain_value_becomes_a_literal_block() -> None:
    after = edited(PLAN, (0, ("strategy",), "linje 1\nlinje 2\n"))
    assert after == PLAN.replace(
        "    strategy: rekruttere\n", "    strategy: |\n      linje 1\n      linje 2\n"
    )


def test_a_missing_key_is_added_after_the_items_last_key() -> None:
    after = edited(PLAN, (1, ("responsible",), "Kommunalsjef"))
    assert after == PLAN + "    responsible: Kommunalsjef\n"


def test_a_missing_nested_key_comes_as_a_block_after_a_block_scalar() -> None:
    after = edited(PLAN, (0, ("period", "start"), 2025), (0, ("period", "end"), 2026))
    assert after == PLAN.replace(
        "      Andre linje.\n\n",
        "      Andre linje.\n    period:\n      start: 2025\n      end: 2026\n\n",
    )


def test_a_missing_key_in_a_flow_mapping_goes_inside_it() -> None:
    e = Editor(PLAN.replace("{start: 2025, end: 2026}", "{start: 2025}"))
    e.set(("actions", 1), ("period", "end"), 2027)
    assert e.result() == PLAN.replace("end: 2026", "end: 2027")


def test_an_emptied_cell_removes_its_key_line_only() -> None:
    after = edited(PLAN, (0, ("unit",), REMOVE))
    assert after == PLAN.replace('    unit: "helse-omsorg"\n', "")


def test_removing_every_key_of_a_mapping_removes_the_mapping() -> None:
    after = edited(PLAN, (1, ("period", "start"), REMOVE), (1, ("period", "end"), REMOVE))
    assert after == PLAN.replace("    period: {start: 2025, end: 2026}\n", "")


def test_removing_one_key_of_a_flow_mapping() -> None:
    after = edited(PLAN, (1, ("period", "end"), REMOVE))
    assert after == PLAN.replace("{start: 2025, end: 2026}", "{start: 2025}")


def test_a_flow_list_is_replaced_in_its_own_quoting() -> None:
    after = edited(PLAN, (0, ("needs",), ["n-sykepleiere", "n-kreft"]))
    assert changed_lines(PLAN, after) == [
        ('    needs: ["n-sykepleiere"]\n', '    needs: ["n-sykepleiere", "n-kreft"]\n')
    ]


def test_a_block_list_stays_a_block() -> None:
    text = PLAN.replace('    needs: ["n-sykepleiere"]\n', "    needs:\n      - n-a\n      - n-b\n")
    after = edited(text, (0, ("needs",), ["n-c"]))
    assert after == text.replace("      - n-a\n      - n-b\n", "      - n-c\n")


def test_crlf_and_the_bom_are_kept() -> None:
    text = "\ufeff" + PLAN.replace("\n", "\r\n")
    after = edited(text, (1, ("status",), "pågår"), (1, ("count",), 12))
    assert (
        after
        == "\ufeff"
        + PLAN.replace("status: planlagt\n", "status: pågår\n").replace("\n", "\r\n")
        + "    count: 12\r\n"
    )
    assert after.encode("utf-8").count(b"\n") == after.encode("utf-8").count(b"\r\n")


NEW = {"id": "t-ny", "title": "Nytt tiltak: «veiledning»", "needs": ["n-a"], "status": "planlagt"}


def test_an_appended_item_looks_like_its_siblings() -> None:
    e = Editor(PLAN)
    e.append("actions", NEW)
    # the file sets its items apart by a blank line; the last item's keys are plain or
    # single-quoted, so the new one's are too where the text allows it, and in its order
    assert e.result() == PLAN + (
        "\n"
        "  - id: t-ny\n"
        "    title: 'Nytt tiltak: «veiledning»'\n"
        "    status: planlagt\n"
        "    needs: [n-a]\n"
    )


def test_appending_to_an_empty_flow_list() -> None:
    text = "kplan: 1\nactions: []  # fylles ut\n"
    e = Editor(text)
    e.append("actions", {"id": "t-1", "title": "Kurs"})
    assert e.result() == "kplan: 1\nactions:\n  - id: t-1\n    title: Kurs  # fylles ut\n"


def test_appending_to_a_flow_list_of_items() -> None:
    text = "kplan: 1\nactions: [{id: t-1, title: Kurs}]\n"
    e = Editor(text)
    e.append("actions", {"id": "t-2", "title": "Kurs, igjen"})
    assert (
        e.result()
        == 'kplan: 1\nactions: [{id: t-1, title: Kurs}, {id: t-2, title: "Kurs, igjen"}]\n'
    )


def test_appending_where_there_is_no_list_yet() -> None:
    text = "kplan: 1\nneeds:\n  - id: n-a\n    text: Behov"  # no line break at the end
    e = Editor(text)
    e.append("actions", {"id": "t-1", "title": "Kurs", "needs": ["n-a"]})
    assert e.result() == text + "\nactions:\n  - id: t-1\n    title: Kurs\n    needs: [n-a]\n"


def test_items_written_as_flow_mappings_get_a_flow_mapping() -> None:
    text = "actions:\n  - {id: t-1, title: Kurs}\n# slutt\n"
    e = Editor(text)
    e.append("actions", {"id": "t-2", "title": "Kurs 2"})
    assert (
        e.result()
        == "actions:\n  - {id: t-1, title: Kurs}\n  - {id: t-2, title: Kurs 2}\n# slutt\n"
    )


def test_a_value_that_cannot_be_written_raises_and_nothing_is_returned() -> None:
    e = Editor(PLAN)
    with pytest.raises(EditError):
        e.set(("actions", 0), ("strategy", "kind"), "x")  # strategy is text, not a mapping


def test_a_new_section_goes_before_the_document_end_marker() -> None:
    text = "---\nkplan: 1\n# slutt\n...\n# etter\n"
    e = Editor(text)
    e.append("actions", {"id": "t-1", "title": "Kurs"})
    assert (
        e.result()
        == "---\nkplan: 1\n# slutt\nactions:\n  - id: t-1\n    title: Kurs\n...\n# etter\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Kurs\x1b[31m rødt",  # a terminal escape
        "Kurs \u202eevil",  # a bidi override
        "Linje\u2028skille",  # a YAML 1.1 line break
        "  innrykket\nandre linje",  # a first line a literal block cannot start with
        "«Sitat» 'enkelt' \"dobbelt\" \\ skråstrek",
        "- liste? [nei] {nei} &anker *alias !tag %dir @ `",
        "12:30",  # YAML 1.1 reads a sexagesimal number
        "",
    ],
)
def test_hostile_text_reads_back_exactly(title: str) -> None:
    e = Editor(PLAN)
    e.set(("actions", 0), ("title",), title)
    e.set(("actions", 1), ("title",), title)
    e.append("actions", {"id": "t-x", "title": title})
    after = e.result()  # result() reads the text back and checks every value
    data = parse_text(after, "x").data["actions"]
    assert [a["title"] for a in data] == [title, title, title]
    assert after.startswith(PLAN[: PLAN.index("    title:")])  # nothing before the edits moved


def test_a_block_list_in_the_sibling_gives_a_block_list() -> None:
    text = "actions:\n  - id: t-1\n    needs:\n      - n-1\n"
    e = Editor(text)
    e.append("actions", {"id": "t-2", "needs": ["n-2", "n-3"]})
    assert e.result() == text + "  - id: t-2\n    needs:\n      - n-2\n      - n-3\n"


FOLDED = """\
actions:
  - id: t-1
    title: >-
      Rekruttering av sykepleiere og vernepleiere: praksisplasser, sommerjobb for studenter og
      stipend mot bindingstid
    status: planlagt
"""


def test_a_folded_title_stays_folded_and_wraps_as_before() -> None:
    e = Editor(FOLDED)
    title = (
        "Rekruttering av sykepleiere og vernepleiere: praksisplasser, sommerjobb for "
        "studenter og stipend mot bindingstid i tre år"
    )
    e.set(("actions", 0), ("title",), title)
    # the same words fill the same lines (100 columns); only the last line differs
    assert e.result() == FOLDED.replace("bindingstid\n", "bindingstid i tre år\n")


def test_a_folded_title_made_short_becomes_one_line() -> None:
    e = Editor(FOLDED)
    e.set(("actions", 0), ("title",), "Rekruttering")
    assert e.result() == ("actions:\n  - id: t-1\n    title: Rekruttering\n    status: planlagt\n")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("2025-08", "2025-08"),  # a month: text to every YAML reader
        ("10-dagers kurs", "10-dagers kurs"),
        ("1_000", '"1_000"'),  # YAML 1.1 reads 1000
        ("0x1f", '"0x1f"'),
        ("1e3", '"1e3"'),
        ("10,5", '"10,5"'),  # a decimal comma: a number to a person
        ("07:30", '"07:30"'),  # YAML 1.1 reads 450
    ],
)
def test_text_starting_with_a_digit(value: str, written: str) -> None:
    after = edited(PLAN, (0, ("strategy",), value))
    assert changed_lines(PLAN, after) == [
        ("    strategy: rekruttere\n", f"    strategy: {written}\n")
    ]


def test_two_items_into_an_empty_list_and_into_a_new_one() -> None:
    text = "kplan: 1\nneeds: []  # fylles ut\n"
    e = Editor(text)
    e.append("needs", {"id": "n-1", "text": "A"})
    e.append("needs", {"id": "n-2", "text": "B"})
    e.append("actions", {"id": "t-1", "title": "Kurs"})
    e.append("actions", {"id": "t-2", "title": "Kurs 2"})
    assert e.result() == (
        "kplan: 1\nneeds:\n  - id: n-1\n    text: A\n  - id: n-2\n    text: B  # fylles ut\n"
        "actions:\n  - id: t-1\n    title: Kurs\n  - id: t-2\n    title: Kurs 2\n"
    )


def test_a_period_written_as_its_siblings_write_it() -> None:
    e = Editor(PLAN)  # the last action writes `period: {start: 2025, end: 2026}`
    e.append("actions", {"id": "t-ny", "title": "Ny", "period": {"start": 2027, "end": 2028}})
    assert e.result().endswith(
        "\n  - id: t-ny\n    title: 'Ny'\n    period: {start: 2027, end: 2028}\n"  # quoted as the sibling
    )


def test_thousands_of_new_items_take_one_step_each() -> None:
    from kplan.document.action_ids import IdMaker

    ids = IdMaker(["t-a", "t-b"], ["t-a", "t-b", "t-kurs"])
    made = [ids.make("Kurs", ["t-a", "t-b"]) for _ in range(5000)]
    # «t-kurs» is taken: the first is t-kurs-2, the last t-kurs-5001
    assert made[0] == "t-kurs-2" and made[-1] == "t-kurs-5001" and len(set(made)) == 5000
    numbered = IdMaker(["ho-01", "ho-02"], ["ho-01", "ho-02"])
    assert [numbered.make("x", ["ho-01", "ho-02"]) for _ in range(3)] == ["ho-03", "ho-04", "ho-05"]
    e = Editor(PLAN)
    for ident in made:
        e.append("actions", {"id": ident, "title": "Kurs"})
    text = e.result()  # a pass per edit would be 25 million steps here
    assert parse_text(text, "x").data["actions"][-1] == {"id": "t-kurs-5001", "title": "Kurs"}


def test_text_inside_a_flow_mapping_is_quoted_where_a_comma_would_end_it() -> None:
    text = "actions:\n  - {id: t-1, title: Kurs}\n"
    e = Editor(text)
    e.set(("actions", 0), ("title",), "Kurs, del 2")
    assert e.result() == 'actions:\n  - {id: t-1, title: "Kurs, del 2"}\n'


def test_line_separators_in_comments_and_text_are_text() -> None:
    # NEL, U+2028 and U+2029 are text in YAML 1.2 (as kplan reads it), not line breaks
    text = 'actions:\n  - id: t-1  # kommentar\u2028med skille\n    title: "A\u2028B\u0085C"\n'
    e = Editor(text)
    e.set(("actions", 0), ("title",), "Ny\u2029linje")
    e.append("actions", {"id": "t-2", "title": "X\u0085Y"})
    assert e.result() == (
        "actions:\n  - id: t-1  # kommentar\u2028med skille\n"
        '    title: "Ny\\u2029linje"\n  - id: t-2\n    title: "X\\x85Y"\n'
    )


def test_a_file_of_cr_line_endings_keeps_them() -> None:
    text = PLAN.replace("\n", "\r")
    e = Editor(text)
    e.set(("actions", 1), ("count",), 3)
    e.append("actions", {"id": "t-3", "title": "Kurs"})
    expected = PLAN + "    count: 3\n\n  - id: t-3\n    title: 'Kurs'\n"  # as the sibling
    assert e.result() == expected.replace("\n", "\r")
