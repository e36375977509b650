"""The JSON Schema of plan files, for editors (yaml-language-server) and check-jsonschema.

One schema covers both kinds of file: a file with a `plan:` key is a root file (kplan.yaml), any
other is an included file with list sections only.

A field is described by the docstring under it in the model's source. They are read here, once,
when a schema is made, rather than by pydantic for every model at import: reading the sources
took a quarter of kplan's start-up, and only this command needs them.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue, models_json_schema
from pydantic_core import core_schema

from kplan.plan.model import Plan, PlanPart

DRAFTS = {
    "2020-12": "https://json-schema.org/draft/2020-12/schema",
    "7": "http://json-schema.org/draft-07/schema#",
}


@cache
def _module_docstrings(module: str) -> dict[str, dict[str, str]]:
    """Class name → field → the docstring under the field, for each class of a module."""
    source = inspect.getsource(sys.modules[module])
    out: dict[str, dict[str, str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            docs = out.setdefault(node.name, {})
            for field, after in zip(node.body, node.body[1:], strict=False):
                if (
                    isinstance(field, ast.AnnAssign)
                    and isinstance(field.target, ast.Name)
                    and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant)
                    and isinstance(after.value.value, str)
                ):
                    docs[field.target.id] = inspect.cleandoc(after.value.value)
    return out


def field_docstrings(cls: type[BaseModel]) -> dict[str, str]:
    """Each field's docstring, from the class that declares the field (as pydantic's
    `use_attribute_docstrings` takes it)."""
    out: dict[str, str] = {}
    for name in cls.model_fields:
        owner = next((c for c in cls.__mro__ if name in inspect.get_annotations(c)), None)
        if owner is not None:
            text = _module_docstrings(owner.__module__).get(owner.__name__, {}).get(name)
            if text is not None:
                out[name] = text
    return out


class _Documented(GenerateJsonSchema):
    """pydantic's schema, with each field described by its docstring."""

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        json_schema = super().model_schema(schema)
        cls = schema["cls"]
        properties = json_schema.get("properties", {})
        for name, text in field_docstrings(cls).items():
            if name in properties and cls.model_fields[name].description is None:
                properties[name]["description"] = text
        return json_schema


def plan_schema(draft: str = "2020-12") -> dict[str, Any]:
    """The schema as a dict; draft "7" renames `$defs` to `definitions` for older editors."""
    defs_key = "$defs" if draft == "2020-12" else "definitions"
    _, top = models_json_schema(
        [(Plan, "validation"), (PlanPart, "validation")],
        ref_template=f"#/{defs_key}/{{model}}",
        schema_generator=_Documented,
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
