"""The document stage's error: a template, the templates directory or the PDF step failed."""

from __future__ import annotations

from kplan.errors import KplanError


class RenderError(KplanError):
    """Rendering cannot go on: a message for the user, exit 2 (said at the CLI boundary)."""
