"""Messages of the run stage: key → (bokmål, nynorsk, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {}
