"""A webhook's form as web frameworks hand it over: read as ``(name, value)`` pairs, grouped by
name, or as each name's last value."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from ._errors import InvalidParameterError

_NOT_A_FORM = "must be a form: a mapping, a multi-dict or (name, value) pairs of strings"


class FormItems(Protocol):
    """A multi-dict that lists every ``(name, value)`` pair: Starlette's ``FormData``."""

    def multi_items(self) -> Sequence[tuple[str, object]]: ...


Params = Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]] | FormItems
"""A form: a mapping (a value may be a list of values), a multi-dict (Werkzeug's and Flask's,
Django's, Starlette's, aiohttp's: every value is read), or ``(name, value)`` pairs."""


def _pairs(params: object) -> Iterable[object]:
    if isinstance(params, str | bytes | bytearray):
        raise InvalidParameterError("params", f"{_NOT_A_FORM}; pass a raw body as body=")
    multi_items = getattr(params, "multi_items", None)  # Starlette's FormData
    if callable(multi_items):
        return list(multi_items())
    getlist = getattr(params, "getlist", None)  # Werkzeug's MultiDict (Flask), Django's QueryDict
    if callable(getlist) and isinstance(params, Mapping):
        return [(name, value) for name in dict.fromkeys(params) for value in getlist(name)]
    if isinstance(params, Mapping):
        return list(params.items())
    if isinstance(params, Iterable):
        return params
    raise InvalidParameterError("params", _NOT_A_FORM)


def grouped(params: Params) -> dict[str, list[str]]:
    """The form's values by name, in order; ``InvalidParameterError`` if it is no form."""
    grouped: dict[str, list[str]] = {}
    for pair in _pairs(params):
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise InvalidParameterError("params", _NOT_A_FORM)
        name, value = pair
        values = list(value) if isinstance(value, list | tuple) else [value]
        if not isinstance(name, str) or not all(isinstance(v, str) for v in values):
            raise InvalidParameterError("params", _NOT_A_FORM)
        grouped.setdefault(name, []).extend(values)
    return grouped


def last_values(params: Params) -> dict[str, str]:
    """Each name's last value, as web frameworks' form dicts give it."""
    return {name: values[-1] for name, values in grouped(params).items() if values}
