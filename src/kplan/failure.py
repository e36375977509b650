"""The one error type for failures the user can act on (a repository git cannot read, a
template that was refused...): its message is a sentence for them, and the CLI's boundary
(`output.run`) prints it as one line and exits 2, whichever command and stage raised it."""

from __future__ import annotations


class KplanError(Exception):
    """A failure to report as `kplan: message`, exit 2."""
