"""A report written to a file in pieces is the file it would be whole, or no file at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kplan.document.write import write_atomic


def test_pieces_are_written_in_order(tmp_path: Path) -> None:
    target = tmp_path / "gap.json"
    write_atomic(str(target), (p.encode("utf-8") for p in ("{\n", '  "a": "Ål"', "\n}\n")))
    assert target.read_bytes() == '{\n  "a": "Ål"\n}\n'.encode()


def test_a_piece_that_fails_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "gap.json"
    target.write_bytes(b"old")

    def pieces() -> Iterator[bytes]:
        yield b"{\n"
        raise RuntimeError("the printer failed half way")

    with pytest.raises(RuntimeError):
        write_atomic(str(target), pieces())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["gap.json"]
