"""openpyxl is imported without numpy (`kplan.read.openpyxl_quiet`), and numpy stays importable."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

SCRIPT = """
import json, sys
from kplan.read.openpyxl_quiet import import_openpyxl
import_openpyxl()
seen = {"openpyxl": "openpyxl" in sys.modules, "numpy": "numpy" in sys.modules}
import_openpyxl()  # a second call imports nothing more
seen["again"] = "numpy" in sys.modules
import numpy
seen["after"] = float(numpy.float64(1.5) + 1) == 2.5
import openpyxl.compat.numbers as numbers
seen["numpy_types"] = numbers.NUMPY
print(json.dumps(seen))
"""


@pytest.mark.skipif(importlib.util.find_spec("numpy") is None, reason="numpy is not installed")
def test_openpyxl_comes_without_numpy_and_numpy_still_imports() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen == {
        "openpyxl": True,
        "numpy": False,
        "again": False,
        "after": True,
        "numpy_types": False,
    }


def test_with_numpy_already_imported_openpyxl_takes_it_as_ever() -> None:
    if importlib.util.find_spec("numpy") is None:
        pytest.skip("numpy is not installed")
    script = (
        "import json, sys, numpy\n"
        "from kplan.read.openpyxl_quiet import import_openpyxl\n"
        "import_openpyxl()\n"
        "import openpyxl.compat.numbers as n\n"
        "print(json.dumps([n.NUMPY, sys.modules['numpy'] is numpy]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.splitlines()[-1]) == [True, True]
