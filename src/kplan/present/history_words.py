"""Words for `kplan diff` and `kplan log`: a field's path named with the labels of the rendered
document, a value formatted as the document formats it (kroner, dates, choices in Norwegian), and
a long text shown by the words that changed.

A field the model gains later, with no label here yet, is named by its English key: the diff
still shows it, and tests/test_diff_walk.py asks for a label for every field.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Sequence
from typing import Any

from kplan.analysis.diff_walk import FieldChange, Key, PathPart
from kplan.present.fmt import kr, nok, number, plain
from kplan.present.history_fields import FIELD_LABELS
from kplan.present.history_labels import HISTORY_LABELS
from kplan.present.labels import LANGS, Labels


def word(t: Labels, key: str, **values: object) -> str:
    """A label from the one table, or from HISTORY_LABELS until that is merged into it."""
    try:
        return t(key, **values)
    except KeyError:
        return HISTORY_LABELS[key][LANGS.index(t.lang)].format(**values)


def field_key(section: str, path: Sequence[PathPart], at: int) -> str | None:
    """The label key of the field at `path[at]`, in its context; None when there is none."""
    name = path[at]
    assert isinstance(name, str)
    parent = next((p for p in reversed(path[:at]) if isinstance(p, str)), section)
    return FIELD_LABELS.get(f"{parent}.{name}") or FIELD_LABELS.get(str(name))


def field_words(section: str, f: FieldChange, t: Labels) -> str:
    """«Arbeidsgruppe › Medlemmer › HR-rådgiver › Part», «Økonomi › Beløp»."""
    parts = f.parts
    words = []
    for i, part in enumerate(parts):
        if isinstance(part, Key):
            words.append(
                word(t, "history.position", n=part.value) if part.position else str(part.value)
            )
            continue
        key = field_key(section, parts, i)
        words.append(word(t, key) if key else part.replace("_", " "))
    return " › ".join(words)


def grouped(fields: Sequence[FieldChange]) -> list[list[FieldChange]]:
    """The fields, with the entries of one dict that changed (a driver's figures per year, the
    persons per competence) kept together: shown on one line, not one line per year."""
    out: list[list[FieldChange]] = []
    for f in fields:
        entry = _entry_of(f)
        if entry is not None and out and _entry_of(out[-1][-1]) == entry:
            out[-1].append(f)
        else:
            out.append([f])
    return out


def _entry_of(f: FieldChange) -> tuple[PathPart, ...] | None:
    """The dict a field is an entry of (its path), or None when it is not one."""
    last = f.parts[-1]
    if isinstance(last, Key) and not last.position and not f.item and len(f.parts) > 1:
        return f.parts[:-1]
    return None


def entry_key(f: FieldChange) -> str:
    """The key of a dict entry as shown: «2026», «sykepleier»."""
    last = f.parts[-1]
    return str(last.value) if isinstance(last, Key) else str(last)


# --- values ------------------------------------------------------------------------------------

_WHEN = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")
_MONEY = frozenset({"amount", "spent"})


def _choice(value: str, t: Labels) -> str:
    """A choice from the model (status, kind...) in the reader's language, as the document has
    it; anything else as written."""
    worded = t.value(value)
    if worded != value:
        return worded
    for key in (f"value_{value}", f"content.source_kind.{value}", f"content.frequency.{value}"):
        try:
            return t[key]
        except KeyError:
            continue
    return value


def value_words(f: FieldChange, value: Any, t: Labels, *, doc: bool = False) -> str:
    """A value as the document writes it; «–» for none. `doc`: for a document (Markdown), with
    no-break spaces in figures; else for a terminal."""
    names = {p for p in f.parts if isinstance(p, str)}
    return _words(value, t, money=bool(names & _MONEY), doc=doc)


def _figure(value: float, *, money: bool, doc: bool) -> str:
    if money:
        return nok(value) if doc else kr(value)
    if float(value).is_integer() and abs(value) < 10_000:
        return str(int(value))  # a year, a step, a count: 2025, not 2 025
    return number(value) if doc else plain(value)


def _words(value: Any, t: Labels, *, money: bool = False, doc: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return word(t, "yes") if value else word(t, "history.no")
    if isinstance(value, int | float):
        return _figure(value, money=money, doc=doc)
    if isinstance(value, dt.date):
        return t.date(value)
    if isinstance(value, tuple):
        inner = (
            f"({_words(v, t, doc=doc)})"
            if isinstance(v, tuple)
            else _words(v, t, money=money, doc=doc)
            for v in value
        )
        return ", ".join(inner)
    text = str(value)
    if _WHEN.match(text):
        try:
            return t.when(text)
        except ValueError:
            return text
    return _choice(text, t)


# --- long texts: the words that changed --------------------------------------------------------

LONG = 60
"""A text longer than this shows the words that changed, not the whole text twice."""
CONTEXT = 4
"""Words kept on each side of a change."""


def _text(value: Any) -> str | None:
    """A text, or a list of texts (paragraphs) as one; None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
        return " ".join(value)
    return None


def long_texts(f: FieldChange) -> tuple[str, str] | None:
    """Old and new as texts, when either is long enough to show by the words that changed."""
    a, b = _text(f.old), _text(f.new)
    if a is None or b is None or max(len(a), len(b)) <= LONG or _WHEN.match(a):
        return None
    return a, b


MOST_WORDS = 2000
"""Past this many words between the first and the last change, the words between are shown as
replaced as a whole: comparing word by word takes time that grows with the square of the
length, and a text from a shared template may be any length."""


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, with the words both texts start and end with taken off first."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    middle: list[tuple[str, int, int, int, int]] = [("replace", 0, len(mid_a), 0, len(mid_b))]
    if max(len(mid_a), len(mid_b)) <= MOST_WORDS:
        middle = list(difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes())
    ops = [(op, i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in middle]
    if head:
        ops.insert(0, ("equal", 0, head, 0, head))
    if tail:
        ops.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return [o for o in ops if o[2] > o[1] or o[4] > o[3]]


def word_diff(
    old: str,
    new: str,
    mark: tuple[str, str, str, str] = ("[-", "-]", "{+", "+}"),
    *,
    side: str = "both",
    esc: Callable[[str], str] = str,
) -> str:
    """The words that changed, each run marked (`mark`: before and after a removed run, before
    and after an added one), with a few words around them and «…» for what is left out.
    `side`: "old" shows only what was removed, "new" only what was added, "both" both."""
    a, b = old.split(), new.split()
    out: list[str] = []
    for n, (op, i1, i2, j1, j2) in enumerate(ops := _opcodes(a, b)):
        if op == "equal":
            same = [esc(w) for w in a[i1:i2]]
            first, last = n == 0, n == len(ops) - 1
            room = (0 if first else CONTEXT) + (0 if last else CONTEXT)
            if len(same) <= room:
                out.extend(same)
            else:
                out.extend([] if first else same[:CONTEXT])
                out.append("…")
                out.extend([] if last else same[-CONTEXT:])
            continue
        if i2 > i1 and side != "new":
            out.append(f"{mark[0]}{' '.join(esc(w) for w in a[i1:i2])}{mark[1]}")
        if j2 > j1 and side != "old":
            out.append(f"{mark[2]}{' '.join(esc(w) for w in b[j1:j2])}{mark[3]}")
    return " ".join(out)
