"""Printers for a validation report: one function per output format, all plain text.

Machine formats never go through rich: it wraps lines at the terminal width and reads `[x]` in
user text as markup. Colour in the text format is plain ANSI, only on a terminal. Every field
that comes from the plan (a path, a message quoting a key) is escaped here, so a newline or an
escape sequence in a file name cannot split a line or reach the terminal.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from kplan.check.validate import Report
from kplan.diagnostics import Diagnostic, Severity, cell_name
from kplan.present.catalogue import words
from kplan.present.formats import Format, Style
from kplan.present.terminal import field, json_inert, one_line
from kplan.text import Text, Value, all_of, t

_COLOURS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m"}


PER_FILE = 1000
"""The text format shows at most this many problems per file; the summary counts the rest."""


def count(kind: str, n: int) -> Text:
    """«1 advarsel», «2 advarsler»: a count with its noun in the right number."""
    return t(f"count.{kind}.{'one' if n == 1 else 'many'}", n=n)


def _summary(report: Report, lang: str, hidden: dict[str, int] | None = None) -> str:
    counts: list[Value] = [count("error", report.errors), count("warning", report.warnings)]
    if report.suppressed:
        codes = ", ".join(f"{c}×{n}" for c, n in sorted(report.suppressed.items()))
        n = sum(report.suppressed.values())
        counts.append(t(f"count.silenced.{'one' if n == 1 else 'many'}", n=n, codes=codes))
    at: Value = t("summary.at", revision=field(report.revision)) if report.revision else ""
    values: dict[str, Value] = {
        "counts": all_of(tuple(counts)),
        "plans": count("plan", len(report.plans)),
        "files": count("file", report.files),
        "at": at,
    }
    if hidden:
        shown = tuple(t("summary.hidden_in", n=n, path=field(p)) for p, n in hidden.items())
        return words(t("summary.hidden", **values, most=PER_FILE, hidden=shown), lang)
    return words(t("summary.line", **values), lang)


def _shown(report: Report) -> tuple[list[Diagnostic], dict[str, int]]:
    """The diagnostics the text format prints, and how many it leaves out per file."""
    shown: list[Diagnostic] = []
    count: dict[str, int] = {}
    hidden: dict[str, int] = {}
    for d in report.diagnostics:
        n = count[d.path] = count.get(d.path, 0) + 1
        if n > PER_FILE:
            hidden[d.path] = hidden.get(d.path, 0) + 1
        else:
            shown.append(d)
    return shown, hidden


def line(d: Diagnostic, lang: str = "nb", *, colour: bool = False) -> str:
    """`path:line:col: CODE severity: message`, one line whatever the path or message holds;
    the severity and the message in `lang`."""
    sev = words(t(f"severity.{d.severity}"), lang)
    if colour:
        sev = f"{_COLOURS[d.severity]}{sev}\x1b[0m"
    message = one_line(words(d.message, lang))
    return f"{where(d)}: {field(d.code)} {sev}: {message}"


def where(d: Diagnostic) -> str:
    """`path:line:col`, or `path:Sheet:C7` in an Excel file, made inert for the terminal."""
    if d.sheet:
        return f"{field(d.path)}:{field(d.sheet)}:{cell_name(d.line, d.col)}"
    return f"{field(d.path)}:{d.line}:{d.col}"


def text(report: Report, lang: str = "nb", *, colour: bool = False) -> str:
    """One line per problem (at most `PER_FILE` per file), then a summary."""
    shown, hidden = _shown(report)
    lines = [line(d, lang, colour=colour) for d in shown]
    lines.append(_summary(report, lang, hidden))
    return "\n".join(lines) + "\n"


def diagnostic_json(d: Diagnostic, lang: str = "nb") -> dict[str, object]:
    """One diagnostic as every json report gives it (`sheet` only in an Excel file)."""
    return {
        "path": d.path,
        "line": d.line,
        "col": d.col,
        "code": d.code,
        "severity": str(d.severity),
        "message": words(d.message, lang),
        **({"sheet": d.sheet} if d.sheet else {}),
    }


def as_json(report: Report, lang: str = "nb") -> str:
    """A JSON object with the diagnostics and the counts; stable keys for other tools."""
    doc = {
        "diagnostics": [diagnostic_json(d, lang) for d in report.diagnostics],
        "errors": report.errors,
        "warnings": report.warnings,
        "suppressed": report.suppressed,
        "plans": list(report.plans),
        "files": report.files,
    }
    return json_inert(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    """GitHub's escaping for workflow commands (`%`, CR, LF; and `:` and `,` in properties)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(report: Report, lang: str = "nb") -> str:
    """GitHub Actions workflow commands, plus a summary line (GitHub shows at most 10 of each).
    Other control characters are escaped where the output meets the terminal (kplan.present.terminal)."""
    lines = []
    for d in report.diagnostics:
        level = "error" if d.severity is Severity.ERROR else "warning"
        props = f"file={_escape(d.path, prop=True)}"
        if d.line:
            props += f",line={d.line},col={d.col}"
        props += f",title={_escape(d.code, prop=True)}"
        lines.append(f"::{level} {props}::{_escape(words(d.message, lang))}")
    lines.append(_summary(report, lang))
    return "\n".join(lines) + "\n"


REPORTERS: dict[Format, Callable[[Report, Style], str]] = {
    Format.text: lambda report, style: text(report, style.lang, colour=style.colour),
    Format.json: lambda report, style: as_json(report, style.lang),
    Format.github: lambda report, style: github(report, style.lang),
}
"""The printer for each `--format` of `kplan validate`."""


def use_colour(isatty: bool) -> bool:
    """Colour on a terminal unless NO_COLOR is set; FORCE_COLOR forces it."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return isatty
