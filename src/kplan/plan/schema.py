"""The JSON Schema of plan files, for editors (yaml-language-server) and check-jsonschema.

One schema covers both kinds of file: a file with a `plan:` key is a root file (kplan.yaml), any
other is an included file with list sections only.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import models_json_schema

from kplan.plan.model import Plan, PlanPart

DRAFTS = {
    "2020-12": "https://json-schema.org/draft/2020-12/schema",
    "7": "http://json-schema.org/draft-07/schema#",
}


def plan_schema(draft: str = "2020-12") -> dict[str, Any]:
    """The schema as a dict; draft "7" renames `$defs` to `definitions` for older editors."""
    defs_key = "$defs" if draft == "2020-12" else "definitions"
    _, top = models_json_schema(
        [(Plan, "validation"), (PlanPart, "validation")],
        ref_template=f"#/{defs_key}/{{model}}",
    )
    schema: dict[str, Any] = {
        "$schema": DRAFTS[draft],
        "title": "kplan plan file",
        "description": "A strategic competence plan (kplan.yaml) or a file it includes.",
        "if": {"type": "object", "required": ["plan"]},
        "then": {"$ref": f"#/{defs_key}/Plan"},
        "else": {"$ref": f"#/{defs_key}/PlanPart"},
        defs_key: top.get("$defs", {}),
    }
    return schema


def schema_text(draft: str = "2020-12") -> str:
    return json.dumps(plan_schema(draft), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
