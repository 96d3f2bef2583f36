"""The cXML builders and the validator's table, generated from spec/cxml.yaml.

    python scripts/cxml_generate.py check [SPEC]         the description is valid and coherent
    python scripts/cxml_generate.py python OUT [SPEC]    writes the Python module, and its
                                                          table cxml.json.gz beside it
    python scripts/cxml_generate.py typescript OUT [SPEC]  writes the TypeScript module

The description is checked first (against spec/cxml.schema.json, then for what a schema cannot
say: children that exist, nesting without cycles but through markup, one tag and one method
name per child and one keyword per attribute, every element used). The templates are in
templates/cxml/.
"""

from __future__ import annotations

import json
import keyword
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml

sys.path.insert(0, str(Path(__file__).parent))
from gzipped import write_json
from tree_generate import environment, format_python

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "cxml.yaml"
SCHEMA = ROOT / "spec" / "cxml.schema.json"
TEMPLATES = ROOT / "templates" / "cxml"
# Names the generic element already uses: no child method may take one.
RESERVED = {
    "append",
    "add_text",
    "addText",
    "to_xml",
    "toXml",
    "toString",
    "constructor",
    "nest",
    "add",
    "addTextRun",
}


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
        methods: dict[str, str] = {}
        for child in node.get("children", []):
            if child not in elements:
                problems.append(f"{name}: no element {child}")
                continue
            tag = elements[child].get("xml", child)
            if tag in tags:
                problems.append(f"{name}: {tags[tag]} and {child} are both <{tag}>")
            tags[tag] = child
            if snake(tag) in RESERVED or lower_camel(tag) in RESERVED:
                problems.append(f"{name}: <{tag}> would hide a method of every element")
            for method in dict.fromkeys((snake(tag), lower_camel(tag))):
                if method in methods:
                    problems.append(
                        f"{name}: {methods[method]} and {child} are both the method {method}"
                    )
                methods.setdefault(method, child)
        keywords: dict[str, str] = {}
        for xml in node.get("attributes", {}):
            if snake(xml) in keywords:
                problems.append(
                    f"{name}: {keywords[snake(xml)]} and {xml} are both the keyword {snake(xml)}"
                )
            keywords.setdefault(snake(xml), xml)
        if node.get("text", {}).get("mixed") and not node.get("children"):
            problems.append(f"{name}: mixed text needs children (the markup inside it)")
    used = {c for node in parents.values() for c in node.get("children", [])}
    problems += [
        f"{name} is used by no document or element" for name in elements if name not in used
    ]
    problems += _cycles(parents, _markup(description))
    return problems


def _markup(description: dict[str, Any]) -> set[str]:
    """The elements that are markup inside text: every parent of theirs has mixed text."""
    parents: dict[str, list[dict[str, Any]]] = {}
    for node in [*description["documents"].values(), *description["elements"].values()]:
        for child in node.get("children", []):
            parents.setdefault(child, []).append(node)
    return {
        name
        for name, nodes in parents.items()
        if all(node.get("text", {}).get("mixed") for node in nodes)
    }


def _cycles(parents: dict[str, Any], markup: set[str]) -> list[str]:
    """Nesting is finite but for markup: an element may contain itself, however deep, only if
    it and every element between are markup inside text (<prosody> in <prosody>)."""
    problems: list[str] = []
    seen: set[frozenset[str]] = set()
    for name in parents:
        if name in markup:
            continue
        # The shortest way from name's children back to name, through anything.
        previous: dict[str, str] = {}
        queue = [name]
        while queue and name not in previous:
            here = queue.pop(0)
            for child in parents.get(here, {}).get("children", []):
                if child not in previous:
                    previous[child] = here
                    queue.append(child)
        if name in previous:
            trail = [name]
            while len(trail) == 1 or trail[-1] != name:
                trail.append(previous[trail[-1]])
            trail.reverse()
            if frozenset(trail) not in seen:
                seen.add(frozenset(trail))
                problems.append("nesting cycle: " + " > ".join(trail))
    return problems


def snake(name: str) -> str:
    """``statusCallbackEvent`` -> ``status_callback_event``, ``say-as`` -> ``say_as``,
    ``xml:lang`` -> ``xml_lang``; Python keywords get a ``_`` (``break_``)."""
    words = re.sub(r"[-:]", "_", re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower())
    return f"{words}_" if keyword.iskeyword(words) else words


def lower_camel(name: str) -> str:
    """``Say`` -> ``say``, ``say-as`` -> ``sayAs``."""
    first, *rest = re.split(r"[-:]", name)
    return first[:1].lower() + first[1:] + "".join(word[:1].upper() + word[1:] for word in rest)


def _ts_property(name: str) -> str:
    """An option's name as a TypeScript property: quoted unless it is an identifier."""
    return name if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", name) else json.dumps(name)


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
            "mixed": text.get("mixed", False),
            "description": _sentence(text["description"], text.get("note")),
        },
        "attributes": attributes,
        "required_attributes": any(a["required"] for a in attributes),
        "children": children,
    }


def element_table(description: dict[str, Any]) -> dict[str, Any]:
    """The Python builders' table (``signalwire_compat._cxml.element_specs`` reads it): each
    class's tag, text, attributes and children, with the fields of ``AttributeSpec`` and
    ``TextSpec``, those at their defaults left out."""
    table = {}
    for cls in model(description)["classes"]:
        attributes = []
        for a in cls["attributes"]:
            entry = {"xml": a["xml"], "name": a["py"], "kind": a["kind"]}
            optional = {"values": [], "list": False, "separator": " ", "required": False}
            entry |= {key: a[key] for key, default in optional.items() if a[key] != default}
            attributes.append(entry)
        text = cls["text"]
        table[cls["id"]] = {
            "xml": cls["xml"],
            "text": None
            if text is None
            else {key: text[key] for key in ("required", "values", "mixed") if text[key]},
            "attributes": attributes,
            "children": [child["id"] for child in cls["children"]],
        }
    return table


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
    env = environment(TEMPLATES)
    env.filters |= {
        "pytype": _python_type,
        "tstype": _typescript_type,
        "wrap": _wrap,
        "json": lambda value: json.dumps(value, ensure_ascii=False),
        "tsprop": _ts_property,
        "pytuple": _python_tuple,
    }
    template = env.get_template(f"{language}.jinja")
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
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(code, encoding="utf-8")
    if command == "python":
        format_python(out)
        write_json(out.with_name("cxml.json.gz"), element_table(description))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
