"""kplan: strategic competence plans as YAML in git.

The pipeline: load (YAML files) → model (pydantic) → checks (diagnostics) → analysis → render.
"""

__version__ = "0.1.0"
