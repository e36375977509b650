"""A new plan from the KS template (`kplan init`): the options in, the files out.

`scaffold(NewPlan)` is pure: it returns `{relative path: file text}` and touches nothing, so a
test can read every byte of a new plan without a disk, and writing it (all or nothing, never
over a file) is `kplan.document.newfiles`' job.

The plan is written as text, not dumped from data, so that every section carries the comment
that says what belongs in it; the user's words (the kommune, a service area's name) go in as
YAML double-quoted scalars with every character outside printable text escaped, and the result
is read back with kplan's own YAML reader: a name that would not come back identical is an
error here, never a plan that says something else.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from kplan.check.rules.base import NYNORSK_STEP_LABELS, STEP_LABELS
from kplan.document.scaffold_input import LANG_INDEX, slug
from kplan.errors import KplanError
from kplan.present.init_labels import INIT_LABELS
from kplan.text import t


def step_name(number: int, lang: str) -> str:
    """KS's current label of a step (the last of its label sets), in nynorsk for a nynorsk plan
    where the nynorsk label differs; K204 accepts both."""
    if lang == "nn" and number in NYNORSK_STEP_LABELS:
        return NYNORSK_STEP_LABELS[number][-1]
    return STEP_LABELS[number][-1]


SCHEMA_PATH = "schema/kplan.schema.json"
PLAN_PATH = "kplan.yaml"
ACTIONS_PATH = "tiltaksplan/tiltak.yaml"
PRE_COMMIT_PATH = ".pre-commit-config.yaml"
CI_PATH = ".github/workflows/kplan.yml"

HOOK_FILES = r"(?i)\.(ya?ml|csv|tsv|xlsx|xlsm|json)$"
"""The files whose change runs the pre-commit hook: the plan's YAML and the CSV, Excel and SSB
(CSV or JSON-stat) files it reads. A regex rather than `always_run`: a commit that touches only
the repository's README or pictures does not wait for a validation. A commit that only deletes
a file runs no hook (pre-commit passes no deleted files); CI validates every push."""

KPLAN_SOURCE = "kplan @ git+https://github.com/OWNER/kplan@v0.1.0"
"""The pip requirement CI installs kplan from, when the kplan that runs init does not know
where it came from (the command passes its own origin when pip recorded one)."""

WIDTH = 96


@dataclass(frozen=True)
class NewPlan:
    """What `kplan init` was told. Checked already (`scaffold_input`): the number is four
    digits, the period runs forwards within 30 years, the names are one line of text."""

    kommune: str
    number: str
    start: int
    end: int
    area: str | None = None
    """The tjenesteområde the plan covers; None for the whole kommune."""
    lang: str = "nb"
    progress_plan: bool = False
    kplan_source: str = KPLAN_SOURCE


def scaffold(new: NewPlan, schema: str) -> dict[str, str]:
    """The files of a new plan, by path relative to its directory. `schema` is the JSON
    Schema text (`kplan.plan.schema.schema_text("7")`, what `kplan schema --draft 7` prints)."""
    plan = _plan_file(new)
    _check_round_trip(plan, new)
    return {
        PLAN_PATH: plan,
        ACTIONS_PATH: _actions_file(new),
        SCHEMA_PATH: schema,
        PRE_COMMIT_PATH: pre_commit_file(new),
        CI_PATH: ci_file(new),
    }


# ---------------------------------------------------------------------------------------------
# YAML text


def quote(value: str) -> str:
    """`value` as a YAML double-quoted scalar that reads back as exactly `value`: quotes and
    backslashes escaped, and every character YAML would not keep as printable text (controls,
    line and paragraph separators, NEL, a BOM, lone surrogates) written as an escape."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= code <= 0x7E or (
            (0xA0 <= code <= 0xD7FF and code not in (0x2028, 0x2029))
            or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
            or code >= 0x10000
        ):
            out.append(ch)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}")
    out.append('"')
    return "".join(out)


def _words(new: NewPlan, key: str, **values: object) -> str:
    return INIT_LABELS[key][LANG_INDEX[new.lang]].format(**values)


def _comment(text: str, indent: str = "") -> list[str]:
    return [
        f"{indent}# {line}"
        for line in textwrap.wrap(text, WIDTH - len(indent) - 2, break_on_hyphens=False)
    ]


def _example(new: NewPlan, section: str, indent: str = "") -> list[str]:
    key = f"scaffold.{section}.example"
    if key not in INIT_LABELS:
        return []
    lines = [f"{indent}# {_words(new, 'scaffold.example')}"]
    lines += [f"{indent}#   {line}" for line in _words(new, key).splitlines()]
    return lines


def _section(new: NewPlan, name: str, value: str, *, step: int | None = None) -> list[str]:
    """A top-level key with its comment (and the KS step it belongs to) and its example: above
    a list (written over `[]`), inside a mapping that is still empty (uncommented in place)."""
    text = _words(new, f"scaffold.{name}")
    if step is not None:
        text = f"{_words(new, 'scaffold.step', n=step)}. {text}"
    if value:  # a list: `name: []`
        return ["", *_comment(text), *_example(new, name), f"{name}:{value}"]
    return ["", *_comment(text), f"{name}:", *_inside_example(new, name)]


def _inside_example(new: NewPlan, section: str) -> list[str]:
    key = f"scaffold.{section}.example"
    if key not in INIT_LABELS:
        return []
    lines = [f"  # {_words(new, 'scaffold.example')}"]
    # every example line is indented by two at least: `  # ` keeps the rest of its indent, so
    # taking away `# ` gives the line back
    lines += [f"  # {line[2:]}" for line in _words(new, key).splitlines()]
    return lines


def _title(new: NewPlan) -> str:
    key = "scaffold.title_progress" if new.progress_plan else "scaffold.title"
    if new.area is not None:
        key += "_area"
    return _words(new, key, start=new.start, end=new.end, area=new.area)


def _schema_line(depth: int) -> str:
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_PATH}"


def _plan_file(new: NewPlan) -> str:
    lines = [_schema_line(0), *_comment(_words(new, "scaffold.header"))]
    lines += ["", *_comment(_words(new, "scaffold.kplan")), "kplan: 1"]
    lines += ["", *_comment(_words(new, "scaffold.include")), 'include: ["tiltaksplan/*.yaml"]']
    lines += ["", *_comment(_words(new, "scaffold.plan")), "plan:"]
    lines += [f"  title: {quote(_title(new))}", "  kommune:"]
    lines += [f"    name: {quote(new.kommune)}", f"    number: {quote(new.number)}"]
    area_id = slug(new.area) if new.area is not None else None
    if area_id is None:
        lines += ["  scope:", "    kind: kommune"]
    else:
        lines += ["  scope:", "    kind: tjenesteområde", f"    units: [{quote(area_id)}]"]
    lines += ["  period:", f"    start: {new.start}", f"    end: {new.end}"]
    lines += ["  status: utkast", f"  language: {new.lang}"]
    lines += [*_comment(_words(new, "scaffold.purpose"), "  ")]
    lines += [*_example(new, "purpose", "  "), "  purpose: []"]
    lines += _section(new, "decisions", " []")
    lines += _section(new, "organisation", "", step=1)
    lines += _steps(new)
    lines += _section(new, "anchoring", "", step=2)
    lines += _section(new, "goals", " []", step=3)
    lines += _section(new, "competence_concept", "", step=4)
    lines += _section(new, "learning", "", step=6)
    lines += _section(new, "units", "", step=5)
    lines += _units(new, area_id)
    for name in ("competences", "requirements", "inventory", "drivers", "staffing", "needs"):
        lines += _section(new, name, " []", step=5)
    lines += _section(new, "swot", " []", step=5)
    lines += _section(new, "strategies", " []", step=6)
    lines += _section(new, "evaluation", "", step=7)
    for name in ("content", "glossary", "appendices"):
        lines += _section(new, name, " []")
    lines += _section(new, "analysis", "", step=5)
    lines += _section(new, "action_table", "", step=6)
    lines += _section(new, "suppress", " []")
    return "\n".join(lines) + "\n"


def _steps(new: NewPlan) -> list[str]:
    key = "steps_progress" if new.progress_plan else "steps"
    lines = ["", *_comment(_words(new, f"scaffold.{key}")), "steps:"]
    for number in STEP_LABELS:
        lines += [f"  - number: {number}", f"    name: {quote(step_name(number, new.lang))}"]
        if new.progress_plan:
            lines += ["    responsible:", "    what:", "    deadline:"]
    return lines


def _units(new: NewPlan, area_id: str | None) -> list[str]:
    lines = ["  - id: kommunen", f"    name: {quote(new.kommune)}", "    level: kommune"]
    if area_id is not None and new.area is not None:
        lines += [f"  - id: {quote(area_id)}", f"    name: {quote(new.area)}"]
        lines += ["    level: tjenesteområde", "    parent: kommunen"]
    return lines


def _actions_file(new: NewPlan) -> str:
    lines = [_schema_line(1), *_comment(_words(new, "scaffold.part_header"))]
    lines += [
        "",
        *_comment(f"{_words(new, 'scaffold.step', n=6)}. {_words(new, 'scaffold.actions')}"),
    ]
    lines += [*_example(new, "actions"), "actions: []"]
    return "\n".join(lines) + "\n"


def _check_round_trip(text: str, new: NewPlan) -> None:
    """Read the plan back as `kplan validate` will: the user's words must come back as given."""
    from kplan.read.yaml_loader import parse_text

    loaded = parse_text(text, PLAN_PATH)
    data: Any = loaded.data
    got = None
    if loaded.ok and not loaded.problems and isinstance(data, dict):
        info = data.get("plan") or {}
        units = data.get("units") or []
        got = (
            info.get("kommune", {}).get("name"),
            info.get("kommune", {}).get("number"),
            units[1].get("name") if len(units) > 1 else None,
        )
    if got != (new.kommune, new.number, new.area):
        raise KplanError(t("init.not_round_trip"))


# ---------------------------------------------------------------------------------------------
# The plan repository's pre-commit hook and CI workflow


def pre_commit_file(new: NewPlan) -> str:
    """`kplan validate` before every commit, with the kplan already installed (the one that
    wrote the plan): no repository address to fill in, so it works as written."""
    lines = _comment(_words(new, "scaffold.pre_commit"))
    return "\n".join(lines) + (
        "\nrepos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: kplan-validate\n"
        "        name: kplan validate\n"
        "        entry: kplan validate\n"
        "        language: system\n"
        "        pass_filenames: false\n"
        f"        files: {HOOK_FILES}\n"
        "        args: [.]\n"
    )


def ci_file(new: NewPlan) -> str:
    """A GitHub Actions workflow: validate, the changes since the adopted version, the
    document. Without --strict: a draft has warnings until it is filled in."""
    install = _run_line("pip install " + _shell_quote(new.kplan_source))
    lines = [
        *_comment(_words(new, "scaffold.ci")),
        "name: kplan",
        "on: [push, pull_request]",
        "jobs:",
        "  plan:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        f"        with: {{fetch-depth: 0}}  # {_words(new, 'scaffold.ci_history')}",
        "      - uses: actions/setup-python@v5",
        '        with: {python-version: "3.12"}',
        *_comment(_words(new, "scaffold.ci_source"), "      "),
        f"      - run: {install}",
        "      - run: kplan validate --format github .",
        "      - run: kplan diff . --format md > endringer.md",
        "      - run: kplan render . -o plan.html",
        *_comment(_words(new, "scaffold.ci_gap"), "      "),
        "      # - run: kplan gap . --fail-on-gap",
        "      - uses: actions/upload-artifact@v4",
        "        with:",
        "          name: plan",
        "          path: |",
        "            plan.html",
        "            endringer.md",
    ]
    return "\n".join(lines) + "\n"


def _run_line(command: str) -> str:
    # plain when YAML reads it as plain text, quoted when a «: » or « #» would cut it
    return quote(command) if ": " in command or " #" in command else command


def _shell_quote(requirement: str) -> str:
    # a requirement is ours (a constant or pip's own record), but it ends up in a shell line
    # inside YAML: single quotes for the shell, and nothing that could end the line
    safe = "".join(ch for ch in requirement if ch.isprintable() and ch not in "'\n")
    return f"'{safe}'"
