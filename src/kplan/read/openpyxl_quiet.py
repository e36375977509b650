"""openpyxl imported without numpy, for every stage that reads or writes a workbook.

openpyxl imports numpy whenever it is installed (`openpyxl.compat.numbers`), only to accept
numpy's number types as cell values: on an analyst's machine with numpy that was 0.16 s of the
0.27 s `kplan gap -o plan.xlsx` spent importing openpyxl. kplan hands openpyxl only Python's own
str, int, float, bool and datetime, and reads cells back as those, so openpyxl never needs
numpy's types: it is imported with numpy hidden, and numpy stays importable afterwards.
"""

from __future__ import annotations

import sys


def import_openpyxl() -> None:
    """Import openpyxl (once per process) without letting it import numpy. When numpy is
    already imported, openpyxl takes it as it would anyway: it costs nothing more then."""
    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        import openpyxl

        return
    # a None in sys.modules makes `import numpy` raise ImportError, which openpyxl catches
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import openpyxl  # noqa: F401  (its reader and writer too)
    finally:
        if sys.modules.get("numpy", ...) is None:
            del sys.modules["numpy"]
