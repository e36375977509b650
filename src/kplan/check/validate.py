"""Validate: the whole `kplan validate` pipeline as one library call.

read → model → checks, then suppressions and positions, in one function, `check`, which
`kplan validate`, every command's `--at` and the versions `kplan diff` and `kplan log` read all
go through. The result is a `Checked` (the assembled plan, its `Report` and the valid plan, if
it is one); nothing here prints or exits.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from kplan.check.included import target
from kplan.check.locate import resolve
from kplan.check.rules import run_checks
from kplan.check.scope import Scope, scope_of
from kplan.check.tags import missing_tags
from kplan.diagnostics import CODES, IO_CODES, Diagnostic, Finding, Severity
from kplan.plan.assemble import Assembled, assemble
from kplan.plan.model import PartialPlan, Plan
from kplan.read.inventory_xlsx import flagged_cells
from kplan.read.privacy import PRIVACY_CODES, flagged, named
from kplan.read.rawtext import read_csv_text, read_text
from kplan.read.sources import DISK, Source
from kplan.text import Message, t


@dataclass(frozen=True)
class Report:
    """What validation found in one or more plans."""

    diagnostics: tuple[Diagnostic, ...]
    """Every problem, sorted by file, line and column."""
    plans: tuple[str, ...] = ()
    """The root file of each plan checked."""
    files: int = 0
    """How many files were read."""
    suppressed: dict[str, int] = field(default_factory=dict)
    """Warnings the plans silenced on purpose, by code."""
    revision: str = ""
    """The git revision the plans were read from; empty for the working tree."""
    notes: tuple[Message, ...] = ()
    """Said before the report: for a file a plan includes, which plan was validated instead
    (`check.included`)."""

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics)

    def exit_code(self, *, strict: bool = False) -> int:
        """0 clean, 1 errors (or warnings under strict), 2 when input could not be read."""
        if any(d.code in IO_CODES for d in self.diagnostics):
            return 2
        if self.errors or (strict and self.warnings):
            return 1
        return 0


def _suppress(
    asm: Assembled, findings: list[Finding]
) -> tuple[list[Finding], dict[str, int], dict[str, set[str]]]:
    """Findings left after the plan's suppressions, what they silenced by code, and the texts
    silenced per privacy code (for the raw-text diagnostics, which have no data path)."""
    if asm.partial is None or not asm.partial.suppress:
        return findings, {}, {}
    silenced = set()
    scoped: list[tuple[int, str, Scope]] = []
    texts: dict[str, set[str]] = {}
    for i, s in enumerate(asm.partial.suppress):
        info = CODES.get(s.code)
        if s.text is not None and s.item is not None:
            findings.append(
                Finding(
                    asm.root,
                    ("suppress", i, "item"),
                    "K701",
                    t("check.k701.text_and_item"),
                )
            )
        elif s.text is not None:
            if s.code in PRIVACY_CODES:
                texts.setdefault(s.code, set()).add(s.text)
            else:
                findings.append(
                    Finding(
                        asm.root,
                        ("suppress", i, "text"),
                        "K701",
                        t(
                            "check.k701.text_not_privacy",
                            codes=", ".join(sorted(PRIVACY_CODES)),
                            code=s.code,
                        ),
                    )
                )
        elif info is None or info.severity is Severity.ERROR:
            if info is None:
                why = "check.k701.no_code"
            elif s.code in PRIVACY_CODES:
                why = "check.k701.error_privacy"
            else:
                why = "check.k701.error"
            findings.append(Finding(asm.root, ("suppress", i, "code"), "K701", t(why, code=s.code)))
        elif s.item is None:
            silenced.add(s.code)
        elif (scope := scope_of(asm, s.item)) is None:
            findings.append(
                Finding(
                    asm.root,
                    ("suppress", i, "item"),
                    "K701",
                    t("check.k701.names_nothing", item=s.item),
                )
            )
        else:
            scoped.append((i, s.code, scope))
    kept: list[Finding] = []
    dropped: dict[str, int] = {}
    used: set[int] = set()
    for f in findings:
        hits = [i for i, code, scope in scoped if code == f.code and scope.holds(f)]
        used.update(hits)
        if hits or f.code in silenced or (f.code in texts and named(f.message) in texts[f.code]):
            dropped[f.code] = dropped.get(f.code, 0) + 1
        else:
            kept.append(f)
    # a scoped suppression is a claim about one item: when the item is fixed, say it is stale
    for i, code, _ in scoped:
        if i not in used:
            item = asm.partial.suppress[i].item
            kept.append(
                Finding(
                    asm.root,
                    ("suppress", i, "item"),
                    "K701",
                    t("check.k701.stale", code=code, item=item or ""),
                )
            )
    return kept, dropped, texts


def _false_alarms(
    asm: Assembled, texts: dict[str, set[str]], dropped: dict[str, int]
) -> list[Diagnostic]:
    """The loader's diagnostics without the privacy hits the plan marked as false alarms."""
    if not texts:
        return asm.problems
    cache: dict[str, dict[tuple[int, int, str], str]] = {}
    cells: dict[str, dict[tuple[str, int, int, str], str]] = {}
    kept = []
    for d in asm.problems:
        if d.code in texts:
            if d.sheet:
                if d.path not in cells:
                    cells[d.path] = flagged_cells(d.path, asm.source)
                hit = cells[d.path].get((d.sheet, d.line, d.col, d.code))
            else:
                if d.path not in cache:
                    cache[d.path] = _flagged_text(d.path, asm.source)
                hit = cache[d.path].get((d.line, d.col, d.code))
            if hit in texts[d.code]:
                dropped[d.code] = dropped.get(d.code, 0) + 1
                continue
        kept.append(d)
    return kept


def _flagged_text(path: str, source: Source) -> dict[tuple[int, int, str], str]:
    """The privacy hits of a text file by place: a CSV as it was read (Windows-1252 too)."""
    read = read_csv_text(path, source) if path.lower().endswith(".csv") else read_text(path, source)
    if isinstance(read, Diagnostic):
        return {}
    return flagged(read if isinstance(read, str) else read[0])


@dataclass(frozen=True)
class Checked:
    """One plan through the pipeline: what was read, what was found, and the plan if it is valid."""

    assembled: Assembled
    """The plan's files, where each item came from, and the plan as far as it was read."""
    report: Report
    """Every problem found, sorted by file, line and column."""

    @property
    def partial(self) -> PartialPlan | None:
        """The plan as far as it was read (items with errors left out); None when kplan.yaml
        could not be read at all."""
        return self.assembled.partial

    @property
    def plan(self) -> Plan | None:
        """The valid plan: no errors (warnings are fine) and its plan: read. None otherwise."""
        partial = self.assembled.partial
        return partial if isinstance(partial, Plan) and self.report.errors == 0 else None

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """The errors of the report, in its order."""
        return tuple(d for d in self.report.diagnostics if d.severity is Severity.ERROR)


def check(
    path: str, source: Source = DISK, *, rules: bool = True, today: dt.date | None = None
) -> Checked:
    """The one validation pipeline: read the plan at `path` (a plan directory or a single-file
    plan) from `source`, check it and locate every problem.

    With `rules=False` only what keeps items from being read is looked for (YAML, CSV and model
    errors, the privacy scan): no rules across the plan and no suppressions, which keeps reading
    a version for `kplan diff` and `kplan log` quick."""
    asm = assemble(path, source)
    findings = list(asm.findings)
    problems = asm.problems
    suppressed: dict[str, int] = {}
    if rules:
        findings += run_checks(asm, today or dt.date.today())
        findings += missing_tags(asm, today or dt.date.today())
        findings, suppressed, texts = _suppress(asm, findings)
        problems = _false_alarms(asm, texts, suppressed)
    # a value the loader already reported (an impossible date) is not reported again
    taken = {(d.path, d.line, d.col) for d in problems}
    located = [d for d in resolve(findings, asm.source) if (d.path, d.line, d.col) not in taken]
    diagnostics = sorted([*problems, *located])
    report = Report(tuple(diagnostics), (asm.root,), len(asm.files), suppressed, source.label)
    return Checked(asm, report)


def validate_paths(
    paths: list[str], *, today: dt.date | None = None, source: Source = DISK
) -> Report:
    """Validate several plans into one report. A path to a file that a plan includes
    validates that plan (once, however many of its files are named), with a note; a file
    that is part of no plan gets one diagnostic saying which plans there are."""
    reports: list[Report] = []
    notes: list[Message] = []
    done: set[str] = set()
    for path in paths:
        aim = target(path, source)
        if aim.note is not None:
            notes.append(aim.note)
        if aim.refused is not None:
            reports.append(Report((aim.refused,), (path,), 1, revision=source.label))
        elif os.path.abspath(aim.path) not in done:
            done.add(os.path.abspath(aim.path))
            reports.append(check(aim.path, source, today=today).report)
    suppressed: dict[str, int] = {}
    for r in reports:
        for code, n in r.suppressed.items():
            suppressed[code] = suppressed.get(code, 0) + n
    return Report(
        tuple(sorted(d for r in reports for d in r.diagnostics)),
        tuple(p for r in reports for p in r.plans),
        sum(r.files for r in reports),
        suppressed,
        source.label,
        tuple(notes),
    )
