"""The reference page of the whole API, ``docs/api.md``, from a spec ``scripts/naming.py``
annotated (its TypeScript copy, which keeps the spec's wire names).

    python scripts/api_docs.py ANNOTATED_SPEC OUT [SOURCE]

An index of the resources, then each resource in the tree's order (children after their
parent), each operation with its method and path, its Python, async and TypeScript calls, its
result, its ``*_many`` form, its command line and a table of its arguments; then the webhooks.
Every name is one already decided: the tree, the results and the ids by the generators' own
code (``tree_generate.tree``, the ``x-sdk`` annotations), the command line's words by the
command's own functions. ``SOURCE`` is the spec's name on the page (``spec/openapi.yaml``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, snake_case

sys.path.insert(0, str(Path(__file__).parent))
from naming import METHODS, resolve
from tree_generate import PREFIX, Method, Resource, tree

from signalwire_compat._bulk_cli import add_bulk_flags
from signalwire_compat._operation import Operation
from signalwire_compat.cli import PROG, _add_connection, _flag, _metavar, command_words

Spec = dict[str, Any]
COLUMNS = ("Python", "TypeScript", "command line", "wire name", "type", "required", "description")


@dataclass(frozen=True)
class Argument:
    """One row of an operation's table: an id or a field, in every language's words."""

    python: str
    typescript: str
    cli: str
    wire: str
    where: str
    type: str
    required: bool
    description: str
    flag: str = ""
    """The field's flag (none for an id)."""
    boolean: bool = False


@dataclass(frozen=True)
class Entry:
    """One operation where the tree puts it, and what the page says of it."""

    resource: Resource
    typescript: list[str]
    method: Method
    http: str
    path: str
    ids: list[Argument]
    fields: list[Argument]
    page: str | None
    """The TypeScript name of a list's page (its schema), for ``Pager<Item, Page>``."""
    result: str | None
    """The TypeScript name of the result (the item of a list)."""
    listed: bool
    """Whether the resource has a paged ``list`` (``--where`` of the command's many-ids form)."""


def _find(spec: Spec, schema: Any, key: str) -> Any:  # noqa: ANN401 (a spec node)
    """``schema[key]``, else the first of its ``allOf`` parts' (``$ref`` followed)."""
    schema = resolve(spec, schema)
    if key in schema:
        return schema[key]
    for part in schema.get("allOf", []):
        found = _find(spec, part, key)
        if found is not None:
            return found
    return None


def _type_name(spec: Spec, schema: Any) -> str:  # noqa: ANN401 (a spec node)
    kind = _find(spec, schema, "type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind or "string")


def _bounds(spec: Spec, schema: Any, low: str, high: str, unit: str = "") -> str:  # noqa: ANN401
    least, most = _find(spec, schema, low), _find(spec, schema, high)
    if least is not None and most is not None:
        return f", {least} to {most}{unit}"
    if least is not None:
        return ", not empty" if unit and least == 1 else f", at least {least}{unit}"
    if most is not None:
        return f", at most {most}{unit}"
    return ""


def describe_type(spec: Spec, schema: Any) -> str:  # noqa: ANN401 (a spec node)
    """A field's type as the table shows it: ``integer, 1 to 14400``, ``one of `a`, `b```."""
    kind = _type_name(spec, schema)
    if kind == "array":
        return "list, each " + describe_type(spec, _find(spec, schema, "items") or {})
    choices = _find(spec, schema, "enum")
    if choices:
        return "one of " + ", ".join(f"`{choice}`" for choice in choices)
    fmt = _find(spec, schema, "format")
    if fmt == "uri":
        return "URL"
    if fmt == "date":
        return "date, `YYYY-MM-DD`"
    if kind in ("integer", "number"):
        return kind + _bounds(spec, schema, "minimum", "maximum")
    return kind + _bounds(spec, schema, "minLength", "maxLength", " characters")


def one_line(text: object) -> str:
    """``text`` on one line, safe in a table cell."""
    return " ".join(str(text or "").split()).replace("|", "\\|")


def _parameters(spec: Spec, item: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    return [
        resolve(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
    ]


def _ids(spec: Spec, sdk: dict[str, Any], parameters: list[Any]) -> list[Argument]:
    described = {p["name"]: p for p in parameters if p.get("in") == "path"}
    return [
        Argument(
            python=i["python"],
            typescript=i["typescript"],
            cli=f"`{_metavar(i['python'])}`",
            wire=i["wire"],
            where="path",
            type=describe_type(spec, described.get(i["wire"], {}).get("schema", {})),
            required=True,
            description=one_line(described.get(i["wire"], {}).get("description")),
        )
        for i in sdk["ids"]
    ]


def _field(
    spec: Spec,
    names: dict[str, str],
    wire: str,
    where: str,
    schema: Any,  # noqa: ANN401 (a spec node)
    required: bool,
) -> Argument:
    flag = _flag(names["python"])
    boolean = _type_name(spec, schema) == "boolean"
    cli = f"`{flag}`, `--no-{flag[2:]}`" if boolean else f"`{flag}`"
    if _type_name(spec, schema) == "array":
        cli += " (repeat it)"
    return Argument(
        python=names["python"],
        typescript=names["typescript"],
        cli=cli,
        wire=wire,
        where=where,
        type=describe_type(spec, schema),
        required=bool(required),
        description=one_line(resolve(spec, schema).get("description")),
        flag=flag,
        boolean=boolean,
    )


def _fields(
    spec: Spec, sdk: dict[str, Any], parameters: list[Any], operation: dict[str, Any]
) -> list[Argument]:
    names = sdk["fields"]
    fields = [
        _field(spec, names[p["name"]], p["name"], "query", p.get("schema", {}), p.get("required"))
        for p in parameters
        if p.get("in") == "query"
    ]
    body = operation.get("requestBody")
    for media in resolve(spec, body)["content"].values() if body else ():
        schema = resolve(spec, media["schema"])
        required = set(schema.get("required", []))
        for wire, prop in schema.get("properties", {}).items():
            fields.append(_field(spec, names[wire], wire, "form", prop, wire in required))
    return fields


def _results(spec: Spec, operation: dict[str, Any]) -> tuple[str | None, str | None]:
    """The TypeScript names of a list's page and of the result (a list's item), as the
    operations table names them: the schemas' own names."""
    for status, response in operation["responses"].items():
        if not status.startswith("2"):
            continue
        media = resolve(spec, response).get("content", {}).get("application/json")
        if media is None:
            return None, None
        name = str(media["schema"]["$ref"]).rsplit("/", 1)[1]
        properties = resolve(spec, media["schema"]).get("properties", {})
        if "next_page_uri" not in properties:
            return None, name
        for value in properties.values():
            if value.get("type") == "array" and "$ref" in value.get("items", {}):
                return name, str(value["items"]["$ref"]).rsplit("/", 1)[1]
        return None, name
    return None, None


def resources(spec: Spec) -> list[Resource]:
    """The resources of ``spec`` in the tree's order: each one's children after it."""

    def walk(resource: Resource) -> Iterator[Resource]:
        yield resource
        for child in resource.children:
            yield from walk(child)

    return [found for root in tree(spec) if len(root.chain) == 1 for found in walk(root)]


def entries(spec: Spec, tree_order: list[Resource]) -> list[Entry]:
    """Every operation of ``spec``, resource by resource (``tree_order``), each resource's
    operations in the spec's order."""
    where: dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]] = {}
    chains: dict[tuple[str, ...], list[str]] = {}
    for path, item in spec.get("paths", {}).items():
        for http in METHODS:
            if http in item:
                operation = item[http]
                where[operation["operationId"]] = (http.upper(), path, item, operation)
                sdk = operation["x-sdk"]["resource"]
                for depth in range(1, len(sdk["python"]) + 1):
                    chains[tuple(sdk["python"][:depth])] = sdk["typescript"][:depth]
    found: list[Entry] = []
    for resource in tree_order:
        listed = any(m.verb == "list" and m.item is not None for m in resource.methods)
        for method in resource.methods:
            http, path, item, operation = where[method.operation]
            sdk = operation["x-sdk"]
            parameters = _parameters(spec, item, operation)
            page, result = _results(spec, operation)
            found.append(
                Entry(
                    resource=resource,
                    typescript=chains[resource.chain],
                    method=method,
                    http=http,
                    path=path,
                    ids=_ids(spec, sdk, parameters),
                    fields=_fields(spec, sdk, parameters, operation),
                    page=page,
                    result=result,
                    listed=listed,
                )
            )
    return found


def _camel(name: str) -> str:
    """``update_many`` as TypeScript spells a method: ``updateMany``."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def python_call(entry: Entry, verb: str, ids: list[str]) -> str:
    """``sw.calls.recordings.update(call_sid, recording_sid, *, status=..., ...)``."""
    parts = list(ids)
    required = [f for f in entry.fields if f.required]
    if required:
        parts += ["*", *(f"{f.python}=..." for f in required)]
    if len(required) < len(entry.fields):
        parts.append("...")
    return f"sw.{entry.resource.dotted}.{verb}({', '.join(parts)})"


def typescript_call(entry: Entry, verb: str, ids: list[str]) -> str:
    """``sw.calls.recordings.update(callSid, recordingSid, { status })``."""
    parts = list(ids)
    names = [f.typescript for f in entry.fields if f.required]
    if len(names) < len(entry.fields):
        names.append("...")
    if names:
        parts.append("{ " + ", ".join(names) + " }")
    return f"sw.{'.'.join(entry.typescript)}.{verb}({', '.join(parts)})"


def _returns(entry: Entry) -> tuple[str, str, str]:
    """What the call gives in Python, async Python and TypeScript."""
    method = entry.method
    if method.item is not None:
        typescript = f"Pager<{entry.result}, {entry.page}>"
        return f"Pager[{method.item}]", f"AsyncPager[{method.item}]", typescript
    if method.result is not None:
        return method.result, method.result, str(entry.result)
    return "None", "None", "undefined"


def command_line(entry: Entry, many: bool = False) -> str:
    """``signalwire-compat calls recordings update CALL_SID RECORDING_SID --status ...``."""
    words = [PROG, *command_words(entry.resource.chain), entry.method.verb]
    ids = entry.ids[:-1] if many else entry.ids
    words += [_metavar(i.python) for i in ids]
    if many:
        words.append("--sids-from PATH")
    for field in (f for f in entry.fields if f.required):
        flag = field.flag
        words.append(f"{flag}/--no-{flag[2:]}" if field.boolean else f"{flag} ...")
    if entry.method.item is not None:
        words.append("[--limit N]")
    return " ".join(words)


def _flags(add: Callable[[argparse.ArgumentParser], None]) -> str:
    """The flags ``add`` gives a subcommand, as the command line's own code adds them."""
    parser = argparse.ArgumentParser(add_help=False)
    add(parser)
    return ", ".join(f"`{a.option_strings[0]}`" for a in parser._actions if a.option_strings)


def _anchor(text: str) -> str:
    """The anchor a Markdown renderer gives the heading ``text`` (GitHub's rule)."""
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def _operation(entry: Entry) -> list[str]:
    method = entry.method
    verb, dotted = method.verb, entry.resource.dotted
    ts_ids = [i.typescript for i in entry.ids]
    py_ids = [i.python for i in entry.ids]
    python, python_async, typescript = _returns(entry)
    lines = [f"### `{dotted}.{verb}`", ""]
    lines += [f"`{entry.http} {entry.path}`: {method.summary}.", ""]
    description = method.description.strip()
    if description.split("\n\n")[0] == method.summary + ".":  # the summary again
        description = description.partition("\n\n")[2].strip()
    if description:
        lines += [description, ""]
    call = python_call(entry, verb, py_ids)
    ts_call = typescript_call(entry, verb, ts_ids)
    if method.item is not None:
        lines.append(f"- Python: `for item in {call}`: a `{python}`")
        lines.append(f"- Python, async: `async for item in {call}`: an `{python_async}`")
        lines.append(f"- TypeScript: `for await (const item of {ts_call})`: a `{typescript}`")
    else:
        lines.append(f"- Python: `{call}` returns `{python}`")
        lines.append(f"- Python, async: `await {call}` returns `{python_async}`")
        lines.append(f"- TypeScript: `await {ts_call}` resolves to `{typescript}`")
    if method.many:
        many_ids = [*py_ids[:-1], py_ids[-1] + "s"]
        run = method.result or "None"
        ts_many = [*ts_ids[:-1], ts_ids[-1] + "s"]
        lines.append(
            f"- Many ids, Python: `{python_call(entry, verb + '_many', many_ids)}` returns "
            f"`BulkRun[{run}]` (`AsyncBulkRun[{run}]` on `AsyncSignalWire`)"
        )
        lines.append(
            f"- Many ids, TypeScript: `{typescript_call(entry, _camel(verb + '_many'), ts_many)}` "
            f"returns `BulkRun<{entry.result or 'undefined'}>`"
        )
    elif verb in ("update", "delete"):
        lines.append(f"- Many ids: no `{verb}_many` (`{_camel(verb + '_many')}`)")
    lines.append(f"- Command line: `{command_line(entry)}`")
    if method.many:
        where = " (or `--where FIELD=VALUE`: the ids `list` gives)" if entry.listed else ""
        lines.append(f"- Command line, many ids: `{command_line(entry, many=True)}`{where}")
    lines.append("")
    arguments = [*entry.ids, *entry.fields]
    if not arguments:
        return [*lines, "No arguments.", ""]
    lines += [f"| {' | '.join(COLUMNS)} |", "| --- " * len(COLUMNS) + "|"]
    for a in arguments:
        lines.append(
            f"| `{a.python}` | `{a.typescript}` | {a.cli} | `{a.wire}` ({a.where}) | {a.type} "
            f"| {'yes' if a.required else 'no'} | {a.description} |"
        )
    return [*lines, ""]


def _webhooks(spec: Spec) -> list[str]:
    hooks = spec.get("webhooks", {})
    if not hooks:
        return []
    lines = ["## Webhooks", ""]
    lines += [
        "What SignalWire sends to your URLs (check its signature with `RequestValidator` "
        "first). The parse functions are in `signalwire_compat.webhooks` and exported by the "
        "TypeScript package; each reads a form as its payload type: in Python the generated "
        "model (its fields in snake_case), in TypeScript an object with the spec's field names, "
        "every value a string.",
        "",
        "| webhook | Python | TypeScript | what it is |",
        "| --- | --- | --- | --- |",
    ]
    for key, item in hooks.items():
        for http in METHODS:
            if http not in item:
                continue
            hook = item[http]
            content = resolve(spec, hook["requestBody"])["content"]
            payload = str(next(iter(content.values()))["schema"]["$ref"]).rsplit("/", 1)[1]
            python = f"`parse_{snake_case(key)}(form)` returns `{ClassName(payload, PREFIX)}`"
            typescript = f"`parse{key[:1].upper()}{key[1:]}(form)` returns `{payload}`"
            what = f"{one_line(hook.get('summary'))}: {one_line(hook.get('description'))}"
            lines.append(f"| `{key}` | {python} | {typescript} | {what} |")
    return [*lines, ""]


def _index(nodes: list[Resource]) -> list[str]:
    lines = ["## Resources", ""]
    for resource in nodes:
        indent = "  " * (len(resource.chain) - 1)
        verbs = ", ".join(
            f"[`{m.verb}`](#{_anchor(resource.dotted + '.' + m.verb)})" for m in resource.methods
        )
        link = f"[`{resource.dotted}`](#{_anchor(resource.dotted)})"
        lines.append(f"{indent}- {link}: {verbs or 'no operations of its own'}")
    return [*lines, ""]


def render(spec: Spec, source: str) -> str:
    """The page, as Markdown."""
    nodes = resources(spec)
    found = entries(spec, nodes)
    hooks = sum(1 for item in spec.get("webhooks", {}).values() for m in METHODS if m in item)
    info = spec.get("info", {})
    servers = spec.get("servers") or [{"url": "/"}]
    connection = _flags(lambda p: _add_connection(p, Operation(name="", method="", path="")))
    bulk = _flags(lambda p: add_bulk_flags(p, None))
    lines = [
        f"<!-- Generated by scripts/api_docs.py from {source} (`make generate`); do not edit. -->",
        "",
        "# API reference",
        "",
        f"Generated from `{source}` ({info.get('title', 'the API')}, version "
        f"{info.get('version', '?')}) by `make generate`; `make check-generated` fails when this "
        f"page is not what the spec gives. {len(found)} operations in {len(nodes)} "
        f"resources, and {hooks} webhooks.",
        "",
        "`sw` is a `SignalWire` (in Python, an `AsyncSignalWire` on the async lines); the "
        f"command is `{PROG}`.",
        "",
        f"- Paths are below `{servers[0]['url']}`. The ids come first, positional, in the "
        "path's order; `{AccountSid}` is the keyword `account_sid=` (`accountSid`, "
        "`--account-sid`), by default the Project ID.",
        "- The fields are keyword arguments in Python (`...`: the optional ones), one object in "
        "TypeScript, a flag each on the command line (a boolean: the flag or its `--no-` form; "
        "a list: the flag repeated; an enum: one of its values).",
        "- Each operation's method takes per-call settings (`options=` in Python; `timeoutMs`, "
        "`maxRetries`, `signal` ... in TypeScript's object) and has a twin, "
        "`<method>_with_response` (`<method>WithResponse`), that gives the HTTP response too "
        "(of one page, for a `list`).",
        "- `<method>_many` (`<method>Many`) runs an update or a delete on each id of an iterable, "
        "paced, resumably: see [Many calls at once](../README.md#many-calls-at-once-an-incident).",
        f"- Every subcommand also takes `--json` and {connection} (`--request-timeout` in place "
        f"of `--timeout` when a field is `timeout`); one with a many-ids form, {bulk}: see "
        "[The command line](../README.md#the-command-line).",
        "",
        *_index(nodes),
    ]
    by_resource: dict[tuple[str, ...], list[Entry]] = {}
    for entry in found:
        by_resource.setdefault(entry.resource.chain, []).append(entry)
    for resource in nodes:
        lines += [f"## `{resource.dotted}`", ""]
        if resource.description:
            lines += [resource.description, ""]
        if resource.children:
            children = ", ".join(f"[`{c.dotted}`](#{_anchor(c.dotted)})" for c in resource.children)
            lines += [f"Nested: {children}.", ""]
        for entry in by_resource.get(resource.chain, []):
            lines += _operation(entry)
    lines += _webhooks(spec)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    source, out, *shown = argv
    with open(source, encoding="utf-8") as handle:
        spec = json.load(handle)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(render(spec, shown[0] if shown else source), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
