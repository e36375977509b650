"""Files: which files a plan reads, found from its root and its include patterns.

A plan is a directory with `kplan.yaml`, or a single YAML file. `include:` and the CSV lists under
`analysis:` name more files, as paths or glob patterns relative to kplan.yaml (`**` allowed). Only
files inside the plan directory are read: a pattern with «..», an absolute path, a symbolic link
that leads out, or a pattern that starts through a linked folder is reported instead (K018).
"""

from __future__ import annotations

import glob
import os
from typing import Any

from kplan.diagnostics import Diagnostic, Finding, make
from kplan.read.rawtext import not_a_file
from kplan.read.sources import DISK, Source
from kplan.text import Message, t

ROOT_NAME = "kplan.yaml"
MAX_FILES = 2000
"""Files one plan may read through include: and analysis:; real plans have a dozen."""


def find_root(path: str, source: Source = DISK) -> str | Diagnostic:
    """The root file of the plan at `path`: a directory's kplan.yaml, or a single YAML file."""
    where: Message = t("plan.files.in_source", source=source.label) if source.label else ""
    if source.is_dir(path):
        root = os.path.join(path, ROOT_NAME)
        if not source.is_file(root):
            odd = not_a_file(root, source) if os.path.lexists(root) else None
            if odd is not None:
                return odd
            return make(path, 0, 0, "K016", t("plan.k016.no_root", root=ROOT_NAME, where=where))
        return os.path.normpath(root)
    if not source.exists(path):
        return make(path, 0, 0, "K001", t("plan.k001.no_such_path", where=where))
    if not source.is_file(path):
        return not_a_file(path, source) or make(path, 0, 0, "K001", t("plan.k001.not_a_file"))
    return os.path.normpath(path)


def _linked_start(base: str, pattern: str, source: Source) -> str | None:
    """The first folder of the pattern's fixed start that is a symbolic link (on disk; git
    trees hold no linked folders kplan follows), or None."""
    if type(source) is not Source:
        return None
    lead: list[str] = []
    for step in pattern.replace("\\", "/").split("/")[:-1]:
        if glob.has_magic(step):
            break
        lead.append(step)
        here = os.path.join(base, *lead)
        if os.path.islink(here) and os.path.isdir(here):
            return "/".join(lead)
    return None


def expand(
    root: str,
    patterns: Any,
    source: Source,
    findings: list[Finding],
    key: tuple[str, ...] = ("include",),
) -> list[str]:
    """The files `patterns` (a plan's list of include patterns, as read) name, in order and each
    once; what is wrong with a pattern goes to `findings`, at `key` and the pattern's index."""
    if not isinstance(patterns, list):
        return []  # the model reports the wrong type
    base = os.path.dirname(root) or "."
    files: list[str] = []
    seen = {root}
    for i, pattern in enumerate(patterns):
        if not isinstance(pattern, str) or not pattern:
            continue
        if os.path.isabs(pattern) or ".." in pattern.replace("\\", "/").split("/"):
            findings.append(
                Finding(root, (*key, i), "K018", t("plan.k018.outside", pattern=pattern))
            )
            continue
        linked = _linked_start(base, pattern, source)
        if linked is not None:
            findings.append(
                Finding(
                    root,
                    (*key, i),
                    "K018",
                    t("plan.k018.linked_folder", folder=linked),
                )
            )
            continue
        matches = [os.path.normpath(m) for m in source.glob(base, pattern)]
        if len(files) + len(matches) > MAX_FILES:
            findings.append(
                Finding(
                    root,
                    (*key, i),
                    "K001",
                    t("plan.k001.too_many_files", pattern=pattern, n=len(matches), most=MAX_FILES),
                )
            )
            continue
        for m in matches:
            # a symlink inside the plan may point anywhere; only files inside the plan are read
            if source.outside(base, m):
                rel = os.path.relpath(m, base)
                findings.append(
                    Finding(
                        root,
                        (*key, i),
                        "K018",
                        t("plan.k018.link_outside", path=rel),
                    )
                )
            elif m not in seen:
                seen.add(m)
                files.append(m)
        odd = None if matches or glob.has_magic(pattern) else _not_a_file(base, pattern, source)
        if odd is not None:
            problem = t("plan.files.pattern_problem", pattern=pattern, problem=odd.message)
            findings.append(Finding(root, (*key, i), odd.code, problem))
        elif not matches:
            findings.append(
                Finding(root, (*key, i), "K017", t("plan.k017.no_match", pattern=pattern))
            )
    return files


def _not_a_file(base: str, pattern: str, source: Source) -> Diagnostic | None:
    """A named path that is there but is no file (a FIFO, a device, a directory): say so
    rather than that it matches nothing."""
    path = os.path.join(base, pattern)
    if type(source) is not Source or not os.path.lexists(path):
        return None
    if source.outside(base, path):
        return make(path, 0, 0, "K018", t("plan.k018.this_links_outside"))
    return not_a_file(path, source)
