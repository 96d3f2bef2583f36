"""The names of the SDK, decided once from the spec's paths, for both generators.

    python scripts/naming.py SPEC OUT_TYPESCRIPT OUT_PYTHON

Writes two copies of the spec in which every operation carries ``x-sdk``: where it hangs in
the resource tree and under which method. The rule:

- Resource: one attribute per collection segment of the path below ``/Accounts/{AccountSid}``
  (``/Accounts`` and ``/Accounts/{Sid}`` are ``accounts``): ``/Calls/{CallSid}/Recordings`` is
  ``calls.recordings``; snake_case in Python, lowerCamelCase in TypeScript. A ``.json``
  suffix on the last segment is not part of the name.
- Verb: ``create`` = POST on a collection, ``list`` = GET on a collection, ``fetch`` = GET on an
  instance (a path ending in an id), ``update`` = POST or PATCH on one, ``delete`` = DELETE.
- Ids: the path's parameters after ``AccountSid``, in URL order, positional. ``{Sid}`` is named
  after its collection (``Recordings/{Sid}`` is ``RecordingSid``); both copies name the path
  parameter so, which no request shows.
- Fields: the wire name in snake_case (Python, as openapi-python-client spells it: ``From`` is
  ``from_``) or with its first letter lowered (TypeScript); a trailing ``<`` or ``>`` is
  ``Before`` or ``After``. A form field whose wire name would collide (``AccountSid`` in a body
  is the path's ``account_sid`` option) takes its names from its ``x-sdk-name`` instead, spelled
  by the same rule in both languages (``TransferToAccountSid`` is ``transfer_to_account_sid``
  and ``transferToAccountSid``); it is read on form fields only.

Generation fails on any collision, naming both sides: two operations on one method, two fields
on one argument, a field on an id's name, a child resource on a method's name; and on a request
body that is neither a form nor JSON (``MEDIA_TYPES``), or has more than one media type. The
Python copy also renames ``X<``/``X>`` query parameters to ``X<Before``/``X>After``
(openapi-python-client would give both ``x``), writes each ``x-sdk-name``'s Python spelling into
its field as ``x-sdk-python`` (which the templates use for the argument), and tags each
operation with its resource, so that its modules sit in one package per resource; the
templates send the spec's names.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

METHODS = ("get", "put", "post", "delete", "patch")
MEDIA_TYPES = ("application/x-www-form-urlencoded", "application/json")
"""The request bodies the SDK sends: a form, or a JSON object of the fields."""
ACCOUNT_SID = "AccountSid"
SDK_NAME = "x-sdk-name"
PYTHON_SDK_NAME = "x-sdk-python"
LANGUAGES = {"python": "Python", "typescript": "TypeScript"}
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
SUFFIXES = {"<": "Before", ">": "After"}
PYTHON_OPTIONS = frozenset({"account_sid", "options", "bulk", "self"})
TYPESCRIPT_OPTIONS = frozenset(
    {"accountSid", "timeoutMs", "maxRetries", "retryUnknownOutcome", "extraHeaders",
     "extraQuery", "extraBody", "signal", "bulk"}
)  # fmt: skip


class NamingError(Exception):
    """Two things of the spec would get one name."""


def singular(word: str) -> str:
    """``Recordings`` -> ``Recording``, ``Addresses`` -> ``Address``, ``Media`` -> ``Media``."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(ss|x|ch|sh)es$", word):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def python_name(wire: str) -> str:
    """A field's or id's Python name, as openapi-python-client spells it."""
    if wire[-1:] in SUFFIXES:
        wire = wire[:-1] + "<" + SUFFIXES[wire[-1]]
    return str(PythonIdentifier(wire, "field"))


def model_names(schema: str) -> tuple[str, str]:
    """A schema's generated model class and module, as openapi-python-client spells them."""
    cls = ClassName(schema, "field")
    return str(cls), str(PythonIdentifier(cls, "field"))


def typescript_name(wire: str) -> str:
    """A field's or id's TypeScript name: the first letter lowered, ``<``/``>`` spelled out."""
    if wire[-1:] in SUFFIXES:
        wire = wire[:-1] + SUFFIXES[wire[-1]]
    if "_" in wire:  # token_id -> tokenId
        head, *rest = wire.split("_")
        wire = head + "".join(part[:1].upper() + part[1:] for part in rest)
    return wire[:1].lower() + wire[1:]


@dataclass
class Decision:
    """Where one operation sits, and what its method and arguments are called."""

    operation_id: str
    method: str
    path: str
    segments: list[str]
    verb: str
    ids: list[dict[str, str]]
    account: bool
    fields: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def python(self) -> list[str]:
        return [snake_case(s) for s in self.segments]

    @property
    def typescript(self) -> list[str]:
        return [typescript_name(s) for s in self.segments]

    def annotation(self) -> dict[str, Any]:
        return {
            "resource": {"python": self.python, "typescript": self.typescript},
            "verb": self.verb,
            "ids": self.ids,
            "account": self.account,
            "fields": self.fields,
            # Also applied to many ids (`update_many`, `updateMany`): an update or a delete of
            # one instance; the parent ids stay fixed for the run.
            "many": self.verb in ("update", "delete") and bool(self.ids),
        }


def resolve(spec: dict[str, Any], node: Any) -> Any:  # noqa: ANN401 (a spec node)
    """``node``, its ``$ref`` followed."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for key in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[key]
        node = target
    return node


def _place(path: str) -> tuple[list[str], list[str], bool, bool]:
    """The collection segments, the id parameters, whether the path is an instance, and
    whether it is under an account."""
    parts = path.strip("/").split("/")
    if parts[-1].endswith(".json"):
        parts[-1] = parts[-1][: -len(".json")]
    account = len(parts) >= 2 and parts[0] == "Accounts" and parts[1] == "{" + ACCOUNT_SID + "}"
    rest = parts[2:] if account else parts
    if not rest or rest[0].startswith("{"):
        raise NamingError(f"{path}: no collection below the account")
    segments: list[str] = []
    ids: list[str] = []
    for part in rest:
        if part.startswith("{") and part.endswith("}"):
            name = part[1:-1]
            if name == "Sid":
                name = singular(segments[-1]) + "Sid"
                name = name[:1].upper() + name[1:]
            ids.append(name)
        else:
            segments.append(part)
    return segments, ids, rest[-1].startswith("{"), account


def _verb(method: str, instance: bool) -> str:
    if not instance:
        return {"post": "create", "get": "list"}.get(method, "")
    return {"get": "fetch", "post": "update", "patch": "update", "delete": "delete"}.get(method, "")


def _fields(
    spec: dict[str, Any], parameters: list[Any], operation: dict[str, Any]
) -> list[tuple[str, str]]:
    """Each query and form field: its wire name, and its ``x-sdk-name`` if it has one (its
    SDK names are spelled from that instead), else ``""``."""
    names = []
    for parameter in parameters:
        if parameter.get("in") == "query":
            if SDK_NAME in parameter:
                raise NamingError(
                    f"{operation['operationId']}: the query parameter {parameter['name']} has an "
                    f"{SDK_NAME}, which is read only on a form body's fields"
                )
            names.append((parameter["name"], ""))
    for wire, schema in _body_fields(spec, operation).items():
        names.append((wire, _sdk_name(wire, schema) if SDK_NAME in schema else ""))
    return names


def _body_fields(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The properties of the operation's form body (none without one), by wire name."""
    fields: dict[str, Any] = {}
    body = operation.get("requestBody")
    if body:
        for media in resolve(spec, body)["content"].values():
            fields.update(resolve(spec, media["schema"]).get("properties", {}))
    return fields


def _sdk_name(wire: str, schema: dict[str, Any]) -> str:
    name = schema[SDK_NAME]
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise NamingError(
            f"the {SDK_NAME} of {wire} must be a name (a letter, then letters, digits or "
            f"underscores, such as TransferToAccountSid), not {name!r}"
        )
    return name


def _check_body(spec: dict[str, Any], operation: dict[str, Any]) -> None:
    """A request body has one media type, a form or JSON: the two the runtimes send."""
    body = operation.get("requestBody")
    if not body:
        return
    media = list(resolve(spec, body).get("content", {}))
    operation_id = operation["operationId"]
    if len(media) != 1:
        raise NamingError(f"{operation_id}: the body has {len(media)} media types, not one")
    if media[0] not in MEDIA_TYPES:
        raise NamingError(
            f"{operation_id}: the body's media type {media[0]} is not one the SDK sends "
            f"({', '.join(MEDIA_TYPES)})"
        )


def decide(spec: dict[str, Any]) -> list[Decision]:
    """Every operation's names; ``NamingError`` on any collision, naming both sides."""
    decisions: list[Decision] = []
    taken: dict[tuple[str, ...], str] = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            operation_id = operation["operationId"]
            segments, ids, instance, account = _place(path)
            verb = _verb(method, instance)
            _check_body(spec, operation)
            if not verb:
                raise NamingError(f"{operation_id}: no method for {method.upper()} {path}")
            key = (*[snake_case(s) for s in segments], verb)
            if key in taken:
                where = ".".join(key)
                raise NamingError(f"{operation_id} and {taken[key]} would both be {where}")
            taken[key] = operation_id
            decision = Decision(
                operation_id,
                method,
                path,
                segments,
                verb,
                [
                    {"wire": w, "python": python_name(w), "typescript": typescript_name(w)}
                    for w in ids
                ],
                account,
            )
            _name_fields(spec, decision, item, operation)
            decisions.append(decision)
    _check_children(decisions)
    return decisions


def _name_fields(
    spec: dict[str, Any], decision: Decision, item: dict[str, Any], operation: dict[str, Any]
) -> None:
    parameters = [
        resolve(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
    ]
    for language, options in (("python", PYTHON_OPTIONS), ("typescript", TYPESCRIPT_OPTIONS)):
        spell = python_name if language == "python" else typescript_name
        owners: dict[str, str] = {i[language]: f"the id {i['wire']}" for i in decision.ids}
        owners.update({name: "an option" for name in options})
        for wire, base in _fields(spec, parameters, operation):
            name = spell(base or wire)
            this = f"the field {wire}" + (f" ({SDK_NAME} {base})" if base else "")
            if name in owners:
                raise NamingError(
                    f"{decision.operation_id}: {this} and {owners[name]} would both "
                    f"be {name!r} in {LANGUAGES[language]}"
                )
            owners[name] = this
            decision.fields.setdefault(wire, {})[language] = name


def _check_children(decisions: list[Decision]) -> None:
    methods = {"create", "list", "fetch", "update", "delete"}
    names = methods | {f"{m}_with_response" for m in methods} | {f"{m}_many" for m in methods}
    for decision in decisions:
        for depth, segment in enumerate(decision.python[1:], start=1):
            if segment in names:
                parent = ".".join(decision.python[:depth])
                raise NamingError(
                    f"{decision.operation_id}: the resource {parent}.{segment} would hide the "
                    f"method {parent}.{segment}"
                )


def _rename_ids(
    path: str, item: dict[str, Any], spec: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """``path`` and its item with each ``{Sid}`` named after its collection."""
    _, ids, _, account = _place(path)
    wires = [p[1:-1] for p in path.removesuffix(".json").strip("/").split("/") if p.startswith("{")]
    if account:
        wires = wires[1:]
    renames = {old: new for old, new in zip(wires, ids, strict=True) if old != new}
    for old, new in renames.items():
        path = path.replace("{" + old + "}", "{" + new + "}", 1)
    item = copy.deepcopy(item)
    for holder in [item, *(item[m] for m in METHODS if m in item)]:
        for index, parameter in enumerate(holder.get("parameters", [])):
            resolved = resolve(spec, parameter)
            if resolved.get("in") == "path" and resolved["name"] in renames:
                holder["parameters"][index] = {**resolved, "name": renames[resolved["name"]]}
    return path, item


def annotate(spec: dict[str, Any], *, python: bool) -> dict[str, Any]:
    """A copy of ``spec`` with the decisions in ``x-sdk`` (and, for Python, the renames)."""
    decisions = {d.operation_id: d for d in decide(spec)}
    out = copy.deepcopy(spec)
    paths: dict[str, Any] = {}
    for path, item in out.get("paths", {}).items():
        new_path, item = _rename_ids(path, item, spec)
        for method in METHODS:
            if method in item:
                decision = decisions[item[method]["operationId"]]
                tag = (item[method].get("tags") or [""])[0]
                item[method]["x-sdk"] = {**decision.annotation(), "tag": tag}
                if python:
                    item[method]["tags"] = ["_".join(decision.python)]
                    for wire, schema in _body_fields(out, item[method]).items():
                        if SDK_NAME in schema:
                            schema[PYTHON_SDK_NAME] = decision.fields[wire]["python"]
        paths[new_path] = item
    out["paths"] = paths
    if python:
        _suffixed_query_names(out)
    return out


def _suffixed_query_names(node: object) -> None:
    if isinstance(node, dict):
        name = node.get("name")
        if node.get("in") == "query" and isinstance(name, str) and name[-1:] in SUFFIXES:
            node["name"] = name[:-1] + name[-1] + SUFFIXES[name[-1]]
        for value in node.values():
            _suffixed_query_names(value)
    elif isinstance(node, list):
        for value in node:
            _suffixed_query_names(value)


def main(argv: list[str]) -> int:
    source, typescript_out, python_out = argv
    with open(source, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    try:
        for out, python in ((typescript_out, False), (python_out, True)):
            with open(out, "w", encoding="utf-8") as target:
                json.dump(annotate(spec, python=python), target)
    except NamingError as error:
        print(f"naming: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
