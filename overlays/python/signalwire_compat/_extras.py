"""Per-call extras: headers, query and body fields the spec does not list, checked before sending.

``extra_query`` and ``extra_body`` are encoded after the spec's fields, with the same encoder
(a JSON body holds each value as given, a list as a list);
a name that is a field of the operation is refused (pass the field itself), so an extra can add
to a request and never change what a typed argument says. ``extra_headers`` cannot set the
headers the client sets itself (``Authorization``, ``Content-Type`` ...), and nothing here can
reach the path: every name and value is percent-encoded into the query or the body.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeAlias

from ._errors import InvalidParameterError
from ._text import CONTROL_CHARACTERS, has_lone_surrogates

if TYPE_CHECKING:
    from ._operation import Field, Operation

Scalar: TypeAlias = str | int | float | bool
ExtraValue: TypeAlias = Scalar | Sequence[Scalar]
"""A value of ``extra_query``/``extra_body``: a string, number or bool, or a list of them (one
pair per item, as an array field is sent)."""

CLIENT_HEADERS = frozenset(
    {
        "accept-encoding",
        "authorization",
        "connection",
        "content-length",
        "content-type",
        "host",
        "transfer-encoding",
        "user-agent",
    }
)
"""Headers the client sets itself: ``extra_headers`` cannot replace them."""
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


class Extras:
    """Checked extras: headers to add, query and form pairs to append, and the same body
    fields as a JSON body holds them."""

    __slots__ = ("body", "headers", "query", "values")

    def __init__(
        self,
        headers: dict[str, str] | None = None,
        query: list[tuple[str, str]] | None = None,
        body: list[tuple[str, str]] | None = None,
        values: dict[str, Scalar | list[Scalar]] | None = None,
    ) -> None:
        self.headers = headers or {}
        self.query = query or []
        self.body = body or []
        self.values = values or {}


NO_EXTRAS = Extras()


def check_extras(
    operation: Operation,
    headers: object = None,
    query: object = None,
    body: object = None,
) -> Extras:
    """The extras given for ``operation``, checked; ``InvalidParameterError`` names the bad one."""
    if headers is None and query is None and body is None:
        return NO_EXTRAS
    if body is not None and not operation.body:
        raise InvalidParameterError(
            "extra_body", f"{operation.name} sends no body; use extra_query"
        )
    wires = operation.fields_by_wire
    values = _values("extra_body", body, wires)
    return Extras(
        _headers(headers),
        _pairs("extra_query", query, wires),
        [(name, _text(item)) for name, value in values.items() for item in _listed(value)],
        values,
    )


def _mapping(option: str, value: object) -> Mapping[object, object]:
    if not isinstance(value, Mapping):
        raise InvalidParameterError(option, f"must be a mapping, not {type(value).__name__}")
    return value


def _name(option: str, name: object) -> str:
    if not isinstance(name, str):
        raise InvalidParameterError(option, f"names must be strings, not {type(name).__name__}")
    if not name:
        raise InvalidParameterError(option, "names must not be empty")
    if CONTROL_CHARACTERS.search(name):
        raise InvalidParameterError(option, f"name {name!r:.60} holds control characters")
    if has_lone_surrogates(name):
        raise InvalidParameterError(
            option, "names must be valid Unicode (one holds lone surrogates)"
        )
    return name


def _headers(given: object) -> dict[str, str]:
    if given is None:
        return {}
    out: dict[str, str] = {}
    seen: set[str] = set()
    for raw, value in _mapping("extra_headers", given).items():
        name = _name("extra_headers", raw)
        if not _TOKEN.fullmatch(name):
            raise InvalidParameterError("extra_headers", f"{name!r:.60} is not a header name")
        folded = name.lower()
        if folded in CLIENT_HEADERS:
            raise InvalidParameterError(
                "extra_headers", f"{name} is set by the client and cannot be replaced"
            )
        if folded in seen:
            raise InvalidParameterError("extra_headers", f"{name} is given twice")
        seen.add(folded)
        if not isinstance(value, str):
            raise InvalidParameterError(
                "extra_headers", f"{name} must be a string, not {type(value).__name__}"
            )
        if CONTROL_CHARACTERS.search(value):
            raise InvalidParameterError("extra_headers", f"{name} holds control characters")
        if not value.isascii():
            raise InvalidParameterError("extra_headers", f"{name} must be ASCII")
        out[name] = value
    return out


def _pairs(option: str, given: object, wires: Mapping[str, Field]) -> list[tuple[str, str]]:
    values = _values(option, given, wires)
    return [(name, _text(item)) for name, value in values.items() for item in _listed(value)]


def _values(
    option: str, given: object, wires: Mapping[str, Field]
) -> dict[str, Scalar | list[Scalar]]:
    """Each extra, checked: a scalar, or a list of them."""
    if given is None:
        return {}
    values: dict[str, Scalar | list[Scalar]] = {}
    for raw, value in _mapping(option, given).items():
        name = _name(option, raw)
        field = wires.get(name.casefold())
        if field is not None:
            raise InvalidParameterError(
                option, f"{name} is a field of this operation; pass it as {field.name}="
            )
        if isinstance(value, Sequence) and not isinstance(
            value, str | bytes | bytearray | memoryview
        ):
            values[name] = [_scalar(option, name, item) for item in value]
        else:  # a scalar, or refused by _scalar (bytes too: not a list of numbers)
            values[name] = _scalar(option, name, value)
    return values


def _listed(value: Scalar | list[Scalar]) -> list[Scalar]:
    return value if isinstance(value, list) else [value]


def _text(value: Scalar) -> str:
    """As the spec's fields are encoded: text as it is, ``true``/``false``, numbers in full."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def _scalar(option: str, name: str, value: object) -> Scalar:
    """``value`` if it is a string, number or bool an extra may hold."""
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidParameterError(option, f"{name} must be a finite number")
        return value
    if not isinstance(value, str):
        raise InvalidParameterError(
            option, f"{name} must be a string, number or bool, not {type(value).__name__}"
        )
    if has_lone_surrogates(value):
        raise InvalidParameterError(
            option, f"{name} must be valid Unicode (it holds lone surrogates)"
        )
    return value
