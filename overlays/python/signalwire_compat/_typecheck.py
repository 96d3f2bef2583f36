"""Check a parsed generated model against its own type annotations.

The generated ``from_dict`` trusts primitive values as they come (``"duration": "abc"``
would become a ``str`` in an ``int`` field); this makes such a body a typed error instead.
"""

from __future__ import annotations

import types
import typing

import attrs

import signalwire_compat_client.models as generated_models

FieldTypes = tuple[tuple[str, tuple[type, ...]], ...]
_cache: dict[type, FieldTypes] = {}


def _field_types(cls: type) -> FieldTypes:
    cached = _cache.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls, localns=vars(generated_models))
    fields = []
    for attribute in attrs.fields(cls):
        if attribute.name == "additional_properties":
            continue
        hint = hints[attribute.name]
        allowed = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        fields.append((attribute.name, tuple(type(None) if t is None else t for t in allowed)))
    _cache[cls] = result = tuple(fields)
    return result


def _matches(value: object, allowed: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return bool in allowed
    if isinstance(value, int) and float in allowed:
        return True
    return isinstance(value, allowed)


def check_types(model: object) -> None:
    """Raise ``TypeError`` naming the first field of ``model`` whose value has the wrong type."""
    for name, allowed in _field_types(type(model)):
        value = getattr(model, name)
        if not _matches(value, allowed):
            raise TypeError(f"{name} is {type(value).__name__}: {value!r:.40}")
        if attrs.has(type(value)):
            check_types(value)
