"""The one error family for failures the user can act on.

Any stage raises one where the failure happens (a repository git cannot read, a template that
was refused, an option the plan does not answer); its message is a catalogue `Text`. The
CLI's boundary (`kplan.cli.boundary.run`) catches the family once, prints `kplan: message` on
one line, in the reader's language, and exits with the error's `exit_code`, whichever command
and stage raised it.
"""

from __future__ import annotations

from kplan.text import Message, Text


class KplanError(Exception):
    """A failure to report as `kplan: message`; exit 2 unless a kind says otherwise."""

    exit_code: int = 2
    """2: usage or I/O. The only code the family uses today; findings (1) are a result, not
    an error."""

    def __init__(self, message: Message, *args: object) -> None:
        super().__init__(message, *args)

    @property
    def message(self) -> Message:
        """What to tell the user: a catalogue `Text` that the CLI writes in the reader's
        language (tests/test_catalogue.py refuses a sentence written as a plain string)."""
        first = self.args[0] if self.args else ""
        return first if isinstance(first, str | Text) else str(first)


class UsageError(KplanError):
    """An option or argument the command cannot use (`--unit x` the plan has no unit x, a
    `--format` the command's result has no printer for)."""
