"""One `git cat-file --batch` process for all the blobs a command reads.

A process per blob costs a millisecond or more each, and a plan may have hundreds of files in
each of the versions `kplan log` compares. The size is read from the answer's header before the
content, so a huge blob is never read past the caller's limit.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import IO

from kplan.text import Message, t

TIMEOUT = 120
"""Seconds one request may take: a FIFO among the objects would otherwise stall it forever."""


class Batch:
    """A `git cat-file --batch` started on first use; errors are the caller's GitError."""

    def __init__(
        self,
        cmd: list[str],
        env: dict[str, str],
        error: type[Exception],
        missing: Callable[[str], Message] | None = None,
    ) -> None:
        self.cmd, self.env, self.error = cmd, env, error
        self.missing = missing or (lambda blob: t("read.git.object_missing", blob=blob))
        self.proc: subprocess.Popen[bytes] | None = None
        self.expired = False

    @contextlib.contextmanager
    def _deadline(self) -> Iterator[None]:
        """Kill git when a request takes longer than TIMEOUT; what was read then is short,
        and the error raised says the time ran out."""
        proc = self._start()
        timer = threading.Timer(TIMEOUT, self._expire, (proc,))
        timer.daemon = True
        timer.start()
        try:
            yield
        except Exception:
            if self.expired:
                self.close()
                raise self.error(t("read.git.too_long", command="cat-file")) from None
            raise
        finally:
            timer.cancel()

    def _expire(self, proc: subprocess.Popen[bytes]) -> None:
        self.expired = True
        if proc.poll() is None:
            proc.kill()

    def _start(self) -> subprocess.Popen[bytes]:
        if self.proc is None:
            try:
                self.proc = subprocess.Popen(
                    self.cmd,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env=self.env,
                )
            except OSError as exc:
                why = str(exc)
                raise self.error(t("read.git.not_started", command="cat-file", why=why)) from None
            weakref.finalize(self, _stop, self.proc)
        return self.proc

    def _ask(self, blobs: list[str]) -> tuple[IO[bytes], IO[bytes]]:
        for blob in blobs:
            if not re.fullmatch(r"[0-9a-f]{40,64}", blob):
                raise self.error(t("read.git.not_an_object_id"))
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(b"".join(b.encode() + b"\n" for b in blobs))
            proc.stdin.flush()
        except OSError:
            self.close()
            raise self.error(t("read.git.cat_stopped")) from None
        return proc.stdin, proc.stdout

    def _size(self, stdout: IO[bytes], blob: str) -> int | None:
        """The size the answer's header gives; None for a missing object."""
        header = stdout.readline().split()
        if len(header) == 2 and header[1] == b"missing":
            return None
        if len(header) != 3 or not header[2].isdigit():
            self.close()
            raise self.error(t("read.git.corrupt_header", blob=blob[:12]))
        return int(header[2])

    def read(self, blob: str, limit: int | None) -> bytes:
        with self._deadline():
            _, stdout = self._ask([blob])
            size = self._size(stdout, blob)
            if size is None:
                raise self.error(self.missing(blob[:12]))
            if limit is not None and size > limit:
                data = _read(stdout, limit)
                self.close()  # the rest of a huge blob is not worth reading
                return data
            return self._rest(stdout, blob, size)

    def read_many(self, blobs: list[str]) -> dict[str, bytes]:
        """Small blobs, asked for together (one round trip for a chunk, not one each)."""
        found: dict[str, bytes] = {}
        for i in range(0, len(blobs), 128):  # 128 requests fit in any pipe buffer
            chunk = blobs[i : i + 128]
            with self._deadline():
                _, stdout = self._ask(chunk)
                for blob in chunk:
                    size = self._size(stdout, blob)
                    if size is not None:
                        found[blob] = self._rest(stdout, blob, size)
        return found

    def _rest(self, stdout: IO[bytes], blob: str, size: int) -> bytes:
        data = _read(stdout, size)
        if len(data) != size or stdout.read(1) != b"\n":
            self.close()
            raise self.error(t("read.git.corrupt_short", blob=blob[:12]))
        return data

    def close(self) -> None:
        if self.proc is not None:
            _stop(self.proc)
            self.proc = None


def _read(stream: IO[bytes], size: int) -> bytes:
    chunks, left = [], size
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    for stream in (proc.stdin, proc.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass
    if proc.poll() is None:
        proc.kill()
    proc.wait()
