"""The cXML builders and the validator's table, generated from spec/cxml.yaml.

    python scripts/cxml_generate.py check [SPEC]         the description is valid and coherent
    python scripts/cxml_generate.py python OUT [SPEC]    writes the Python module
    python scripts/cxml_generate.py typescript OUT [SPEC]  writes the TypeScript module

The description is checked first (against spec/cxml.schema.json, then for what a schema cannot
say: children that exist, nesting without cycles, one tag per parent, every element used). The
templates are in templates/cxml/.
"""

from __future__ import annotations

import json
import keyword
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jinja2
import jsonschema_rs
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "cxml.yaml"
SCHEMA = ROOT / "spec" / "cxml.schema.json"
TEMPLATES = ROOT / "templates" / "cxml"
# Names the generic element already uses: no child method may take one.
RESERVED = {"append", "to_xml", "toXml", "toString", "constructor"}


def load(path: Path = SPEC) -> dict[str, Any]:
    """The description, checked; raises ``ValueError`` naming the first problem."""
    description: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = list(jsonschema_rs.Draft202012Validator(schema).iter_errors(description))
    if errors:
        where = "/".join(str(p) for p in errors[0].instance_path)
        raise ValueError(f"{path.name}: {where}: {errors[0].message}")
    problems = coherence(description)
    if problems:
        raise ValueError(f"{path.name}: " + "; ".join(problems))
    return description


def coherence(description: dict[str, Any]) -> list[str]:
    """What the schema cannot check."""
    documents, elements = description["documents"], description["elements"]
    problems = [
        f"{name} is both a document and an element" for name in documents if name in elements
    ]
    parents = {**documents, **elements}
    for name, node in parents.items():
        tags: dict[str, str] = {}
        for child in node.get("children", []):
            if child not in elements:
                problems.append(f"{name}: no element {child}")
                continue
            tag = elements[child].get("xml", child)
            if tag in tags:
                problems.append(f"{name}: {child} and {tags[tag]} are both <{tag}>")
            tags[tag] = child
            if snake(tag) in RESERVED or lower_camel(tag) in RESERVED:
                problems.append(f"{name}: <{tag}> would hide a method of every element")
    used = {c for node in parents.values() for c in node.get("children", [])}
    problems += [
        f"{name} is used by no document or element" for name in elements if name not in used
    ]
    problems += _cycles(parents)
    return problems


def _cycles(parents: dict[str, Any]) -> list[str]:
    """Nesting is finite: no element may contain itself, however deep."""
    problems: list[str] = []
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            problems.append("nesting cycle: " + " > ".join([*trail, name]))
            return
        if name in done:
            return
        for child in parents.get(name, {}).get("children", []):
            visit(child, [*trail, name])
        done.add(name)

    for name in parents:
        visit(name, [])
    return problems


def snake(name: str) -> str:
    """``statusCallbackEvent`` -> ``status_callback_event``; Python keywords get a ``_``."""
    words = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return f"{words}_" if keyword.iskeyword(words) else words


def lower_camel(name: str) -> str:
    return name[:1].lower() + name[1:]


def model(description: dict[str, Any]) -> dict[str, Any]:
    """What the templates read: every class (documents first), in the description's order."""
    elements = description["elements"]
    classes = []
    for name, node in description["documents"].items():
        classes.append(_class(name, {**node, "xml": "Response"}, elements, document=True))
    for name, node in elements.items():
        classes.append(_class(name, node, elements, document=False))
    kinds = {name: name.removesuffix("Response").lower() for name in description["documents"]}
    return {"classes": classes, "kinds": kinds, "reference": description["reference"]}


def _class(
    name: str, node: dict[str, Any], elements: dict[str, Any], *, document: bool
) -> dict[str, Any]:
    text = node.get("text")
    attributes = [
        {
            "xml": xml,
            "py": snake(xml),
            "kind": spec["type"],
            "values": spec.get("values", []),
            "list": spec.get("list", False),
            "separator": spec.get("separator", " "),
            "required": spec.get("required", False),
            "description": _sentence(spec["description"], spec.get("note")),
        }
        for xml, spec in node.get("attributes", {}).items()
    ]
    children = [
        {
            "id": child,
            "xml": elements[child].get("xml", child),
            "py": snake(elements[child].get("xml", child)),
            "ts": lower_camel(elements[child].get("xml", child)),
        }
        for child in node.get("children", [])
    ]
    return {
        "id": name,
        "xml": node.get("xml", name),
        "document": document,
        "description": _sentence(node["description"], node.get("note")),
        "text": None
        if text is None
        else {
            "required": text.get("required", False),
            "kind": "enum" if text.get("values") else "string",
            "list": False,
            "values": text.get("values", []),
            "markup": text.get("markup", False),
            "description": _sentence(text["description"], text.get("note")),
        },
        "attributes": attributes,
        "required_attributes": any(a["required"] for a in attributes),
        "children": children,
    }


def _sentence(description: str, note: str | None) -> str:
    return " ".join(description.split()) + (f" {' '.join(note.split())}" if note else "")


def _python_type(attribute: dict[str, Any]) -> str:
    kind = attribute["kind"]
    one = {
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "boolean-or-string": "bool | str",
    }.get(kind) or "Literal[" + ", ".join(json.dumps(v) for v in attribute["values"]) + "]"
    return f"{one} | Sequence[{one}]" if attribute["list"] else one


def _typescript_type(attribute: dict[str, Any]) -> str:
    kind = attribute["kind"]
    one = {
        "string": "string",
        "integer": "number",
        "number": "number",
        "boolean": "boolean",
        "boolean-or-string": "boolean | string",
    }.get(kind) or " | ".join(json.dumps(v) for v in attribute["values"])
    return f"{one} | readonly ({one})[]" if attribute["list"] else one


def _python_tuple(values: list[str]) -> str:
    items = [json.dumps(v, ensure_ascii=False) for v in values]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def _wrap(text: str, indent: int, width: int = 100) -> list[str]:
    return textwrap.wrap(text, width=width - indent) or [""]


def render(language: str, description: dict[str, Any]) -> str:
    environment = jinja2.Environment(  # noqa: S701  (code, not HTML)
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters |= {
        "pytype": _python_type,
        "tstype": _typescript_type,
        "wrap": _wrap,
        "json": lambda value: json.dumps(value, ensure_ascii=False),
        "pytuple": _python_tuple,
    }
    template = environment.get_template(f"{language}.jinja")
    return template.render(**model(description))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("check", "python", "typescript"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    out = None
    if command != "check":
        if not rest:
            print(__doc__, file=sys.stderr)
            return 2
        out, rest = Path(rest[0]), rest[1:]
    try:
        description = load(Path(rest[0]) if rest else SPEC)
    except (ValueError, yaml.YAMLError) as error:
        print(f"cxml: {error}", file=sys.stderr)
        return 1
    if out is None:
        documents, elements = len(description["documents"]), len(description["elements"])
        print(f"cxml: the description is valid ({documents} documents, {elements} elements)")
        return 0
    code = render(command, description)
    if command == "python":
        code = formatted(code)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(code, encoding="utf-8")
    return 0


def formatted(code: str) -> str:
    """``code`` as the pinned ruff formats it (the project's line length, no other setting)."""
    ruff = Path(sys.executable).parent / "ruff"
    done = subprocess.run(
        [str(ruff), "format", "--isolated", "--line-length", "100", "-"],
        input=code,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
