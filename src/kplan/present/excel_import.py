"""Printers for `kplan excel import`: the workbook's bad cells as `kplan validate` words them
(`tiltak.xlsx:Oppvekst:F7: K910 feil: …`), the change as `kplan diff` words it, then what was
written, or that nothing was and why."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from kplan.diagnostics import Severity
from kplan.present.catalogue import words
from kplan.present.diff import diff_json, diff_text
from kplan.present.formats import Format, Style
from kplan.present.terminal import json_inert
from kplan.present.validation import diagnostic_json, line
from kplan.read.git import shown
from kplan.text import Text, t

if TYPE_CHECKING:
    from kplan.analysis.form_import import ImportResult

MATCHED_SHOWN = 5


def import_text(r: ImportResult, lang: str = "nb") -> str:
    """The lines a person reads, in `lang`."""
    out = [line(d, lang) for d in r.diagnostics]
    # a workbook imported twice matches every row it added the first time: a few lines say
    # so, not one per row
    out += [
        words(t("excel_import.matched", sheet=shown(m.sheet), row=m.row, id=shown(m.id)), lang)
        for m in r.matched[:MATCHED_SHOWN]
    ]
    if len(r.matched) > MATCHED_SHOWN:
        more = len(r.matched) - MATCHED_SHOWN
        out.append(words(t("excel_import.matched_more", n=more), lang))
    out += [
        words(
            t(
                "excel_import.crossed",
                sheet=shown(c.sheet),
                row=c.row,
                column=t(c.label),
                id=shown(c.id),
            ),
            lang,
        )
        for c in r.crossed
    ]
    if r.diff is not None:
        out.append(diff_text(r.diff, lang).rstrip("\n"))
    if r.untouched:
        key = "excel_import.untouched.one" if r.untouched == 1 else "excel_import.untouched.many"
        out.append(words(t(key, n=r.untouched), lang))
    if r.warnings and not r.errors:
        out.append(words(t("excel_import.warnings", n=len(r.warnings)), lang))
        out += [line(d, lang) for d in r.warnings]
    if r.errors:
        out.append(words(t("excel_import.invalid", n=len(r.errors)), lang))
        out += [line(d, lang) for d in r.errors]
    outcome = _outcome(r)
    if outcome is not None:
        out.append(words(outcome, lang))
    return "\n".join(out) + "\n"


def _outcome(r: ImportResult) -> Text | None:
    if r.written:
        return t("excel_import.written", files=", ".join(shown(f) for f in r.files))
    if r.exit_code == 2:  # the workbook could not be read: there are no cells to correct
        return t("excel_import.nothing_written")
    if any(d.severity is Severity.ERROR for d in r.diagnostics):
        return t("excel_import.blocked")
    if r.diff is not None and not r.files:
        return t("excel_import.no_change")
    if r.errors:
        return None  # the errors' heading said that nothing is written
    return t("excel_import.dry_run")


def import_json(r: ImportResult, lang: str = "nb") -> str:
    """One JSON object for other tools: the cells, the diff as `kplan diff -f json` gives it,
    the files, whether they were written."""
    doc = {
        "diagnostics": [diagnostic_json(d, lang) for d in r.diagnostics],
        "diff": json.loads(diff_json(r.diff, lang)) if r.diff is not None else None,
        "files": list(r.files),
        "written": r.written,
        "added": list(r.added),
        "untouched": r.untouched,
        "matched": [{"sheet": m.sheet, "row": m.row, "id": m.id} for m in r.matched],
        "crossed": [
            {"sheet": c.sheet, "row": c.row, "id": c.id, "column": words(t(c.label), lang)}
            for c in r.crossed
        ],
        "errors": [diagnostic_json(d, lang) for d in r.errors],
        "warnings": [diagnostic_json(d, lang) for d in r.warnings],
    }
    return json_inert(json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


REPORTERS: dict[Format, Callable[[ImportResult, Style], str]] = {
    Format.text: lambda r, style: import_text(r, style.lang),
    Format.json: lambda r, style: import_json(r, style.lang),
}
