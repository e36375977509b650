"""The one error family for failures the user can act on.

Any stage raises one where the failure happens (a repository git cannot read, a template that
was refused, an option the plan does not answer); its message is a sentence for the user. The
CLI's boundary (`kplan.cli.boundary.run`) catches the family once, prints `kplan: message` on
one line and exits with the error's `exit_code`, whichever command and stage raised it.
"""

from __future__ import annotations


class KplanError(Exception):
    """A failure to report as `kplan: message`; exit 2 unless a kind says otherwise."""

    exit_code: int = 2
    """2: usage or I/O. The only code the family uses today; findings (1) are a result, not
    an error."""


class UsageError(KplanError):
    """An option or argument the command cannot use (`--unit x` the plan has no unit x, a
    `--format` the command's result has no printer for)."""
