"""Which format `kplan render` writes: the one asked for, else the one the output file's name
says (`-o plan.pdf` is a PDF, never HTML under a PDF's name), else HTML; and the file patterns
the plan reads, which an output must not match."""

from __future__ import annotations

import os
from typing import Any

from kplan.errors import UsageError
from kplan.present.formats import Format
from kplan.present.terminal import field
from kplan.text import t

BY_EXTENSION = {
    ".md": Format.md,
    ".markdown": Format.md,
    ".html": Format.html,
    ".htm": Format.html,
    ".pdf": Format.pdf,
    ".docx": Format.docx,
}
"""The extensions kplan knows; any other name is the user's business."""


def document_format(asked: Format | None, output: str | None) -> Format:
    """The format to write; a usage error when `--format` and the file's name disagree, or a PDF
    or Word file has no file to go to."""
    named = BY_EXTENSION.get(os.path.splitext(output)[1].lower()) if output else None
    if asked is not None and named is not None and asked is not named:
        raise UsageError(
            t("run.format.mismatch", format=asked.value, output=field(output), named=named.value)
        )
    chosen = asked or named or Format.html
    if chosen is Format.pdf and output is None:
        raise UsageError(t("run.format.pdf_needs_output"))
    if chosen is Format.docx and output is None:
        raise UsageError(t("docx.needs_output"))
    return chosen


def read_patterns(plan: Any) -> list[str]:
    """The plan's `include:` and analysis file patterns: an output they match would be read
    as part of the plan next time."""
    analysis = plan.analysis
    return [
        *plan.include,
        *((analysis.inventory_files or []) if analysis else []),
        *((analysis.driver_files or []) if analysis else []),
        *(entry.file for entry in (getattr(analysis, "ssb", None) or [])),
    ]
