"""Write the Python resource tree (``client.calls.recordings`` ...) from a spec that
``scripts/naming.py`` annotated.

    python scripts/tree_generate.py ANNOTATED_SPEC PACKAGE_DIR

Writes ``PACKAGE_DIR/resources/``: one module per resource (its sync and async classes, one
method per operation, a lazy attribute per child resource) and ``__init__.py`` (the client's
root resources, and ``TREE``, the table the command line reads). The operations' own modules
(``api/<resource>/<operation>.py``) and the models come from openapi-python-client; their
class and module names are spelled here as it spells them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, PythonIdentifier

sys.path.insert(0, str(Path(__file__).parent))
from naming import METHODS, model_names, resolve

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "tree"
PREFIX = "field"


@dataclass
class Method:
    """One operation as a method of its resource."""

    verb: str
    operation: str
    module: str
    params: str
    ids: list[str]
    account: bool
    result: str | None
    result_module: str | None
    item: str | None
    item_module: str | None
    summary: str
    description: str
    timeout_field: bool
    many: bool


@dataclass
class Resource:
    """One node of the tree: a collection segment and what hangs under it."""

    chain: tuple[str, ...]
    description: str = ""
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)

    @property
    def key(self) -> str:
        return "_".join(self.chain)

    @property
    def cls(self) -> str:
        return "".join(str(ClassName(part, PREFIX)) for part in self.chain)

    @property
    def dotted(self) -> str:
        return ".".join(self.chain)


def _model(schema: dict[str, Any]) -> tuple[str, str]:
    return model_names(schema["$ref"].rsplit("/", 1)[1])


def _description(operation: dict[str, Any]) -> str:
    """The operation's description, without a first paragraph that only repeats its summary."""
    description: str = operation.get("description", "")
    summary: str = operation.get("summary", "")
    first, _, rest = description.partition("\n\n")
    return rest if first.strip().rstrip(".") == summary.strip().rstrip(".") else description


def _method(spec: dict[str, Any], operation: dict[str, Any]) -> Method:
    sdk = operation["x-sdk"]
    operation_id = operation["operationId"]
    result = result_module = item = item_module = None
    for status, response in operation["responses"].items():
        if not status.startswith("2"):
            continue
        media = resolve(spec, response).get("content", {}).get("application/json")
        if media is not None:
            result, result_module = _model(media["schema"])
            listing = resolve(spec, media["schema"])
            properties = listing.get("properties", {})
            if "next_page_uri" in properties:
                for value in properties.values():
                    if value.get("type") == "array" and "$ref" in value.get("items", {}):
                        item, item_module = _model(value["items"])
                        break
        break
    python_fields = [names["python"] for names in sdk["fields"].values()]
    return Method(
        verb=sdk["verb"],
        operation=operation_id,
        module=str(PythonIdentifier(operation_id, PREFIX)),
        params=f"{ClassName(operation_id, PREFIX)}Params",
        ids=[i["python"] for i in sdk["ids"]],
        account=sdk["account"],
        result=result,
        result_module=result_module,
        item=item,
        item_module=item_module,
        summary=operation.get("summary", operation_id),
        description=_description(operation),
        timeout_field="timeout" in python_fields,
        many=sdk["many"],
    )


def tree(spec: dict[str, Any]) -> list[Resource]:
    """The resources of ``spec``, parents before children, in the spec's order."""
    nodes: dict[tuple[str, ...], Resource] = {}
    tags = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    for item in spec.get("paths", {}).values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            chain = tuple(operation["x-sdk"]["resource"]["python"])
            for depth in range(1, len(chain) + 1):
                if chain[:depth] not in nodes:
                    nodes[chain[:depth]] = Resource(chain[:depth])
                    if depth > 1:
                        nodes[chain[: depth - 1]].children.append(nodes[chain[:depth]])
            node = nodes[chain]
            node.description = node.description or tags.get(operation["x-sdk"]["tag"], "")
            node.methods.append(_method(spec, operation))
    return list(nodes.values())


def environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    """The generators' Jinja settings, over the templates in ``templates``."""
    env = jinja2.Environment(  # noqa: S701  (code, not HTML)
        loader=jinja2.FileSystemLoader(templates),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["docstring"] = lambda text: str(text).replace("\\", "\\\\").replace('"""', "'''")
    return env


def write(spec: dict[str, Any], package: Path) -> None:
    """Write ``package/resources/``."""
    resources = tree(spec)
    out = package / "resources"
    out.mkdir(parents=True, exist_ok=True)
    env = environment()
    module = env.get_template("python_resource.jinja")
    for resource in resources:
        (out / f"{resource.key}.py").write_text(module.render(resource=resource), "utf-8")
    roots = [r for r in resources if len(r.chain) == 1]
    root = env.get_template("python_root.jinja")
    (out / "__init__.py").write_text(root.render(roots=roots, resources=resources), "utf-8")
    format_python(out)


def format_python(path: Path) -> None:
    """Sort the imports of the code at ``path`` (a file or folder) and format it, with the
    pinned ruff and the project's line length only."""
    ruff = Path(sys.executable).parent / "ruff"
    settings = ["--isolated", "--no-cache", "--line-length", "100"]
    subprocess.run(
        [str(ruff), "check", *settings, "--fix-only", "--extend-select=I", "-q", str(path)],
        check=True,
    )
    subprocess.run([str(ruff), "format", *settings, "-q", str(path)], check=True)


if __name__ == "__main__":
    source, package = sys.argv[1:]
    with open(source, encoding="utf-8") as handle:
        write(json.load(handle), Path(package))
