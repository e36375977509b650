"""`kplan schema`: editors and check-jsonschema accept what kplan accepts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import EXAMPLES, ROOT

from kplan.plan.schema import plan_schema

CHECK = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")


@pytest.fixture(scope="module", params=["2020-12", "7"])
def schema_file(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    out = tmp_path_factory.mktemp("schema") / f"kplan-{request.param}.schema.json"
    result = subprocess.run(
        [sys.executable, "-m", "kplan", "schema", "--draft", request.param],
        capture_output=True,
        text=True,
        check=True,
    )
    out.write_text(result.stdout, encoding="utf-8")
    return out


def _check(schema: Path, files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHECK, "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("name", ["oyer", "stange"])
def test_check_jsonschema_accepts_the_examples(schema_file: Path, name: str) -> None:
    files = sorted((EXAMPLES / name).rglob("*.yaml"))
    assert len(files) >= 2
    result = _check(schema_file, files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_rejects_what_kplan_rejects(schema_file: Path, tmp_path: Path) -> None:
    from helpers import MINIMAL

    bad = tmp_path / "kplan.yaml"
    bad.write_text(MINIMAL.replace("strategy: rekruttere", "strategi: rekruttere"), "utf-8")
    result = _check(schema_file, [bad])
    assert result.returncode == 1


def test_schema_is_documented() -> None:
    schema = plan_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    action = schema["$defs"]["Action"]["properties"]
    assert action["strategy"]["description"].startswith("The KS strategy: mobilisere, utvikle")
    assert schema["$defs"]["Plan"]["additionalProperties"] is False
    # every field a user can write has a description an editor can show
    missing = [
        f"{name}.{field}"
        for name, model in schema["$defs"].items()
        for field, spec in model.get("properties", {}).items()
        if "description" not in spec
    ]
    assert missing == []


def test_committed_schema_is_current() -> None:
    """schema/kplan.schema.json is what editors point at; it must match the model."""
    committed = ROOT / "schema" / "kplan.schema.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == plan_schema("7")
