"""`kplan render -o FILE` takes the format from the file's extension when --format is not given,
and refuses a --format that contradicts it (issue 12): `-o plan.pdf` never writes HTML."""

from __future__ import annotations

from pathlib import Path

from helpers import MINIMAL, kplan, write_plan


def test_the_extension_decides_the_format(tmp_path: Path) -> None:
    d = write_plan(tmp_path / "plan")
    out = tmp_path / "out"
    out.mkdir()
    md = out / "PLAN.md"
    assert kplan("render", str(d), "-o", str(md)).exit_code == 0
    assert md.read_text(encoding="utf-8").startswith("# ")  # Markdown, not <!DOCTYPE html>
    html = out / "plan.HTM"
    assert kplan("render", str(d), "-o", str(html)).exit_code == 0
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
    plain = out / "plan"  # no extension: HTML, as before
    assert kplan("render", str(d), "-o", str(plain)).exit_code == 0
    assert plain.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


def test_a_format_that_contradicts_the_extension_is_refused(tmp_path: Path) -> None:
    d = write_plan(tmp_path / "plan", MINIMAL)
    target = tmp_path / "plan.pdf"
    result = kplan("render", str(d), "--format", "html", "-o", str(target))
    assert result.exit_code == 2
    assert "plan.pdf" in result.output and "pdf" in result.output and "html" in result.output
    assert not target.exists()
    md = kplan("render", str(d), "-f", "md", "-o", str(tmp_path / "plan.html"))
    assert md.exit_code == 2 and not (tmp_path / "plan.html").exists()
    # an extension kplan does not know is the user's business
    ok = kplan("render", str(d), "-f", "md", "-o", str(tmp_path / "plan.txt"))
    assert ok.exit_code == 0 and (tmp_path / "plan.txt").read_text(encoding="utf-8").startswith(
        "# "
    )


def test_stdout_is_html_unless_asked(tmp_path: Path) -> None:
    d = write_plan(tmp_path / "plan")
    assert kplan("render", str(d)).stdout.lstrip().lower().startswith("<!doctype html>")
    pdf = kplan("render", str(d), "-f", "pdf")
    assert pdf.exit_code == 2 and "--output" in pdf.output
