"""The action plan as an Excel form: its columns as data, and each value as the YAML holds it.

The export (kplan.document.excel_form) writes these columns and `read_form`
(kplan.plan.action_form_read) reads them back; `form_value` puts a YAML action's value into the
same shape as a cell read back, so `kplan excel import` compares like with like.

Columns are found by machine keys, not by their headers: row 1 of each form sheet is hidden and
holds «kplan:title», «kplan:period.start»…, row 2 the headers in the plan's målform. So a form
exported in nynorsk or English reads the same, a header a user retypes or translates changes
nothing, a column moved in Excel takes its key along, and a column the user adds (no key) is
theirs and ignored. A sheet without the key row (the cover, a sheet of the user's own) is not
read as a form sheet.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, get_args

from kplan.diagnostics import Diagnostic
from kplan.plan.actions import ACTION_STATUSES
from kplan.plan.direction import LearningForm, StrategyKind
from kplan.read.cells import FIRST_YEAR, LAST_YEAR
from kplan.read.sources import DISK, Source

if TYPE_CHECKING:
    from kplan.plan.model import Plan

KEY_PREFIX = "kplan:"
"""Row 1's cells: the prefix and a field's path joined with «.» (`kplan:period.start`)."""
KEY_ROW = 1
HEADER_ROW = 2
FIRST_ROW = 3
"""The first row of actions."""
META_SHEET = "kplan"
"""The hidden sheet with the drop-down lists and which unit each sheet is for."""
SENT_SHEET = "kplan_sent"
"""The hidden sheet with each action's cells as exported (row 1 the keys, then one row per
action): a cell the unit left as it was sent says nothing, so a workbook filled in by one unit
cannot undo what the plan (or another unit's workbook) changed since the export."""
FORM_VERSION = 1
STATUSES = ACTION_STATUSES
DEFAULT_STATUS = "planlagt"
LEARNING_FORMS = tuple(str(f) for f in get_args(LearningForm))


@dataclass(frozen=True)
class FormField:
    """One column of the form."""

    path: tuple[str, ...]
    """Where in an action: ("title",), ("period", "start")."""
    kind: str
    """id, text, choice, ids, when or number."""
    choices: tuple[str, ...] = ()
    """The values a `choice` takes when they are fixed (status, KS strategy, 70-20-10)."""
    refers: str = ""
    """The plan's list whose ids the value names: units, needs, goals, strategies, arenas."""
    always: bool = True
    """Always a column; otherwise only when an action of the plan uses the field."""

    @property
    def key(self) -> str:
        """The machine key in the hidden row 1."""
        return KEY_PREFIX + ".".join(self.path)

    @property
    def label(self) -> str:
        """The catalogue key of the column's header."""
        return "excel.col." + ".".join(self.path)


FORM_FIELDS: tuple[FormField, ...] = (
    FormField(("id",), "id"),
    FormField(("title",), "text"),
    FormField(("unit",), "choice", refers="units"),
    FormField(("strategy",), "choice", choices=tuple(get_args(StrategyKind))),
    FormField(("learning_form",), "choice", choices=LEARNING_FORMS),
    FormField(("status",), "choice", choices=STATUSES),
    FormField(("needs",), "ids", refers="needs"),
    FormField(("goals",), "ids", refers="goals"),
    FormField(("strategies",), "ids", refers="strategies", always=False),
    FormField(("arena",), "choice", refers="arenas", always=False),
    FormField(("arenas",), "ids", refers="arenas", always=False),
    FormField(("target_group",), "text"),
    FormField(("responsible",), "text"),
    FormField(("provider",), "text"),
    FormField(("period", "start"), "when"),
    FormField(("period", "end"), "when"),
    FormField(("period", "text"), "text", always=False),
    FormField(("scope",), "text", always=False),
    FormField(("count",), "number", always=False),
    FormField(("frequency",), "text", always=False),
    FormField(("notes",), "text"),
)
"""Every column the form can have, in the order it has them. Costs, effects and evaluation
are structured data and stay in the YAML."""

BY_KEY: dict[str, FormField] = {f.key: f for f in FORM_FIELDS}


@dataclass(frozen=True)
class FormRow:
    """One row of a filled-in form, read without errors."""

    sheet: str
    row: int
    id: str | None
    """None: a new action (the id cell is empty)."""
    unit: str | None
    """The unit column, or the sheet's unit when the cell is empty."""
    values: dict[tuple[str, ...], Any] = field(default_factory=dict)
    """Every field the sheet has a column for, as `form_value` gives a YAML action's: str,
    int, date, list[str]; None for an empty cell (status: «planlagt», the model's default). A
    field whose column the sheet lacks is not in it: the form says nothing about it."""
    columns: dict[tuple[str, ...], int] = field(default_factory=dict)
    """The 1-based column of each field, for diagnostics."""
    sent: dict[tuple[str, ...], Any] | None = None
    """The row's cells as the export sent them, read as `values` is (SENT_SHEET); None for a
    new row or a form without that record. A cell still as sent says nothing about the
    action: the import leaves the plan's value, which may have changed since."""


def form_value(path: tuple[str, ...], raw_action: dict[str, Any]) -> Any:
    """The value at `path` of an action as its YAML holds it (plain data, e.g. from
    ruamel), in the shape `read_form` gives a cell: None when absent or empty, text
    stripped, lists of ids as lists of str, a `when` as an int year, a «YYYY-MM» str or a date,
    `learning_form` as an int, status «planlagt» when absent."""
    spec = next((f for f in FORM_FIELDS if f.path == path), None)
    if spec is None:
        raise KeyError(path)
    value: Any = raw_action
    if path[0] == "period" and isinstance(raw_action.get("period"), str):
        value = {"period": {"text": raw_action["period"]}}  # «period: kontinuerlig»: its text
    for step in path:
        value = value.get(step) if isinstance(value, dict) else None
    if path == ("status",) and value is None:
        return DEFAULT_STATUS
    return normal(spec, value)


def normal(spec: FormField, value: Any) -> Any:
    """A YAML value in the form's shape (see `form_value`)."""
    if value is None or value == "" or value == []:
        return None
    if spec.kind == "ids":
        items = value if isinstance(value, list) else [value]
        return [str(item).strip() for item in items if str(item).strip()] or None
    if spec.kind == "when":
        try:
            return when_value(value)
        except NoWhen:
            return value  # not the model's (an unchecked file): compared as it is
    if isinstance(value, str):
        return text_value(value)
    return value


def text_value(text: str) -> str | None:
    """Text as the form compares it: line ends as \\n, surrounding blanks dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip() or None


_YEAR = re.compile(r"^[0-9]{4}$")
_MONTH = re.compile(r"^([0-9]{4})-([0-9]{1,2})$")
_ISO_DAY = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_NO_DAY = re.compile(r"^([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})$")
_NO_MONTH = re.compile(r"^([0-9]{1,2})[./]([0-9]{4})$")
_NB_MONTHS = "januar februar mars april mai juni juli august september oktober november desember"
_EN_MONTHS = "january february march april may june july august september october november december"
_MONTHS = {
    name: i + 1
    for names in (_NB_MONTHS, _EN_MONTHS)
    for i, word in enumerate(names.split(" "))
    for name in (word, word[:3])
}
_MONTHS.update({"sept": 9, "okt": 10, "des": 12})
_NAMED_MONTH = re.compile(r"^([a-zæøå]+)\.?\s+([0-9]{4})$")
# «1. september 2025»: a day as kplan's own texts word it
_NAMED_DAY = re.compile(r"^([0-9]{1,2})\.?\s*([a-zæøå]+)\.?\s+([0-9]{4})$")


class NoWhen(ValueError):
    """A value that is no year, month or day; `year` is set when it is one outside the years
    kplan takes."""

    def __init__(self, year: int | None = None) -> None:
        super().__init__(year)
        self.year = year


def when_value(value: Any) -> int | str | dt.date:
    """A year, month or day as the form holds it: an int year, «YYYY-MM», or a date. Takes
    what the YAML or a cell gives: 2025, «2025-08», a date or datetime, «01.08.2025»,
    «08.2025», «august 2025», «1. september 2025». Raises `NoWhen` for anything else."""
    year, month, day = _when_parts(value)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise NoWhen(year)
    if month is None:
        return year
    if not 1 <= month <= 12:
        raise NoWhen()
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise NoWhen() from None


def _when_parts(value: Any) -> tuple[int, int | None, int | None]:
    if isinstance(value, bool):
        raise NoWhen()
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise NoWhen()
        return value.year, value.month, value.day
    if isinstance(value, dt.date):
        return value.year, value.month, value.day
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return value, None, None
    if not isinstance(value, str):
        raise NoWhen()
    text = value.strip().lower()
    if _YEAR.match(text):
        return int(text), None, None
    for pattern, order in ((_MONTH, "ym"), (_NO_MONTH, "my"), (_ISO_DAY, "ymd"), (_NO_DAY, "dmy")):
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            return parts["y"], parts["m"], parts.get("d")
    match = _NAMED_MONTH.match(text)
    if match and match.group(1) in _MONTHS:
        return int(match.group(2)), _MONTHS[match.group(1)], None
    match = _NAMED_DAY.match(text)
    if match and match.group(2) in _MONTHS:
        return int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1))
    raise NoWhen()


def when_text(value: int | str | dt.date) -> int | str:
    """A `when` as the form writes it in a cell: the year as a number, a month as «YYYY-MM»,
    a day as «YYYY-MM-DD» (text, so Excel does not turn it into its own date format)."""
    return value.isoformat() if isinstance(value, dt.date) else value


def used_fields(raw_actions: list[dict[str, Any]]) -> tuple[FormField, ...]:
    """The form's columns for these actions: every `always` field and every other field an
    action has a value in."""
    return tuple(
        f
        for f in FORM_FIELDS
        if f.always or any(form_value(f.path, action) is not None for action in raw_actions)
    )


def read_form(
    path: str, plan: Plan, source: Source = DISK
) -> tuple[list[FormRow], list[Diagnostic]]:
    """The rows of a filled-in form and what kplan cannot use in it (K810, K910, K911): see
    kplan.plan.action_form_read, which holds the reader."""
    from kplan.plan.action_form_read import read_form as read

    return read(path, plan, source)
