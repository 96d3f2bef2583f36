"""The resources of an OpenAPI document, found from the shape of its paths alone.

Below ``/Accounts/{AccountSid}`` (and ``/Accounts`` itself), a path that ends in a ``{param}``
(or ``{param}.json``) is an instance of the collection above it; any other is a collection.
POST on a collection creates, GET lists; GET on an instance fetches, POST or PATCH updates,
DELETE deletes. A resource is a collection's path template, with what the sandbox needs to keep
its records: the record's schema and example, its id field, its parents' id fields, the list's
item key and filters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ._spec import API_PREFIX, Refs, snake_case

Kind = Literal["create", "list", "fetch", "update", "delete"]
ACCOUNTS = "/Accounts"
ACCOUNT_PREFIX = "/Accounts/{AccountSid}"
PAGING = frozenset({"Page", "PageSize", "PageToken"})
_PARAM = re.compile(r"\{(\w+)\}")
_KINDS: Mapping[tuple[bool, str], Kind] = {
    (False, "post"): "create",
    (False, "get"): "list",
    (True, "get"): "fetch",
    (True, "post"): "update",
    (True, "patch"): "update",
    (True, "delete"): "delete",
}


Compare = Literal["=", "<", ">"]
_COMPARES: Mapping[str, Compare] = {"": "=", "<": "<", ">": ">"}


@dataclass(frozen=True)
class Filter:
    """A list's query parameter that filters on a record field: equal, before (``<``) or after
    (``>``) the value; a ``format: date`` parameter compares the field's day (YYYY-MM-DD)."""

    field: str
    types: frozenset[str]
    compare: Compare
    by_day: bool


@dataclass
class Resource:
    """A collection of the spec and what its records look like."""

    path: str
    """The collection's path template, without ``.json``: ``/Accounts/{AccountSid}/Calls``."""
    parents: tuple[str, ...]
    """The path parameters of ``path``: the ids its records are kept under."""
    key_param: str = "Sid"
    """The instance path's last parameter: the record's id."""
    instance: str = ""
    key: str = "sid"
    """The record field holding its id (``sid``, or as the schema names it: ``call_sid``,
    ``id``)."""
    parent_fields: dict[str, str] = field(default_factory=dict)
    """Each parent id's record field, where the record's schema has one."""
    properties: dict[str, frozenset[str]] = field(default_factory=dict)
    """The record's properties and their types (empty: the schema does not say)."""
    example: dict[str, Any] = field(default_factory=dict)
    item_key: str | None = None
    """The list schema's array property."""
    page_fields: frozenset[str] = frozenset()
    """The list schema's other properties."""
    filters: dict[str, Filter] = field(default_factory=dict)
    creatable: bool = False

    @property
    def name(self) -> str:
        """The path below ``/Accounts/{AccountSid}`` (``/Calls``), or ``/Accounts``."""
        return self.path.removeprefix(ACCOUNT_PREFIX) or self.path

    def has(self, name: str) -> bool:
        """Whether records may hold the property ``name``."""
        return not self.properties or name in self.properties

    def collection_uri(self, ids: Mapping[str, str]) -> str:
        """The collection's path, filled with ``ids``, under the API prefix."""
        return API_PREFIX + fill(self.path, ids)

    def instance_uri(self, ids: Mapping[str, str], key: str) -> str:
        """A record's path, without ``.json``, under the API prefix."""
        return API_PREFIX + fill(self.instance, {**ids, self.key_param: key})


def fill(template: str, ids: Mapping[str, str]) -> str:
    """``template`` with each ``{param}`` replaced by its id."""
    return _PARAM.sub(lambda found: ids[found[1]], template)


@dataclass
class Resources:
    """Every resource of a document, and the operations the sandbox answers from them."""

    by_path: dict[str, Resource]
    operations: dict[str, tuple[Kind, Resource]]

    def find(self, name: str) -> Resource:
        """The resource named ``/Calls`` (or ``/Accounts/{AccountSid}/Calls``, with or without
        ``.json``); ``KeyError`` naming those there are."""
        path = name.removesuffix(".json")
        for candidate in (path, ACCOUNT_PREFIX + path):
            if candidate in self.by_path:
                return self.by_path[candidate]
        known = ", ".join(sorted(r.name for r in self.by_path.values()))
        raise KeyError(f"no resource {name!r} in the spec; there are: {known}")

    def get(self, name: str) -> Resource | None:
        """The resource named ``name``, if the spec has it."""
        try:
            return self.find(name)
        except KeyError:
            return None


def _singular(word: str) -> str:
    for plural, single in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("s", "")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    return word


class _Reader:
    """Reads one document's operations into resources."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.refs = Refs(document)
        self.document = document

    def success(self, operation: dict[str, Any]) -> dict[str, Any]:
        """The JSON media of an operation's first 2XX response (empty if none)."""
        for code, node in operation.get("responses", {}).items():
            if str(code).startswith("2"):
                response, _ = self.refs.resolve(node)
                media: dict[str, Any] = response.get("content", {}).get("application/json", {})
                return media
        return {}

    def schema(self, operation: dict[str, Any]) -> dict[str, Any]:
        schema = self.success(operation).get("schema")
        return self.refs.resolve(schema)[0] if isinstance(schema, dict) else {}

    def example(self, operation: dict[str, Any]) -> object:
        media = self.success(operation)
        if "example" in media:
            return media["example"]
        for example in media.get("examples", {}).values():
            return self.refs.resolve(example)[0].get("value")
        return None

    def array_property(self, schema: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
        for name, node in self.refs.properties(schema).items():
            resolved, _ = self.refs.resolve(node)
            if "array" in self.refs.types(resolved) and isinstance(resolved.get("items"), dict):
                return name, self.refs.resolve(resolved["items"])[0]
        return None

    def parameters(self, item: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
        found = [self.refs.resolve(p)[0] for p in item.get("parameters", [])]
        return found + [self.refs.resolve(p)[0] for p in operation.get("parameters", [])]


def _shape(path: str) -> tuple[str, str | None] | None:
    """``(collection, instance parameter or None)`` for a path the store serves."""
    path = path.removesuffix(".json")
    if path != ACCOUNTS and not path.startswith(ACCOUNTS + "/"):
        return None
    last = path.rsplit("/", 1)[1]
    found = _PARAM.fullmatch(last)
    if found is None:
        return path, None
    return path.rsplit("/", 1)[0], found[1]


def find_resources(document: dict[str, Any]) -> Resources:
    """The resources and classified operations of ``document``."""
    reader = _Reader(document)
    grouped: dict[str, list[tuple[Kind, str, dict[str, Any], dict[str, Any]]]] = {}
    keys: dict[str, tuple[str, str]] = {}
    for path, item in document.get("paths", {}).items():
        shape = _shape(path)
        if shape is None or not isinstance(item, dict):
            continue
        collection, key_param = shape
        if key_param is not None:
            keys.setdefault(collection, (key_param, path.removesuffix(".json")))
        for method, operation in item.items():
            kind = _KINDS.get((key_param is not None, method))
            if kind is None or not isinstance(operation, dict) or "operationId" not in operation:
                continue
            grouped.setdefault(collection, []).append((kind, method, item, operation))
    by_path: dict[str, Resource] = {}
    operations: dict[str, tuple[Kind, Resource]] = {}
    for collection, found in grouped.items():
        own = "ItemSid" if "{Sid}" in collection else "Sid"  # a list with no instance path
        key_param, instance = keys.get(collection, (own, f"{collection}/{{{own}}}"))
        resource = _resource(reader, collection, key_param, instance, found)
        by_path[collection] = resource
        for kind, _, _, operation in found:
            if kind != "list" or resource.item_key is not None:  # else: its example
                operations[operation["operationId"]] = (kind, resource)
    return Resources(by_path, operations)


def _resource(
    reader: _Reader,
    collection: str,
    key_param: str,
    instance: str,
    found: Iterable[tuple[Kind, str, dict[str, Any], dict[str, Any]]],
) -> Resource:
    by_kind = {kind: (item, operation) for kind, _, item, operation in found}
    resource = Resource(
        path=collection,
        parents=tuple(_PARAM.findall(collection)),
        key_param=key_param,
        instance=instance,
        creatable="create" in by_kind,
    )
    schema: dict[str, Any] = {}
    example: object = None
    for kind in ("fetch", "create", "update"):
        if kind in by_kind:
            schema = schema or reader.schema(by_kind[kind][1])
            example = example if isinstance(example, dict) else reader.example(by_kind[kind][1])
    if "list" in by_kind:
        item, operation = by_kind["list"]
        listed = reader.schema(operation)
        array = reader.array_property(listed)
        if array is not None:
            resource.item_key, item_schema = array
            schema = schema or item_schema
            resource.page_fields = frozenset(reader.refs.properties(listed)) - {array[0]}
            page = reader.example(operation)
            items = page.get(array[0]) if isinstance(page, dict) else None
            if not isinstance(example, dict) and isinstance(items, list) and items:
                example = items[0]
    resource.properties = {
        name: reader.refs.types(node) for name, node in reader.refs.properties(schema).items()
    }
    resource.example = dict(example) if isinstance(example, dict) else {}
    resource.key = _key(resource, snake_case(key_param), schema.get("required", []))
    segments = collection.split("/")
    for index, parent in enumerate(segments):
        name = _PARAM.fullmatch(parent)
        if name is not None:
            nearest = name[1] == resource.parents[-1]
            field_name = _parent_field(resource, name[1], segments[index - 1], nearest)
            if field_name is not None:
                resource.parent_fields[name[1]] = field_name
    if "list" in by_kind:
        item, operation = by_kind["list"]
        resource.filters = _filters(reader, resource, reader.parameters(item, operation))
    return resource


def _key(resource: Resource, own: str, required: list[str]) -> str:
    """The record field holding its id: the one named after the instance path's parameter
    (``CallSid`` -> ``call_sid``), else ``sid``; for a record with no ``sid``, ``id`` where the
    schema has that (an API token), else the one field its schema requires (an available
    number's ``phone_number``, a country's ``country_code``)."""
    if own != "sid" and own in resource.properties:
        return own
    if not resource.has("sid") and "id" in resource.properties:
        return "id"
    if resource.properties and "sid" not in resource.properties and len(required) == 1:
        return required[0] if required[0] in resource.properties else "sid"
    return "sid"


def _parent_field(resource: Resource, param: str, collection: str, nearest: bool) -> str | None:
    """The record field holding the parent id ``param`` (of a record of ``collection``):
    ``ConferenceSid`` -> ``conference_sid``, ``Calls/{Sid}`` -> ``call_sid``, or for the
    nearest parent ``parent_sid``, whichever the record's schema has."""
    candidates = [snake_case(param), snake_case(_singular(collection)) + "_sid"]
    if nearest:
        candidates.append("parent_sid")
    for candidate in candidates:
        if candidate not in ("sid", resource.key) and resource.has(candidate):
            return candidate
    return None


def _filters(
    reader: _Reader, resource: Resource, parameters: list[dict[str, Any]]
) -> dict[str, Filter]:
    filters = {}
    for parameter in parameters:
        name = parameter.get("name", "")
        if parameter.get("in") != "query" or name in PAGING:
            continue
        base = name.rstrip("<>")
        field_name = snake_case(base)
        if field_name not in resource.properties:
            continue
        compare = _COMPARES.get(name[len(base) :])
        if compare is None:
            continue
        schema, _ = reader.refs.resolve(parameter.get("schema", {}))
        filters[name] = Filter(
            field=field_name,
            types=resource.properties[field_name],
            compare=compare,
            by_day=schema.get("format") == "date",
        )
    return filters
