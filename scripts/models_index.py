"""Finish openapi-python-client's ``models/`` package from a spec that ``scripts/naming.py``
annotated: drop the models of request bodies, and write ``models/__init__.py`` so that each
model is imported when it is first named.

    python scripts/models_index.py ANNOTATED_SPEC PACKAGE_DIR

An operation takes its body's fields as keyword arguments, typed by its ``...Params`` in
``api/<resource>/<operation>.py``, so a request body's model would be a class nothing takes or
returns; the enums of its fields stay, since the ``Params`` name them. A schema that a
response, a webhook or another schema also uses is kept.

A lazy ``__init__.py`` (``templates/tree/python_models_init.jinja``) keeps a first call on
one resource from loading every model.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from naming import METHODS
from tree_generate import environment, format_python


def _refs(node: Any) -> Iterator[str]:  # noqa: ANN401 (any part of a document)
    """The schema names of every ``$ref`` under ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[1]
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def request_bodies(spec: dict[str, Any]) -> set[str]:
    """The schemas used only as the whole of a request body."""
    bodies: set[str] = set()
    used: set[str] = set(_refs(spec.get("webhooks", {})))
    used |= set(_refs(spec.get("components", {}).get("schemas", {})))
    for item in spec.get("paths", {}).values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            body = operation.get("requestBody", {}).get("content", {})
            for media in body.values():
                ref = media.get("schema", {}).get("$ref")
                if ref is not None:
                    bodies.add(ref.rsplit("/", 1)[1])
            used |= set(_refs({k: v for k, v in operation.items() if k != "requestBody"}))
    return bodies - used


def _classes(module: Path) -> list[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return [node.name for node in tree.body if isinstance(node, ast.ClassDef)]


def write(spec: dict[str, Any], package: Path) -> None:
    """Drop the request bodies' modules from ``package/models`` and index the rest."""
    models = package / "models"
    dropped = request_bodies(spec)
    modules: dict[str, str] = {}
    for path in sorted(models.glob("*.py")):
        if path.name == "__init__.py":
            continue
        names = _classes(path)
        if set(names) & dropped:
            path.unlink()
            continue
        modules.update((name, path.stem) for name in names)
    template = environment().get_template("python_models_init.jinja")
    index = models / "__init__.py"
    index.write_text(template.render(modules=dict(sorted(modules.items()))), encoding="utf-8")
    format_python(index)


if __name__ == "__main__":
    source, package = sys.argv[1:]
    with open(source, encoding="utf-8") as handle:
        write(json.load(handle), Path(package))
