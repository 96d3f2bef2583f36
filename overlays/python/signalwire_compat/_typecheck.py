"""Check a parsed generated model against its own type annotations.

The generated ``from_dict`` trusts primitive values as they come (``"duration": "abc"``
would become a ``str`` in an ``int`` field); this makes such a body a typed error instead.
"""

from __future__ import annotations

import operator
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass

import attrs

import signalwire_compat_client.models as generated_models


@dataclass(frozen=True)
class _Field:
    name: str
    exact: frozenset[type]  # types accepted as they are (an int where a float is allowed)
    allowed: tuple[type, ...]  # for subclasses: isinstance against these
    nested: bool  # may hold a generated model, checked in turn
    items: type | None  # for a list: the generated model of its items
    secret: bool  # format: password: its value is never shown
    models: tuple[type, ...]  # the generated models it may hold (itself or as a list's items)


@dataclass(frozen=True)
class _Plan:
    """A model's fields, with one getter that reads all their values at once."""

    fields: tuple[_Field, ...]
    values: Callable[[object], tuple[object, ...]]
    deep: tuple[_Field, ...]  # the fields that may hold models, checked in turn


_cache: dict[type, _Plan] = {}
_BOOKKEEPING = frozenset({"additional_properties", "fields_set"})
"""What a model keeps besides its fields: the fields it does not name, the fields it was given."""


def _field(attribute: attrs.Attribute[object], hint: object) -> _Field:
    args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    items = next((typing.get_args(t)[0] for t in args if typing.get_origin(t) is list), None)
    allowed = tuple(type(None) if t is None else (typing.get_origin(t) or t) for t in args)
    exact = set(allowed) | ({int} if float in allowed else set())
    nested = any(attrs.has(t) for t in allowed)
    model = items if isinstance(items, type) and attrs.has(items) else None
    secret = bool(attribute.metadata.get("secret"))
    held = tuple(t for t in allowed if attrs.has(t)) + ((model,) if model else ())
    return _Field(attribute.name, frozenset(exact), allowed, nested, model, secret, held)


def _plan(cls: type) -> _Plan:
    cached = _cache.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls, localns=vars(generated_models))
    kept = [a for a in attrs.fields(cls) if a.name not in _BOOKKEEPING]
    fields = tuple(_field(a, hints[a.name]) for a in kept)
    names = [a.name for a in kept]
    values: Callable[[object], tuple[object, ...]]
    if len(names) > 1:
        values = operator.attrgetter(*names)
    else:
        values = lambda model: tuple(getattr(model, name) for name in names)  # noqa: E731
    deep = tuple(f for f in fields if f.nested or f.items is not None)
    _cache[cls] = plan = _Plan(fields, values, deep)
    return plan


def fields(cls: type) -> tuple[_Field, ...]:
    """The fields of the generated model ``cls``, with the types each accepts."""
    return _plan(cls).fields


def check_types(model: object) -> None:
    """Raise ``TypeError`` naming the first field of ``model`` whose value has the wrong type."""
    plan = _plan(type(model))
    for field, value in zip(plan.fields, plan.values(model), strict=True):
        kind = type(value)
        if kind not in field.exact and (kind is bool or not isinstance(value, field.allowed)):
            shown = "" if field.secret else f": {value!r:.40}"
            raise TypeError(f"{field.name} is {kind.__name__}{shown}")
    for field in plan.deep:
        value = getattr(model, field.name)
        if field.nested and attrs.has(type(value)):
            check_types(value)
        if field.items is not None and type(value) is list:
            for item in value:
                if not isinstance(item, field.items):
                    raise TypeError(f"{field.name} holds {type(item).__name__}")
                check_types(item)


def secret_names(cls: type) -> frozenset[str]:
    """The body names of the secret fields of the generated model ``cls`` and of the models it
    holds (those of a list's items too)."""
    found: set[str] = set()
    seen: set[type] = set()
    todo = [cls]
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        found.update(
            str(a.metadata["wire"]) for a in attrs.fields(model) if a.metadata.get("secret")
        )
        todo.extend(held for field in fields(model) for held in field.models)
    return frozenset(found)
