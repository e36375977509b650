"""The command line: exit codes, output formats and terminal hygiene, through the real CLI.

Most tests run kplan in process through its entry point (helpers.run_line); the smoke tests at
the end run it as a user does, in a real process, for what only a process shows: pipes, full
disks, the umask, Ctrl-C, the interpreter's start-up and the installed `kplan` script.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import EXAMPLES, MINIMAL, ROOT, edit, kplan, kplan_process

from kplan import __version__


def test_version(run_cli) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0, result
    assert result.output == f"kplan {__version__}\n"


def test_examples_exit_0() -> None:
    result = kplan("validate", str(EXAMPLES / "oyer"), str(EXAMPLES / "stange"))
    assert result.returncode == 0, result
    assert result.stdout.endswith("i 2 planer (9 filer).\n")


def test_default_path_is_cwd() -> None:
    result = kplan("validate", cwd=EXAMPLES / "oyer")
    assert result.returncode == 0, result


def test_errors_exit_1_one_line_each(minimal_plan: Path) -> None:
    f = minimal_plan / "kplan.yaml"
    long_title = "Et svært langt mål " * 20
    edit(f, "status: utkast", 'status: vedtat\n  "[/x]": 1')
    edit(f, "text: Kommunen har rett kompetanse.", f"text: {long_title}")
    # the messages' words are the catalogue's (tests/cases); here: one line each, in English
    result = kplan("validate", str(minimal_plan), COLUMNS="40", KPLAN_LANG="en")
    assert result.returncode == 1, result
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{minimal_plan}/kplan.yaml:6:11: K104 error: «vedtat» is not allowed here; "
        "choose «utkast», «høring», «vedtatt» or «utgått». Did you mean «vedtatt»?"
    )
    assert lines[1].endswith("K101 error: Unknown key «[/x]».")  # rich markup stays text
    assert lines[-1].startswith("2 errors and 0 warnings")
    norsk = kplan("validate", str(minimal_plan), COLUMNS="40").stdout.splitlines()
    assert norsk[0].startswith(f"{minimal_plan}/kplan.yaml:6:11: K104 feil: «vedtat»"), norsk
    assert norsk[-1].startswith("2 feil og 0 advarsler")


def test_warnings_fail_only_under_strict(minimal_plan: Path) -> None:
    edit(minimal_plan / "kplan.yaml", "    goals: [hovedmal]\n", "")
    assert kplan("validate", str(minimal_plan)).returncode == 0
    assert kplan("validate", "--strict", str(minimal_plan)).returncode == 1


def test_json_format(minimal_plan: Path) -> None:
    edit(minimal_plan / "kplan.yaml", 'number: "0301"', "number: 301")
    result = kplan("validate", "--format", "json", str(minimal_plan))
    assert result.returncode == 1, result
    doc = json.loads(result.stdout)
    assert doc["errors"] == 1 and doc["warnings"] == 0
    (diag,) = doc["diagnostics"]
    assert {k: diag[k] for k in ("line", "col", "code", "severity")} == {
        "line": 3,
        "col": 44,
        "code": "K106",
        "severity": "error",
    }


def test_github_format(minimal_plan: Path) -> None:
    edit(minimal_plan / "kplan.yaml", "    goals: [hovedmal]\n", "")
    result = kplan("validate", "-f", "github", ".", cwd=minimal_plan, KPLAN_LANG="en")
    assert result.stdout.splitlines()[0] == (
        "::warning file=kplan.yaml,line=15,col=9,title=K303::Nothing works towards the goal "
        "«hovedmal»: no need, action, strategy, requirement or sub-goal refers to it."
    ), result


def test_missing_path_and_usage_errors_exit_2(tmp_path: Path) -> None:
    result = kplan("validate", str(tmp_path / "nope"))
    assert result.returncode == 2, result
    assert "K001" in result.stdout
    result = kplan("validate", str(tmp_path))  # a directory without kplan.yaml
    assert result.returncode == 2 and "K016" in result.stdout, result
    result = kplan("validate", "--format", "xml", str(tmp_path))
    assert result.returncode == 2, result
    assert result.stderr.startswith("kplan: ") and result.stderr.count("\n") == 1, result


def test_hostile_plan_never_tracebacks(tmp_path: Path) -> None:
    for name, text in {
        "bomb": "a: &a [x, x]\nb: &b [*a, *a]\n",
        "tag": "plan: !!python/object/apply:os.system [echo pwned]\n",
        "deep": "plan: " + "[" * 50_000 + "]" * 50_000 + "\n",
        "nul": "plan: \x00\n",
    }.items():
        d = tmp_path / name
        d.mkdir()
        (d / "kplan.yaml").write_text(text, encoding="utf-8")
        result = kplan("validate", str(d))
        assert result.returncode == 1, (name, str(result))
        assert "internal error" not in result.stderr, (name, str(result))
        assert "pwned" not in result.stdout


def test_single_file_plan(tmp_path: Path) -> None:
    f = tmp_path / "min-plan.yaml"
    f.write_text(MINIMAL, encoding="utf-8")
    assert kplan("validate", str(f)).returncode == 0


def test_include_symlink_outside_is_refused(minimal_plan: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("actions: []\n", encoding="utf-8")
    (minimal_plan / "parts").mkdir()
    (minimal_plan / "parts" / "link.yaml").symlink_to(secret)
    f = minimal_plan / "kplan.yaml"
    f.write_text('include: ["parts/*.yaml"]\n' + f.read_text(encoding="utf-8"), encoding="utf-8")
    result = kplan("validate", ".", cwd=minimal_plan, KPLAN_LANG="en")
    assert result.returncode == 1, result
    assert "kplan.yaml:1:11: K018 error: «parts/link.yaml» links to a file outside" in result.stdout


# ---------------------------------------------------------------------------------------------
# Output files, stdout and terminal text (kplan.output)


def test_write_atomic_cleans_up(tmp_path: Path, monkeypatch) -> None:
    from kplan.document import write as output

    target = tmp_path / "ut.html"
    target.write_text("før", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", fail)
    with pytest.raises(OSError):
        output.write_atomic(str(target), b"etter")
    assert target.read_text(encoding="utf-8") == "før"
    assert [p.name for p in tmp_path.iterdir()] == ["ut.html"]


def _refused(why: str, bad: str, **guard: object) -> None:
    """check_target refuses `bad`, saying `why` (in English)."""
    from kplan.document.write import OutputError, check_target
    from kplan.present.catalogue import words

    with pytest.raises(OutputError) as caught:
        check_target(bad, **guard)  # type: ignore[arg-type]
    said = words(caught.value.message, "en")
    assert re.search(why, said), (bad, why, said)


def test_check_target_refuses_inputs_in_any_disguise(minimal_plan: Path, tmp_path: Path) -> None:
    from kplan.document.write import check_target

    plan = str(minimal_plan / "kplan.yaml")
    (tmp_path / "hard.html").hardlink_to(plan)
    (tmp_path / "soft.html").symlink_to(plan)
    (tmp_path / "maler").mkdir()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    guard = {"inputs": [plan], "plan_dir": str(minimal_plan), "protect": [str(tmp_path / "maler")]}
    for bad, why in [
        (plan, "plan reads"),
        (str(tmp_path / "hard.html"), "plan reads"),
        (str(tmp_path / "soft.html"), "plan reads"),
        (f"{minimal_plan}/../plan/kplan.yaml", "plan reads"),
        (f"{minimal_plan}/ny.CSV", "plan directory"),
        (str(tmp_path / "maler" / "document.html.j2"), "kplan reads"),
        (str(fifo), "not a regular file"),
        (str(tmp_path), "is a directory"),
        ("", "needs a file name"),
        (str(tmp_path / "nope" / "x.html"), "does not exist"),
        ("a\nb.html", "control character"),
    ]:
        _refused(why, bad, **guard)
    assert check_target(str(tmp_path / "ok.html"), **guard) == str(tmp_path / "ok.html")  # type: ignore[arg-type]
    assert check_target(f"{minimal_plan}/plan.md", **guard).endswith("plan.md")  # type: ignore[arg-type]


def test_check_target_refuses_what_is_no_document(minimal_plan: Path, tmp_path: Path) -> None:
    """Links to devices or kernel files, executable or read-only files, git directories found
    through a `.git` file, and paths the plan's patterns read are refused; a link to a regular
    file is still allowed (it is replaced, its target untouched)."""
    from kplan.document.write import check_target

    (tmp_path / "null.md").symlink_to("/dev/null")
    (tmp_path / "ut.md").symlink_to("/proc/self/fd/1")
    script = tmp_path / "bygg.sh"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    frozen = tmp_path / "vedtatt.md"
    frozen.write_text("vedtatt\n", encoding="utf-8")
    frozen.chmod(0o444)
    repo = tmp_path / "repo"
    subprocess.run(
        ["git", "init", "-q", "--separate-git-dir", str(tmp_path / "x.gitdir"), str(repo)],
        check=True,
    )
    # the same layout without git's HEAD/objects/refs: only the gitdir: pointer says what it is
    pointed = tmp_path / "pekt"
    pointed.mkdir()
    (pointed / "config").write_text("[core]\n", encoding="utf-8")
    (tmp_path / "wt").mkdir()
    (tmp_path / "wt" / ".git").write_text(f"gitdir: {pointed}\n", encoding="utf-8")
    guard = {"plan_dir": str(minimal_plan), "patterns": ["deler/*", "ssb/**/*.csv"]}
    (minimal_plan / "deler").mkdir()
    (minimal_plan / "SSB" / "a" / "b").mkdir(parents=True)
    for bad, why in [
        ("/dev/null", "device or system file"),
        (str(tmp_path / "null.md"), "/dev/null"),
        (str(tmp_path / "ut.md"), "leave out -o"),
        (str(script), "executable"),
        (str(frozen), "is read-only"),
        (str(tmp_path / "x.gitdir" / "config"), "git directory"),
        ("ut\udcff.md", "not valid UTF-8"),
        (f"{minimal_plan}/deler/plan.md", "matches «deler/\\*»"),
        (f"{minimal_plan}/SSB/a/b/ut.CSV", "ssb"),
    ]:
        _refused(why, bad, **guard)
    _refused("git directory", str(pointed / "config"), plan_dir=str(tmp_path / "wt"))
    (tmp_path / "doc.html").write_text("", encoding="utf-8")
    (tmp_path / "lenke.html").symlink_to(tmp_path / "doc.html")
    assert check_target(str(tmp_path / "lenke.html"), **guard) == str(tmp_path / "lenke.html")  # type: ignore[arg-type]
    assert os.path.islink(tmp_path / "lenke.html")


def test_terminal_text_is_inert() -> None:
    from kplan.present.terminal import field, inert, json_inert, one_line

    assert inert("a\x1b]0;x\x07\tb\nc\x9b\u202e\udcff") == "a\\x1b]0;x\\x07\tb\nc\\x9b\\u202e\\xff"
    assert inert("\x1b[31mfeil\x1b[0m \x1b[2J", colour=True) == "\x1b[31mfeil\x1b[0m \\x1b[2J"
    assert field("a\tb\nc") == "a\\tb\\nc"
    assert one_line("  Et langt\n  mål\tx ") == "Et langt mål\\tx"
    assert json_inert('{"a": "\u202e\x85"}') == '{"a": "\\u202e\\u0085"}'


def test_json_has_no_infinity() -> None:
    from kplan.analysis.costs import CostRow
    from kplan.present.cost import cost_csv, cost_json

    rows = [CostRow(2025, None, None, float("inf"), 0.0, float("nan"), 1)]
    doc = json.loads(cost_json(rows))
    assert doc["rows"][0]["gross"] is None and doc["rows"][0]["net"] is None
    assert doc["total"]["gross"] is None
    assert cost_csv(rows).splitlines()[1] == "2025,,,,0.0,,1,"  # last: the KS kind, unset


def test_text_report_caps_each_file() -> None:
    from kplan.check.validate import Report
    from kplan.diagnostics import make
    from kplan.present.validation import PER_FILE, text

    many = tuple(make("a.yaml", i, 1, "K101", f"Unknown key «k{i}».") for i in range(1, 1501))
    out = text(Report((*many, make("b.yaml", 1, 1, "K101", "x")), ("a.yaml",), 2)).splitlines()
    assert len(out) == PER_FILE + 2
    assert out[-1].startswith("1501 feil og 0 advarsler")
    assert "500 i a.yaml" in out[-1]


def test_usage_errors_are_one_line(minimal_plan: Path) -> None:
    for args in (
        ["gap", str(minimal_plan), "--year", "99999999999999999999"],
        ["log", str(minimal_plan), "--limit", "0"],
        ["render", str(minimal_plan), "--lang", "xx"],
        ["validate", "--frobnicate"],
    ):
        done = kplan(*args)
        assert done.returncode == 2, done
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("kplan: "), done


def test_output_symlink_is_replaced_not_followed(minimal_plan: Path, tmp_path: Path) -> None:
    """A link in a shared folder cannot aim the write at a file elsewhere; a link to the plan
    is refused outright."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("urørt\n", encoding="utf-8")
    link = tmp_path / "ut.html"
    link.symlink_to(elsewhere)
    assert kplan("render", str(minimal_plan), "-o", str(link)).returncode == 0
    assert not link.is_symlink() and link.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert elsewhere.read_text(encoding="utf-8") == "urørt\n"
    (tmp_path / "til-planen.html").symlink_to(minimal_plan / "kplan.yaml")
    done = kplan("render", str(minimal_plan), "-o", str(tmp_path / "til-planen.html"))
    assert done.returncode == 2 and "en fil planen leser" in done.stderr, done


# ---------------------------------------------------------------------------------------------
# Smoke tests in a real process: what only a process shows


def test_the_installed_script_exits_0_1_and_2(minimal_plan: Path, tmp_path: Path) -> None:
    """The `kplan` console script (pyproject's entry point) gives the three exit codes, each
    failure as `kplan: ...` lines and never a traceback."""
    script = Path(sys.executable).with_name("kplan")
    if not script.exists():
        pytest.skip(f"no installed kplan script next to {sys.executable}")
    env = {**os.environ, "NO_COLOR": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(script), *args], capture_output=True, text=True, env=env, timeout=120
        )
        assert "Traceback" not in done.stdout + done.stderr, done
        return done

    assert run("--version").stdout == f"kplan {__version__}\n"
    assert run("validate", str(minimal_plan)).returncode == 0
    edit(minimal_plan / "kplan.yaml", "status: utkast", "status: vedtat")
    invalid = run("gap", str(minimal_plan))
    assert invalid.returncode == 1, invalid
    assert invalid.stderr.endswith("kplan: planen har feil; rett dem først (kplan validate).\n")
    usage = run("validate", "--frobnicate")
    assert usage.returncode == 2 and usage.stderr.startswith("kplan: Valget «--frobnicate»"), usage
    missing = kplan_process("validate", str(tmp_path / "nope"))  # python -m kplan, the same
    assert missing.returncode == 2 and "K001" in missing.stdout, missing


def test_ctrl_c_is_exit_130_without_a_traceback(minimal_plan: Path) -> None:
    """SIGINT while kplan works (a plan with many unknown keys, once the command has loaded
    pydantic) ends it with exit 130 and at most one line, never a traceback."""
    f = minimal_plan / "kplan.yaml"
    f.write_text(f.read_text("utf-8") + "".join(f"u{i}: 1\n" for i in range(150_000)), "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kplan", "validate", str(minimal_plan)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    maps = Path(f"/proc/{proc.pid}/maps")
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            if "pydantic_core" in maps.read_text(errors="replace"):
                break  # the command runs: the validation is under way
        except FileNotFoundError:
            break  # it has just ended
        time.sleep(0.02)
    assert proc.poll() is None, "kplan ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    # the report on stdout and no word on stderr: kplan was done, and the signal came while
    # Python was shutting down (its handlers already reset), which no program can catch
    finished = b" i 1 plan " in out and not err
    assert proc.returncode == 130 or finished, (proc.returncode, out[-300:], err)
    assert b"Traceback" not in out + err and err.count(b"\n") <= 1, err


def test_module_import_is_light() -> None:
    """Shell completion imports the CLI on every TAB: it must not pull in pydantic or ruamel."""
    code = "import sys, kplan.cli; print(sorted(m for m in ('pydantic', 'ruamel.yaml', 'jinja2') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"


def test_broken_pipe_is_quiet() -> None:
    shell = f"{sys.executable} -m kplan schema | head -c 10"
    result = subprocess.run(shell, shell=True, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr == ""


def test_closed_pipe_is_quiet_and_keeps_the_result(minimal_plan: Path) -> None:
    f = minimal_plan / "kplan.yaml"
    f.write_text(f.read_text("utf-8") + "".join(f"u{i}: 1\n" for i in range(3000)), "utf-8")
    shell = f"set -o pipefail; {sys.executable} -m kplan validate {minimal_plan} | head -1"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=120)
    assert done.stderr == ""
    assert done.returncode == 1  # the plan has errors, whoever stopped reading
    assert done.stdout.count("\n") == 1


def test_stdout_failures_are_one_line(minimal_plan: Path) -> None:
    for args in (["gap", "--format", "json"], ["validate"], ["render", "-f", "md"]):
        for env in ({}, {"PYTHONUNBUFFERED": "1"}):
            cmd = " ".join([sys.executable, "-m", "kplan", *args, str(minimal_plan)])
            done = subprocess.run(
                f"{cmd} > /dev/full",
                shell=True,
                capture_output=True,
                text=True,
                timeout=120,
                env={**os.environ, **env},
            )
            assert done.returncode == 2, (args, env, done.stderr)
            # the reason is the system's own words (strerror), quoted as they are
            assert done.stderr == (
                "kplan: kan ikke skrive til standard output: No space left on device.\n"
            )


def test_output_file_modes(minimal_plan: Path, tmp_path: Path) -> None:
    """A new document gets 0666 less the umask (not a temporary file's 0600); an existing one
    keeps its mode; no temporary file is left."""
    out = tmp_path / "ut.html"
    shell = f"umask 027; {sys.executable} -m kplan render {minimal_plan} -o {out}"
    assert subprocess.run(shell, shell=True, timeout=120).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o640
    out.chmod(0o604)
    assert kplan("render", str(minimal_plan), "-o", str(out)).returncode == 0  # in process
    assert out.stat().st_mode & 0o777 == 0o604
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan", "ut.html"]


def test_an_eof_error_is_an_internal_error_not_an_interrupt(capsys) -> None:
    """click wraps EOFError in Abort as it wraps Ctrl-C; kplan never reads stdin, so an
    EOFError (a damaged cache file, a bug) is exit 2 with one line, and only Ctrl-C is 130."""
    import typer

    from kplan.cli.boundary import run

    def app_raising(exc: BaseException) -> typer.Typer:
        app = typer.Typer()

        @app.command()
        def go() -> None:
            raise exc

        return app

    import sys

    argv = sys.argv
    sys.argv = ["kplan"]
    try:
        assert run(app_raising(EOFError("marshal data too short"))) == 2
        err = capsys.readouterr().err
        assert "kplan: intern feil: EOFError: marshal data too short" in err
        assert run(app_raising(KeyboardInterrupt())) == 130
    finally:
        sys.argv = argv
