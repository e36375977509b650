"""Diagnostics: one type for every problem kplan reports, and the table of stable codes.

Every stage (reading YAML, checking the model, semantic checks) reports problems as
`Diagnostic`s. Codes never change meaning once released; `CODES` is the one table that documents
them, and a test keeps README's table in step with it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from kplan.text import Message


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem, at one place in one file. Sorting orders by file, then position."""

    path: str
    """The file, as the user named it (relative paths stay relative)."""
    line: int
    """1-based line; 0 when the problem concerns the file as a whole."""
    col: int
    """1-based column; 0 when the problem concerns the file as a whole."""
    code: str
    """Stable code, e.g. «K202»; see `CODES`."""
    severity: Severity
    message: Message
    """A plain sentence, as a catalogue `Text`: what is wrong and, where possible, how to fix
    it; `kplan.present.catalogue.words` writes it in the reader's language."""
    sheet: str = ""
    """The worksheet of an Excel file (`line` is then the row, `col` the column): shown as
    `tiltak.xlsx:Ark:C7`, as Excel names the cell. Empty for every other file."""


@dataclass(frozen=True)
class CodeInfo:
    severity: Severity
    title: str
    """One line saying what the code means; README's table is made from these."""


E, W = Severity.ERROR, Severity.WARNING

CODES: dict[str, CodeInfo] = {
    # reading files and YAML
    "K001": CodeInfo(E, "The file or directory cannot be read"),
    "K002": CodeInfo(E, "The file is not UTF-8 text"),
    "K003": CodeInfo(E, "The file is binary or holds NUL bytes"),
    "K004": CodeInfo(E, "The file is too large for a plan file"),
    "K005": CodeInfo(E, "YAML syntax error"),
    "K006": CodeInfo(E, "A tab is used for indentation"),
    "K007": CodeInfo(E, "The same key appears twice in a mapping"),
    "K008": CodeInfo(E, "Anchors, aliases and merge keys are not allowed in plan files"),
    "K009": CodeInfo(E, "A YAML tag that kplan does not accept (e.g. !!python/object)"),
    "K010": CodeInfo(E, "The YAML is nested too deeply"),
    "K011": CodeInfo(E, "The file holds more than one YAML document"),
    "K012": CodeInfo(E, "The file is empty"),
    "K013": CodeInfo(E, "The file's top level is not a mapping of keys"),
    "K014": CodeInfo(E, "A date that does not exist (e.g. 2024-13-01)"),
    "K015": CodeInfo(
        E, "A key that is not text (a list, a mapping, true, null, a date or a decimal number)"
    ),
    "K016": CodeInfo(E, "No kplan.yaml where a plan was expected"),
    "K017": CodeInfo(W, "An include pattern matches no file"),
    "K018": CodeInfo(E, "An include points outside the plan directory"),
    "K019": CodeInfo(
        W, "A coat of arms file kplan cannot use (missing, outside the plan, not an image)"
    ),
    "K020": CodeInfo(W, "A CSV file read as Windows-1252 or Latin-1, not UTF-8"),
    # shape (the model)
    "K101": CodeInfo(E, "Unknown key"),
    "K102": CodeInfo(E, "A required key is missing"),
    "K103": CodeInfo(E, "A value of the wrong type"),
    "K104": CodeInfo(E, "A value that is not one of the allowed choices"),
    "K105": CodeInfo(E, "A value out of range or of the wrong form"),
    "K106": CodeInfo(E, "A number where text belongs (put it in quotes)"),
    "K107": CodeInfo(E, "Not a valid date"),
    "K108": CodeInfo(E, "A key that belongs in kplan.yaml only"),
    # identity and references
    "K201": CodeInfo(E, "Two entries share an id"),
    "K202": CodeInfo(E, "A reference to an id that does not exist"),
    "K203": CodeInfo(E, "Units (or goals) whose parents form a loop"),
    "K204": CodeInfo(E, "A step name that does not match its KS step number"),
    "K205": CodeInfo(E, "The same KS step listed twice"),
    "K206": CodeInfo(E, "A reference to an id of the wrong kind"),
    # the red thread
    "K301": CodeInfo(W, "A need that no action serves"),
    "K302": CodeInfo(W, "An action that serves no need or goal"),
    "K303": CodeInfo(W, "A goal that nothing works towards"),
    # KS completeness
    "K401": CodeInfo(W, "No tillitsvalgt or verneombud in the organisation"),
    "K402": CodeInfo(W, "An action without evaluation"),
    "K403": CodeInfo(W, "A KS step the plan says nothing about"),
    "K404": CodeInfo(W, "An adopted plan with no decision recorded"),
    "K405": CodeInfo(W, "More than one main goal"),
    # time
    "K501": CodeInfo(E, "A period that ends before it starts"),
    "K502": CodeInfo(W, "A period or date outside the plan period"),
    "K503": CodeInfo(W, "A step past its deadline and not done"),
    "K504": CodeInfo(W, "A date in the future where a past date belongs"),
    "K505": CodeInfo(E, "A plan period longer than 30 years"),
    "K506": CodeInfo(W, "A decision's git_tag that does not exist in the repository"),
    # privacy
    "K601": CodeInfo(E, "A number that looks like a fødselsnummer"),
    "K602": CodeInfo(E, "An e-mail address in plan data"),
    "K603": CodeInfo(E, "A Norwegian phone number in plan data"),
    "K604": CodeInfo(E, "A street address with a postcode in plan data"),
    # a warning: whether two capitalised words are a person's name is a guess
    "K605": CodeInfo(W, "A personal name where the plan names a role"),
    # the analysis data
    "K801": CodeInfo(W, "Inventory older than the plan allows"),
    "K802": CodeInfo(W, "A driver value missing for a year a ratio requirement needs"),
    "K803": CodeInfo(E, "A share target over 100 %"),
    "K804": CodeInfo(W, "Inventory counts that do not add up"),
    "K805": CodeInfo(W, "A share requirement with no total staff to take the share of"),
    "K806": CodeInfo(E, "An employment requirement that sets no measure, or more than one"),
    "K807": CodeInfo(E, "A CSV file kplan cannot use as it is"),
    "K808": CodeInfo(E, "Two inventory rows for the same unit, competence, role and date"),
    "K809": CodeInfo(W, "A requirement with no inventory behind it: its figures are unknown"),
    "K810": CodeInfo(E, "An Excel file kplan cannot use as it is"),
    "K811": CodeInfo(E, "An SSB file (CSV or JSON-stat) kplan cannot read as drivers"),
    "K812": CodeInfo(E, "An SSB mapping that names a table, region or age group its file lacks"),
    "K820": CodeInfo(
        E, "A staffing line that names a unit, competence, driver or norm the plan lacks"
    ),
    "K821": CodeInfo(W, "A staffing driver without a value for the snapshot year or a plan year"),
    "K822": CodeInfo(W, "Årsverk per age band that do not add up to the row's årsverk"),
    "K823": CodeInfo(E, "Two staffing lines for the same unit and competence"),
    # actions and costs
    "K901": CodeInfo(
        E, "A cost per participant or per occasion without the count it is multiplied by"
    ),
    "K902": CodeInfo(W, "An action's frequency and its cost disagree on how often the cost falls"),
    "K903": CodeInfo(W, "A recurring or spread cost of an action without a period"),
    "K910": CodeInfo(E, "A cell of the action workbook kplan cannot use"),
    "K911": CodeInfo(E, "A workbook that is not a kplan action form"),
    # the plan's own settings
    "K701": CodeInfo(
        W,
        "A suppression that names an unknown code, an error, or an item where it silences nothing",
    ),
}

IO_CODES = frozenset({"K001", "K016"})
"""Codes that mean kplan could not read its input: exit 2, not 1."""


def make(
    path: str, line: int, col: int, code: str, message: Message, *, sheet: str = ""
) -> Diagnostic:
    """A diagnostic with the severity its code has in `CODES` (`sheet`: in an Excel file)."""
    return Diagnostic(path, line, col, code, CODES[code].severity, message, sheet)


def cell_name(row: int, col: int) -> str:
    """Excel's name of a cell: column letters, then the row (3, 7 is «C7»)."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


DataPath = tuple[Any, ...]
"""Where in a file's data: keys and list indexes from the top, `("actions", 3, "needs", 0)`."""


@dataclass(frozen=True)
class Finding:
    """A problem located by data path, before positions are known."""

    file: str
    path: DataPath
    code: str
    message: Message
    at_key: bool = False
    """Point at the key rather than its value (unknown keys, missing keys' parents)."""
    quote_hint: bool = False
    """Append the source text in quotes: the fix for a number where text belongs."""
