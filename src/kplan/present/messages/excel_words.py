"""The action form's own words: cover sheet, column headers, sheet names, and what kplan says
about a filled-in form's cells (K910) and sheets (K911): key → (bokmål, nynorsk, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str, str]] = {}
