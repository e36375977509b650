"""`kplan init`: a new plan from the KS template validates with warnings only and renders in
bokmål and nynorsk, its bytes are golden, it never overwrites anything, the user's words come
back exactly as given, and the pre-commit hook and CI workflow it writes run as written."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import GIT_ENV, ROOT, Repo, fails, kplan, ok, snapshot

from kplan.document.scaffold import (
    ACTIONS_PATH,
    CI_PATH,
    PLAN_PATH,
    PRE_COMMIT_PATH,
    SCHEMA_PATH,
    NewPlan,
    quote,
    scaffold,
)

GOLDEN = ROOT / "tests" / "golden" / "init"
ARGS = ("--kommune", "Testvik kommune", "--number", "0301", "--period", "2027-2030")


def _init(target: Path, *extra: str, **env: str) -> str:
    return ok(kplan("init", str(target), *ARGS, *extra, **env))


def _yaml(text: str) -> object:
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load(text)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_a_new_plan_validates_with_warnings_only(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "plan"
    _init(target, "--lang", lang)
    result = kplan("validate", str(target))
    assert result.returncode == 0, result
    codes = re.findall(r": (K\d{3}) ", result.stdout)
    # what is still to fill in: the seven KS steps the plan says nothing about yet; the rest of
    # the template (units, steps, empty lists, empty mappings) raises nothing
    assert codes == ["K403"] * 7, result.stdout
    assert re.search(r"\b0 (feil|errors)\b", result.stdout), result.stdout
    assert kplan("validate", "--strict", str(target)).returncode == 1


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_a_new_plan_renders_and_says_what_is_empty(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "plan"
    _init(target, "--lang", lang)
    md = ok(kplan("render", str(target), "-f", "md"))
    assert "# Strategisk kompetanseplan 2027-2030" in md
    assert "Testvik kommune (0301)" in md
    empty = {"nb": "Planen sier ikke noe om dette ennå", "nn": "Planen seier ikkje noko om dette"}
    # what is still empty: organisation (steg 1), forankring and goals (2, 3), the competence
    # concept (4), the analysis, which has only its units (5), strategies and actions (6) and
    # evaluation (7): six places, as the seven K403 warnings say (2 and 3 share a chapter)
    assert md.count(empty[lang]) == 6, md
    html_file = tmp_path / "plan.html"
    ok(kplan("render", str(target), "-o", str(html_file)))
    html = html_file.read_text(encoding="utf-8")
    assert f'lang="{lang}"' in html
    assert html.count(empty[lang]) == 6
    # the organisation (KS steg 1) is the first thing to fill in: the document says it is empty
    heading = {"nb": "### Organisering", "nn": "### Organisering"}[lang]
    assert f"{heading}\n\n_{empty[lang]}" in md, md
    # the seven steps as a progress plan, with KS's current labels
    for name in ("Organisering og involvering", "Gjennomføring, oppfølging og evaluering"):
        assert name in md


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("progress", [False, True], ids=["plan", "progress-plan"])
def test_golden_init_output(lang: str, progress: bool, update_golden: bool) -> None:
    """Every byte of the new plan but the schema (which is `kplan schema --draft 7`, and
    changes with the model, tested below)."""
    new = NewPlan(
        kommune="Testvik kommune",
        number="0301",
        start=2027,
        end=2030,
        area="Helse og omsorg" if progress else None,
        lang=lang,
        progress_plan=progress,
    )
    files = scaffold(new, schema="{}\n")
    assert set(files) == {PLAN_PATH, ACTIONS_PATH, SCHEMA_PATH, PRE_COMMIT_PATH, CI_PATH}
    folder = GOLDEN / lang / ("progress-plan" if progress else "plan")
    for rel, text in files.items():
        if rel == SCHEMA_PATH:
            continue
        path = folder / rel
        if update_golden:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert path.read_text(encoding="utf-8") == text, f"{rel} differs from {path}"


def test_the_schema_beside_the_plan_is_kplan_schema_draft_7(tmp_path: Path) -> None:
    target = tmp_path / "plan"
    _init(target)
    schema = ok(kplan("schema", "--draft", "7"))
    assert (target / SCHEMA_PATH).read_text(encoding="utf-8") == schema
    # every plan file names it, relative to itself, so an editor finds it at once
    first = (target / PLAN_PATH).read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=schema/kplan.schema.json"
    first = (target / ACTIONS_PATH).read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/kplan.schema.json"
    assert (target / ACTIONS_PATH.split("/")[0] / ".." / SCHEMA_PATH).resolve().is_file()


def test_every_section_of_kplan_yaml_is_there_with_a_comment(tmp_path: Path) -> None:
    from kplan.plan.model import HEAD_NAMES, SECTION_NAMES

    target = tmp_path / "plan"
    _init(target, "--lang", "nn")
    text = (target / PLAN_PATH).read_text(encoding="utf-8")
    data = _yaml(text)
    assert isinstance(data, dict)
    actions = _yaml((target / ACTIONS_PATH).read_text(encoding="utf-8"))
    assert actions == {"actions": []}
    assert set(data) | {"actions"} == set(HEAD_NAMES) | set(SECTION_NAMES)
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"[a-z_]+:", line) and line.split(":")[0] not in ("kplan",):
            above = lines[i - 1]
            assert above.startswith("# "), f"{line!r} has no comment above it"
    # in nynorsk, and saying which KS step
    assert "# KS steg 5. Kompetansekrav: lover, normer og lokale mål einingane" in text
    assert "# KS steg 1. Organisering og involvering: prosjekteigar" in text


def _uncomment_examples(text: str, label: str) -> str:
    """`text` with every example taken out of its comment: above a list it replaces the `[]`,
    inside an empty mapping it stands where it is."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() != f"# {label}":
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        example: list[str] = []
        i += 1
        while i < len(lines) and lines[i].startswith(indent + "# "):
            example.append(indent + lines[i][len(indent) + 2 :])
            i += 1
        if i < len(lines) and lines[i].endswith(": []"):  # above a list
            out.append(lines[i].removesuffix(" []"))
            i += 1
        out += example
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(("lang", "label"), [("nb", "Eksempel:"), ("nn", "Døme:")])
def test_the_examples_in_the_comments_validate_when_uncommented(
    tmp_path: Path, lang: str, label: str
) -> None:
    """Taking `# ` away from every example gives a plan kplan reads without an error, and
    one that says something about every KS step."""
    target = tmp_path / "plan"
    _init(target, "--lang", lang)
    for rel in (PLAN_PATH, ACTIONS_PATH):
        path = target / rel
        text = path.read_text(encoding="utf-8")
        assert label in text
        path.write_text(_uncomment_examples(text, label), encoding="utf-8")
    result = kplan("validate", str(target))
    assert result.returncode == 0, result
    assert "K403" not in result.stdout and " K1" not in result.stdout, result.stdout


def test_progress_plan_asks_who_what_and_when_for_each_step(tmp_path: Path) -> None:
    target = tmp_path / "plan"
    _init(target, "--progress-plan", "--scope", "tjenesteområde Helse og omsorg")
    data = _yaml((target / PLAN_PATH).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    title = "Framdriftsplan for strategisk kompetanseplan for Helse og omsorg 2027-2030"
    assert data["plan"]["title"] == title
    assert data["plan"]["scope"] == {"kind": "tjenesteområde", "units": ["helse-og-omsorg"]}
    assert [s["number"] for s in data["steps"]] == [1, 2, 3, 4, 5, 6, 7]
    for step in data["steps"]:
        assert set(step) == {"number", "name", "responsible", "what", "deadline"}
    assert data["units"][1] == {
        "id": "helse-og-omsorg",
        "name": "Helse og omsorg",
        "level": "tjenesteområde",
        "parent": "kommunen",
    }
    result = kplan("validate", str(target))
    assert result.returncode == 0 and " K403 " in result.stdout and "K2" not in result.stdout


# ---------------------------------------------------------------------------------------------
# never overwrites


@pytest.mark.parametrize("existing", [PLAN_PATH, PRE_COMMIT_PATH, SCHEMA_PATH, CI_PATH])
def test_init_never_overwrites_anything(tmp_path: Path, existing: str) -> None:
    target = tmp_path / "plan"
    there = target / existing
    there.parent.mkdir(parents=True)
    there.write_bytes(b"plan: mine\n\xc3\xa6\r\n")
    before = snapshot(tmp_path)
    message = fails(kplan("init", str(target), *ARGS))
    assert existing in message and "overskriver aldri" in message
    assert snapshot(tmp_path) == before  # nothing written, the file unchanged byte for byte
    assert sorted(p.name for p in target.rglob("*")) == sorted(p.name for p in target.rglob("*"))
    assert not list(tmp_path.rglob(".kplan-*"))


def test_a_second_init_is_refused_and_the_first_plan_stays(tmp_path: Path) -> None:
    target = tmp_path / "plan"
    _init(target)
    before = snapshot(tmp_path)
    fails(kplan("init", str(target), *ARGS, "--lang", "nn"))
    assert snapshot(tmp_path) == before


def test_init_writes_into_a_new_folder_or_an_existing_empty_one(tmp_path: Path) -> None:
    _init(tmp_path / "a" / "b" / "plan")
    assert (tmp_path / "a" / "b" / "plan" / PLAN_PATH).is_file()
    (tmp_path / "empty").mkdir()
    _init(tmp_path / "empty")
    assert (tmp_path / "empty" / PLAN_PATH).is_file()
    mode = (tmp_path / "empty" / PLAN_PATH).stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()  # not the 0600 of a temporary file


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_symlink_or_a_file_as_dir_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    assert "symbolsk lenke" in fails(kplan("init", str(link), *ARGS))
    assert list(real.iterdir()) == []
    afile = tmp_path / "file"
    afile.write_text("x", encoding="utf-8")
    assert "er en fil" in fails(kplan("init", str(afile), *ARGS))
    assert afile.read_text(encoding="utf-8") == "x"


def test_a_symlinked_folder_inside_the_plan_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "plan"
    target.mkdir()
    (target / "schema").symlink_to(outside)
    before = snapshot(tmp_path)
    fails(kplan("init", str(target), *ARGS))
    assert list(outside.iterdir()) == [] and snapshot(tmp_path) == before


# ---------------------------------------------------------------------------------------------
# hostile input

HOSTILE_NAMES = [
    "Bø: #1 'x' \"y\" {{ 7*7 }} {% raw %} æøå ÆØÅ",
    "- &anchor *alias !!python/object:os.system [x] {a: b}",
    "null",
    "0301",
    "yes",
    "%YAML 1.1",
    "Sørfold\\n kommune \\",
    "Guovdageainnu suohkan – Kautokeino kommune",
    "a\u00a0b\u2009c \U0001f3d4",
    "`echo x` $(id) ; rm -rf",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_come_back_identical(tmp_path: Path, name: str) -> None:
    """A kommune and a service area named with YAML, Jinja, shell and HTML syntax: the plan
    reads them back exactly, nothing in them runs, and the document shows them as text."""
    from helpers import TODAY

    from kplan.check.validate import check

    target = tmp_path / "plan"
    ok(
        kplan(
            "init",
            str(target),
            "--kommune",
            name,
            "--number",
            "0301",
            "--period",
            "2027-2030",
            "--scope",
            f"tjenesteområde {name}",
        )
    )
    checked = check(str(target), today=TODAY)
    plan = checked.plan
    assert plan is not None, checked.report
    assert plan.plan.kommune.name == name
    assert plan.units[0].name == name and plan.units[1].name == name
    assert plan.plan.kommune.number == "0301"
    assert name in plan.plan.title
    md = ok(kplan("render", str(target), "-f", "md"))
    assert "49" not in md.replace("0301", "")  # {{ 7*7 }} stays text
    html = ok(kplan("render", str(target), "-f", "html"))
    assert "<script>alert" not in html


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--kommune", "Bø\nkommune"), "--kommune inneholder et linjeskift"),
        (("--kommune", "   "), "--kommune er tom"),
        (("--kommune", "x" * 201), "lengre enn 200 tegn"),
        (("--kommune", "a\u202eb"), "kontrolltegn"),
        (("--number", "301"), "«301» er ikke fire sifre"),
        (("--number", "03011"), "er ikke fire sifre"),
        (("--number", "\u0660\u0663\u0660\u0661"), "er ikke fire sifre"),
        (("--number", "03 01"), "er ikke fire sifre"),
        (("--period", "2030-2027"), "slutter før den begynner"),
        (("--period", "2025-2055"), "varer 31 år, mer enn 30"),
        (("--period", "2025"), "er ikke to årstall"),
        (("--period", "1800-1804"), "utenfor årene 1900-2200"),
        (("--scope", "tjenesteområde"), "trenger navnet på tjenesteområdet"),
        (("--scope", "enhet Sol"), "velg «kommune» eller «tjenesteområde»"),
        (("--scope", "kommune Oslo"), "skriv bare «kommune»"),
        (("--lang", "en"), "choose nb or nn"),  # --lang is the language of the messages too
    ],
)
def test_bad_options_are_refused_with_a_clear_message(
    tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    full = dict(zip(ARGS[::2], ARGS[1::2], strict=True))
    full.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [x for kv in full.items() for x in kv]
    message = fails(kplan("init", str(tmp_path / "plan"), *flat, KPLAN_LANG="nb"))
    assert words in message, message
    assert "\n" not in message.rstrip("\n")  # one line
    assert not (tmp_path / "plan").exists()


def test_missing_options_off_a_terminal_are_named(tmp_path: Path) -> None:
    message = fails(kplan("init", str(tmp_path / "plan"), "--period", "2027-2030"))
    assert "mangler «--kommune» og «--number»" in message, message
    message = fails(kplan("init", str(tmp_path / "plan"), "--number", "0301"))
    assert "mangler «--kommune»" in message and "«--number»" not in message
    assert not (tmp_path / "plan").exists()


def test_on_a_terminal_init_asks_with_defaults(tmp_path: Path) -> None:
    """Run in a pseudo-terminal: kommune and number are asked for, the rest take their
    defaults (an empty answer), and a wrong answer is asked again."""
    import datetime as dt
    import pty

    target = tmp_path / "plan"
    answers = "Testvik kommune\n301\n0301\n\n\nnn\n"
    pid, fd = pty.fork()
    if pid == 0:  # the child: kplan init on the terminal, and never back into pytest
        try:
            os.environ.update({"KPLAN_LANG": "nb", "NO_COLOR": "1", "COLUMNS": "200"})
            os.execv(sys.executable, [sys.executable, "-m", "kplan", "init", str(target)])
        finally:
            os._exit(127)
    os.write(fd, answers.encode())
    seen = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    text = seen.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "Kommunens navn" in text and "ikke fire sifre" in text and "Prøv igjen" in text
    data = _yaml((target / PLAN_PATH).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    year = dt.date.today().year
    # the default period: the four years from next year
    assert data["plan"]["period"] == {"start": year + 1, "end": year + 4}
    assert data["plan"]["language"] == "nn" and data["plan"]["kommune"]["number"] == "0301"
    assert data["plan"]["scope"] == {"kind": "kommune"}


# ---------------------------------------------------------------------------------------------
# the plan repository's pre-commit hook and CI workflow


def test_pre_commit_and_ci_files_parse_and_name_the_right_commands(tmp_path: Path) -> None:
    target = tmp_path / "plan"
    _init(target)
    pre = _yaml((target / PRE_COMMIT_PATH).read_text(encoding="utf-8"))
    assert isinstance(pre, dict)
    (hook,) = pre["repos"][0]["hooks"]
    assert pre["repos"][0]["repo"] == "local"
    assert hook["entry"] == "kplan validate" and hook["args"] == ["."]
    assert hook["language"] == "system" and hook["pass_filenames"] is False
    assert re.search(hook["files"], "tiltaksplan/tiltak.yaml")
    ci = _yaml((target / CI_PATH).read_text(encoding="utf-8"))
    assert isinstance(ci, dict)
    runs = [s["run"] for s in ci["jobs"]["plan"]["steps"] if "run" in s]
    assert runs[0].startswith("pip install ")
    assert runs[1:] == [
        "kplan validate --format github .",
        "kplan diff . --format md > endringer.md",
        "kplan render . -o plan.html",
    ]
    checkout = ci["jobs"]["plan"]["steps"][0]
    assert checkout["with"] == {"fetch-depth": 0}


def _kplan_on_path(tmp_path: Path) -> dict[str, str]:
    """An environment whose `kplan` is this checkout's, as pip would install it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "kplan"
    script.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m kplan "$@"\n')
    script.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "KPLAN_LANG")}
    env.update(GIT_ENV)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return env


def test_the_ci_commands_run_on_the_new_plan(tmp_path: Path) -> None:
    """The workflow's kplan lines, run as a shell runs them in a fresh clone of the new plan's
    repository: each exits 0 and leaves the files the workflow keeps."""
    target = tmp_path / "repo"
    _init(target)
    repo = Repo(target)
    repo.commit("Ny plan fra kplan init")
    env = _kplan_on_path(tmp_path)
    ci = _yaml((target / CI_PATH).read_text(encoding="utf-8"))
    assert isinstance(ci, dict)
    runs = [s["run"] for s in ci["jobs"]["plan"]["steps"] if s.get("run", "").startswith("kplan")]
    assert len(runs) == 3
    for line in runs:
        done = subprocess.run(
            line, shell=True, cwd=target, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, (line, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    assert "Ingen vedtatt versjon" in (target / "endringer.md").read_text(encoding="utf-8")
    assert "<html" in (target / "plan.html").read_text(encoding="utf-8")


def test_the_pre_commit_hook_runs_as_written(tmp_path: Path) -> None:
    """The hook's entry and args, as pre-commit runs them (without pre-commit, which this
    environment does not install): `kplan validate .` at the repository root."""
    target = tmp_path / "repo"
    _init(target)
    pre = _yaml((target / PRE_COMMIT_PATH).read_text(encoding="utf-8"))
    assert isinstance(pre, dict)
    hook = pre["repos"][0]["hooks"][0]
    command = [*shlex.split(hook["entry"]), *hook["args"]]
    done = subprocess.run(
        command, cwd=target, env=_kplan_on_path(tmp_path), capture_output=True, text=True
    )
    assert done.returncode == 0, done


def test_quote_round_trips_every_awkward_character() -> None:
    from kplan.read.yaml_loader import parse_text

    samples = [
        "\u2028",
        "\u2029",
        "\x85",
        "\ufeff",
        "\t",
        "\x00\x7f",
        '"\\',
        "\U0001f600",
    ]  # lone surrogates: refused before (check_name)
    for value in samples:
        loaded = parse_text(f"v: {quote(value)}\n", "x.yaml")
        assert loaded.ok and loaded.data == {"v": value}, (value, loaded.problems)


def test_init_messages_and_labels_have_three_languages_and_the_same_placeholders() -> None:
    from kplan.present.catalogue import placeholders
    from kplan.present.init_labels import INIT_LABELS
    from kplan.present.messages.init import MESSAGES

    for table in (MESSAGES, INIT_LABELS):
        for key, row in table.items():
            assert len(row) == 3 and all(row), key
            assert len({placeholders(x) for x in row}) == 1, key


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_new_plan_with_its_examples_loses_nothing(tmp_path: Path, lang: str, fmt: str) -> None:
    """The nothing-lost contract on what init writes: every text and number of the new plan,
    with every example filled in and a hostile name, appears in the document."""
    from helpers import TODAY
    from lost import names_by_id, shown, visible, written

    from kplan.check.validate import check
    from kplan.document.not_shown import not_shown
    from kplan.document.render import render
    from kplan.document.stamp import Stamp
    from kplan.present.labels import Labels

    target = tmp_path / "plan"
    name = "Bø: #1 'x' \"y\" {{ 7*7 }} æøå"
    ok(
        kplan(
            "init", str(target), "--kommune", name, "--number", "0301", "--period", "2027-2030",
            "--lang", lang, "--scope", "tjenesteområde Helse og omsorg",
        )
    )  # fmt: skip
    label = {"nb": "Eksempel:", "nn": "Døme:"}[lang]
    for rel in (PLAN_PATH, ACTIONS_PATH):
        path = target / rel
        path.write_text(_uncomment_examples(path.read_text(encoding="utf-8"), label), "utf-8")
    plan = check(str(target), today=TODAY).plan
    assert plan is not None
    stamp = Stamp("0123456789abcdef0123456789abcdef01234567", "2025-01-31", False)
    text = visible(render(plan, fmt, lang, stamp=stamp), fmt)
    t, names = Labels(lang), names_by_id(plan)
    missing = [
        (v.path, v.value)
        for v in written(plan)
        if not not_shown(v.path) and not shown(v, text, t, names)
    ]
    assert not missing, missing
