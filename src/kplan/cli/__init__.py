"""Stage 7, the command line: thin typer commands (`commands`), the options they share
(`options`) and the one error boundary (`boundary`). `main` is the console entry point."""

from kplan.cli import init as _init  # noqa: F401  (registers `kplan init` on the app)
from kplan.cli.commands import app, main

__all__ = ["app", "main"]
