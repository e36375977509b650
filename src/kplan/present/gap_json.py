"""`kplan gap --format json` written as it is made, a few thousand rows at a time: the text of a
national plan's 200,000 rows is a quarter of a gigabyte, and neither it nor the rows as dicts
are ever held whole. The text is byte for byte what `fmt.json_lines` makes of the same rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from kplan.analysis.step5 import Step5
from kplan.present.fmt import dumps
from kplan.present.formats import Style
from kplan.present.formulas import Words
from kplan.present.gap import gap_json_rest
from kplan.present.gap_text import RowText
from kplan.present.staffing_json import StaffingRowText
from kplan.present.terminal import json_inert

BATCH = 2000
"""Rows per piece of text: large enough that writing costs nothing, small enough to not count."""


def _joined(texts: Iterable[str]) -> Iterator[str]:
    """Items already written as text (and inert), one a line, a batch at a time (each batch
    without the indent of its first line, which `_listed` writes)."""
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= BATCH:
            yield ",\n    ".join(batch)
            batch = []
    if batch:
        yield ",\n    ".join(batch)


def _listed(key: str, pieces: Iterable[str]) -> Iterator[str]:
    """`"key": [...]` one item a line, as `json_lines` lists them, from pieces of lines. What
    goes between the pieces is a piece of its own: a batch is a megabyte, and adding a few
    characters to it would copy it whole."""
    head = f'  "{key}": [\n'
    first = True
    for piece in pieces:
        yield head + ("    " if first else ",\n    ")
        yield piece
        head, first = "", False
    yield head + ("  ]" if first else "\n  ]")


def step5_json_chunks(result: Step5, style: Style) -> Iterator[str]:
    """The json of `kplan gap` in pieces: the competence rows, the staffing rows, the rest."""
    words = Words(style.lang)
    text = RowText(words)
    yield "{\n"
    yield from _listed("rows", _joined(text(r) for r in result.competence.rows))
    rest = gap_json_rest(result.competence, words)
    rest["inventory_rows"] = result.inventory_rows
    staffing = result.staffing
    if staffing is not None:
        yield ",\n"
        row = StaffingRowText(staffing)
        # a line's years are written together: what they share is worked out once
        lines = chain.from_iterable(map(row.lines, staffing.lines))
        yield from _listed("staffing", _joined(lines))
        rest["staffing_summary"] = {
            "lines": len(staffing.lines),
            "open": len(staffing.open_lines),
            "scenario": staffing.scenario,
            "alternatives": list(staffing.alternatives),
            "kept": list(staffing.kept),
        }
    yield json_inert("".join(f',\n  "{k}": {dumps(v)}' for k, v in rest.items()) + "\n}\n")


def step5_json(result: Step5, style: Style) -> str:
    """The same json as one text (for callers that want it whole)."""
    return "".join(step5_json_chunks(result, style))
