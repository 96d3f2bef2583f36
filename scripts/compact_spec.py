"""Write the OpenAPI document the sandbox serves by default: the spec as compact JSON, without
the prose (``description`` and ``summary`` texts) that nothing reads at run time (a response's
``description``, which OpenAPI requires, is left empty), gzipped.

    python scripts/compact_spec.py SPEC OUT.json.gz

Examples, defaults, enums and every name are kept as they are: a record's ``description``
field inside an example is data, and a property named ``description`` is a schema.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from gzipped import write_json

PROSE = frozenset({"description", "summary"})
DATA = frozenset({"example", "examples", "default", "enum", "const"})
"""Keywords whose values are data, kept whole."""


def compact(node: Any, responses: bool = False) -> Any:  # noqa: ANN401 (any part of it)
    """``node`` without its prose; ``responses``: it is a map of responses."""
    if isinstance(node, dict):
        if responses:
            return {key: _response(value) for key, value in node.items()}
        return {
            key: value if key in DATA else compact(value, key == "responses")
            for key, value in node.items()
            if not (key in PROSE and isinstance(value, str))
        }
    if isinstance(node, list):
        return [compact(item) for item in node]
    return node


def _response(node: Any) -> Any:  # noqa: ANN401
    kept = compact(node)
    if isinstance(node, dict) and isinstance(node.get("description"), str):
        kept["description"] = ""
    return kept


def main(spec: str, out: str) -> None:
    document = yaml.safe_load(Path(spec).read_text(encoding="utf-8"))
    write_json(Path(out), compact(document))


if __name__ == "__main__":
    main(*sys.argv[1:])
