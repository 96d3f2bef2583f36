"""A spec change cannot be forgotten: every operation, request field, response property and
enum of the spec is reachable, with the same values, from the Python client and the CLI, where
the naming rule (scripts/naming.py) puts it."""

from __future__ import annotations

import functools
import importlib.util
import json
from importlib import import_module
from typing import Any

import pytest
from openapi_spec_validator.readers import read_from_filename

from signalwire_compat import AsyncSignalWire, SignalWire
from signalwire_compat._generated import model
from signalwire_compat._operation import Field
from signalwire_compat._resource import Method, methods
from signalwire_compat.cli import build_parser, command_words

from .conftest import ROOT
from .test_naming import naming

SPEC, _ = read_from_filename(str(ROOT / "spec" / "openapi.yaml"))
DECIDED = {d.operation_id: d for d in naming.decide(dict(SPEC))}
_INDEX = importlib.util.spec_from_file_location("models_index", ROOT / "scripts/models_index.py")
assert _INDEX is not None and _INDEX.loader is not None
models_index = importlib.util.module_from_spec(_INDEX)
_INDEX.loader.exec_module(models_index)
REQUEST_BODIES = models_index.request_bodies(dict(SPEC))
"""The schemas used only as a whole request body: no model, their fields are ``...Params``."""


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _enum(schema: Any) -> list[str] | None:
    schema = _resolve(schema)
    if "enum" in schema:
        return list(schema["enum"])
    for part in schema.get("allOf", []):
        found = _enum(part)
        if found is not None:
            return found
    return None


def _spec_operations() -> list[tuple[str, dict[str, Any]]]:
    return [
        (method.upper(), op)
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method != "parameters"
    ]


GENERATED = {m.operation.name: m for m in methods()}
REFERENCE = json.loads((ROOT / "tests" / "data" / "reference_operations.json").read_text())


def test_every_operation_of_the_reference_is_in_the_spec() -> None:
    """SignalWire's reference, operation by operation, on the same method and path (or the one
    the list says the spec uses instead, and why)."""
    ours = {(method, path) for path, item in SPEC["paths"].items() for method in item}
    listed = REFERENCE["operations"]
    missing = [
        f"{op['method']} {op['path']} ({op['operationId']})"
        for op in listed
        if (op["method"].lower(), op.get("ours", op["path"])) not in ours
    ]
    assert missing == []
    assert len(listed) == 79
    assert len(_spec_operations()) >= len(listed)


def test_every_generated_operation_is_in_the_spec() -> None:
    assert set(GENERATED) == {op["operationId"] for _, op in _spec_operations()}


@pytest.mark.parametrize(("method", "op"), _spec_operations(), ids=lambda v: str(v)[:20])
def test_operation_is_reachable_and_faithful(method: str, op: dict[str, Any]) -> None:
    found = GENERATED[op["operationId"]]
    operation = found.operation
    assert operation.method == method
    decided = DECIDED[operation.name]
    assert (found.chain, found.verb) == (tuple(decided.python), decided.verb)
    where = ".".join(found.chain)
    for client in (SignalWire, AsyncSignalWire):
        root = client(project_id="AC", api_token="t", space_url="example")
        resource = functools.reduce(getattr, found.chain, root)
        names = [found.verb, f"{found.verb}_with_response"] + [f"{found.verb}_many"] * found.many
        for name in names:
            assert callable(getattr(resource, name)), f"{client.__name__}.{where}.{name}"
    ids = [p.name for p in operation.path_params[1 if operation.account else 0 :]]
    assert ids == [i["python"] for i in decided.ids]
    assert operation.account == decided.account
    query = [_resolve(p) for p in op.get("parameters", []) if _resolve(p)["in"] == "query"]
    # The generator keeps no bounds or patterns of query parameters: those the service checks.
    _same_fields(operation.query, {p["name"]: p["schema"] for p in query}, set(), bounds=False)
    body = op.get("requestBody")
    if body is not None:
        [(media_type, media)] = body["content"].items()
        assert operation.content_type == media_type
        schema = _resolve(media["schema"])
        _same_fields(operation.body, schema["properties"], set(schema.get("required", [])))
        params = _params_class(found)
        keys = params.__required_keys__ | params.__optional_keys__  # type: ignore[attr-defined]
        assert {f.name for f in (*operation.query, *operation.body)} <= keys


def _params_class(method: Method) -> type:
    generated = import_module(method.module)
    found: type = next(value for name, value in vars(generated).items() if name.endswith("Params"))
    return found


def _same_fields(
    fields: tuple[Field, ...], spec: dict[str, Any], required: set[str], bounds: bool = True
) -> None:
    assert [f.wire for f in fields] == list(spec)
    for field in fields:
        schema = _resolve(spec[field.wire])
        items = _resolve(schema["items"]) if schema.get("type") == "array" else None
        assert field.array == (items is not None)
        choices = _enum(items if items is not None else schema)
        assert list(field.choices) == (choices or []), field.wire
        assert field.required == (field.wire in required)
        assert (field.kind == "uri") == ((items or schema).get("format") == "uri"), field.wire
        assert (field.kind == "date") == ((items or schema).get("format") == "date"), field.wire
        if bounds:
            assert (field.minimum, field.maximum) == (schema.get("minimum"), schema.get("maximum"))
            assert field.pattern == schema.get("pattern")


@pytest.mark.parametrize(
    "name",
    [
        n
        for n, s in SPEC["components"]["schemas"].items()
        if s.get("properties") and n not in REQUEST_BODIES
    ],
)
def test_response_properties_are_model_attributes(name: str) -> None:
    schema = SPEC["components"]["schemas"][name]
    cls = model(f"{_module(name)}.{name}")
    attributes = {a.name for a in cls.__attrs_attrs__}
    for prop in schema["properties"]:
        assert naming.python_name(prop) in attributes, prop


def test_request_bodies_have_no_model() -> None:
    """The 27 request bodies are read by the operations' ``Params``, and have no model class
    (whose fields a test above would otherwise hold to the spec)."""
    import signalwire_compat_client.models as models

    assert len(REQUEST_BODIES) == 27 and "CreateCallRequest" in REQUEST_BODIES
    assert not REQUEST_BODIES & set(models.__all__)
    assert "Call" in models.__all__ and "CallRequest" in models.__all__  # a webhook's payload
    for name in REQUEST_BODIES:
        with pytest.raises(AttributeError):
            getattr(models, name)


def _module(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


@pytest.mark.parametrize(
    "name", [n for n, s in SPEC["components"]["schemas"].items() if "enum" in s]
)
def test_enums_match_the_generated_types(name: str) -> None:
    enum = model(f"{_module(name)}.{name}")
    assert [member.value for member in enum] == SPEC["components"]["schemas"][name]["enum"]


def test_cli_has_a_subcommand_and_flags_for_everything() -> None:
    parser = build_parser()
    for chain, verb, operation, _, _ in methods():
        help_text = _help(parser, [*command_words(chain), verb])
        for field in (*operation.query, *operation.body):
            assert "--" + field.name.rstrip("_").replace("_", "-") in help_text, field.wire


def _help(parser: Any, args: list[str]) -> str:
    sub = parser
    for word in args:
        action = next(a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction")
        sub = action.choices[word]
    text: str = sub.format_help()
    return text
