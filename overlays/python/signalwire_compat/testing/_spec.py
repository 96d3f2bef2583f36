"""Reading the OpenAPI document the sandbox serves: loading it, following ``$ref``, the types
of a schema, and form values read as those types."""

from __future__ import annotations

import re
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

import yaml

from .._generated import shipped

API_PREFIX = "/api/laml/2010-04-01"
API_VERSION = API_PREFIX.rsplit("/", 1)[1]


def load_spec(path: str | PathLike[str] | None = None) -> dict[str, Any]:
    """The OpenAPI document at ``path`` (YAML or JSON); by default the one the package was
    generated from (shipped as gzipped compact JSON, without its prose)."""
    if path is None:
        document = shipped("openapi.json.gz")
    else:
        document = yaml.safe_load(Path(path).read_text("utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{path or 'the package spec'} is not an OpenAPI document with paths")
    return document


def escape(part: str) -> str:
    """``part`` as one step of a JSON pointer."""
    return part.replace("~", "~0").replace("/", "~1")


class Refs:
    """Follows ``$ref`` within one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: dict[str, Any], pointer: str = "") -> tuple[dict[str, Any], str]:
        """``node`` with its references followed, and the pointer it was found at."""
        while "$ref" in node:
            pointer = node["$ref"]
            found: Any = self.document
            for part in pointer.removeprefix("#/").split("/"):
                key = part.replace("~1", "/").replace("~0", "~")
                found = found[int(key)] if isinstance(found, list) else found[key]
            node = found
        return node, pointer

    def types(self, schema: dict[str, Any]) -> frozenset[str]:
        """The JSON types ``schema`` allows (an array's with its items')."""
        schema, _ = self.resolve(schema)
        kind = schema.get("type")
        types = set(kind if isinstance(kind, list) else [kind] if kind else [])
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in schema.get(key, []):
                types |= self.types(branch)
        if "items" in schema:  # an array's items are decoded as their own type
            types |= self.types(schema["items"])
        return frozenset(types)

    def properties(self, schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """An object schema's properties, with those of its ``allOf`` branches."""
        schema, _ = self.resolve(schema)
        found: dict[str, dict[str, Any]] = {}
        for branch in schema.get("allOf", []):
            found.update(self.properties(branch))
        found.update(schema.get("properties", {}))
        return found


_WORD = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """A form field's name as a JSON property's: ``StatusCallback`` -> ``status_callback``."""
    return _WORD.sub("_", name).lower()


def decoded(values: list[str], types: frozenset[str]) -> object:
    """Form-style values as their schema's type: repeated keys make an array; a value that
    does not read as the declared type stays a string, for the schema to reject."""
    if "array" in types:
        return [_scalar(value, types) for value in values]
    return _scalar(values[-1], types)


_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_READERS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("integer", lambda text: int(text) if _INTEGER.fullmatch(text) else None),
    ("number", lambda text: float(text) if _NUMBER.fullmatch(text) else None),
    ("boolean", {"true": True, "false": False}.get),
)


def _scalar(text: str, types: frozenset[str]) -> object:
    if "string" in types or not types:
        return text
    for kind, read in _READERS:
        value = read(text) if kind in types else None
        if value is not None:
            return value
    return text
