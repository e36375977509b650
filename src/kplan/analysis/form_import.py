"""What `kplan excel import` did or would do, as data (`kplan.document.excel_import` makes it,
`kplan.present.excel_import` words it)."""

from __future__ import annotations

from dataclasses import dataclass

from kplan.analysis.diff import PlanDiff
from kplan.diagnostics import IO_CODES, Diagnostic, Severity

UNREADABLE = IO_CODES | {"K810"}
"""The workbook itself cannot be read: exit 2."""


@dataclass(frozen=True)
class Matched:
    """A row without an id that is an action the plan has (the same unit and title)."""

    sheet: str
    row: int
    id: str


@dataclass(frozen=True)
class Crossed:
    """A cell the unit changed whose value the plan also changed since the export: the
    workbook's value is taken, and the user is told that it replaces the plan's."""

    sheet: str
    row: int
    id: str
    label: str
    """The column's label key (kplan.plan.action_form.FormField.label)."""


@dataclass(frozen=True)
class ImportResult:
    """What importing a workbook did, or would do."""

    diagnostics: tuple[Diagnostic, ...]
    """The workbook's problems (K810, K910, K911): a row with one is left out."""
    diff: PlanDiff | None
    """The plan on disk against the plan with the form applied; None when the workbook could
    not be read as a form at all."""
    files: tuple[str, ...]
    """The files the form changes (written when `written`)."""
    written: bool
    errors: tuple[Diagnostic, ...] = ()
    """The edited plan's own errors: then nothing is written."""
    added: tuple[str, ...] = ()
    """The ids of the new actions."""
    untouched: int | None = 0
    """Actions of the plan no row of the workbook names: kept as they are, never removed.
    None when rows were left out for bad cells (they may name actions)."""
    matched: tuple[Matched, ...] = ()
    """Rows without an id read as the unit's action of the same title."""
    warnings: tuple[Diagnostic, ...] = ()
    """Warnings the plan gets from the form that it did not have (an action without an
    evaluation, which the form does not take): they do not keep it from being written."""
    crossed: tuple[Crossed, ...] = ()
    """Cells changed both in the plan and in the workbook since the export."""

    @property
    def blocked(self) -> bool:
        """A bad cell, a workbook that is no form, or an edited plan with errors."""
        return bool(self.errors) or any(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def exit_code(self) -> int:
        """0 applied (or would be), 1 a bad cell or an invalid result, 2 a workbook that
        cannot be read or used at all (the command's input, as a missing plan is)."""
        if any(d.code in UNREADABLE for d in self.diagnostics):
            return 2
        return 1 if self.blocked else 0
