"""The generated models' reading and writing, from one table per model class.

Each model's ``from_dict`` and ``to_dict`` come here. The table is built once per class from its
attrs fields, its type hints and its ``_RENAMED`` (the fields whose body name differs). Reading
checks each value against the field's type, so ``"duration": "abc"`` in an ``int`` field is a
``TypeError`` naming the field, never a model that lies about its types. An enum value the
model does not know stays text where the field allows text.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Self, TypeVar

import attrs


class Model:
    """What every generated model has besides its fields: ``from_dict``/``to_dict``, and the
    fields of the body it does not name (``additional_properties``) read as a mapping
    (``call["queue_time"]``, ``"queue_time" in call``)."""

    __slots__ = ()
    additional_properties: dict[str, Any]
    fields_set: frozenset[str]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a body; a field left out or null reads None, and ``fields_set`` tells them
        apart. A value of the wrong type is a ``TypeError`` naming its field."""
        return read(cls, src_dict)

    def to_dict(self) -> dict[str, Any]:
        """The body as received: a field left out stays out, a null one stays null."""
        return write(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:  # noqa: ANN401 (any JSON value)
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:  # noqa: ANN401
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


M = TypeVar("M")
Convert = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Field:
    """A field of a generated model: its names, the types its value may have, and how its
    value is read from JSON and written back."""

    name: str
    wire: str
    required: bool
    exact: frozenset[type]  # types accepted as they are (an int where a float is allowed)
    allowed: tuple[type, ...]  # for subclasses: isinstance against these
    nested: bool  # may hold a generated model
    items: type | None  # for a list: the generated model of its items
    secret: bool  # format: password: its value is never shown
    models: tuple[type, ...]  # the generated models it may hold (itself or as a list's items)
    read: Convert | None  # from the JSON value (not None), if it is not kept as it is
    write: Convert | None  # to the JSON value (not None), if it is not written as it is


_tables: dict[type, tuple[Field, ...]] = {}
_BOOKKEEPING = frozenset({"additional_properties", "fields_set"})
"""What a model keeps besides its fields: the fields it does not name, the fields it was given."""


def _enum_reader(kind: type[enum.Enum], lenient: bool) -> Convert:
    if lenient:  # a value it does not know stays as it came, for the type check to judge
        members = kind._value2member_map_
        return lambda value: members.get(value, value) if type(value) is str else value
    return kind


def _model_reader(kind: type) -> Convert:
    read = kind.from_dict  # type: ignore[attr-defined]
    return lambda value: read(value) if isinstance(value, Mapping) else value


def _reader(allowed: tuple[type, ...], item_types: tuple[type, ...]) -> Convert | None:
    """How a value is read: an enum's member, a model from its object, a list's items each."""
    if list in allowed and item_types:
        read_item = _reader(item_types, ())
        if read_item is None:
            return None
        return lambda value: [read_item(v) for v in value] if type(value) is list else value
    enums = [t for t in allowed if isinstance(t, type) and issubclass(t, enum.Enum)]
    models = [t for t in allowed if attrs.has(t)]
    if enums:
        return _enum_reader(enums[0], str in allowed)
    if models:
        return _model_reader(models[0])
    return None


def _write(value: Any) -> Any:  # noqa: ANN401 (any JSON value)
    if isinstance(value, enum.Enum):
        return value.value
    if type(value) is list:
        return [_write(item) for item in value]
    if attrs.has(type(value)):
        return value.to_dict()
    return value


def _writer(allowed: tuple[type, ...], item_types: tuple[type, ...]) -> Convert | None:
    every = allowed + item_types
    plain = all(t in (str, int, float, bool, type(None), list, dict) for t in every)
    return None if plain else _write


def _field(attribute: attrs.Attribute[object], hint: object, wire: str) -> Field:
    args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    listed = next((t for t in args if typing.get_origin(t) is list), None)
    item_args = typing.get_args(listed)[0] if listed is not None else None
    item_types = (
        typing.get_args(item_args)
        if isinstance(item_args, types.UnionType)
        else ((item_args,) if item_args is not None else ())
    )
    allowed = tuple(type(None) if t is None else (typing.get_origin(t) or t) for t in args)
    exact = set(allowed) | ({int} if float in allowed else set())
    nested = any(attrs.has(t) for t in allowed)
    model = item_args if isinstance(item_args, type) and attrs.has(item_args) else None
    held = tuple(t for t in allowed if attrs.has(t))
    held += tuple(t for t in item_types if isinstance(t, type) and attrs.has(t))
    return Field(
        name=attribute.name,
        wire=wire,
        required=attribute.default is attrs.NOTHING,
        exact=frozenset(exact),
        allowed=allowed,
        nested=nested,
        items=model,
        secret=bool(attribute.metadata.get("secret")),
        models=held,
        read=_reader(allowed, item_types),
        write=_writer(allowed, item_types),
    )


def _not_none(model: Any) -> frozenset[str]:  # noqa: ANN401 (a generated model)
    return frozenset(f.name for f in fields(type(model)) if getattr(model, f.name) is not None)


NOT_NONE = attrs.Factory(_not_none, takes_self=True)
"""The default of a model's ``fields_set`` when it is built directly: the fields not None."""


class _Models(dict[str, Any]):
    """The generated models by name, for type hints: each imported when a hint names it (a
    name that is no model is left to the module's globals and the builtins)."""

    def __missing__(self, name: str) -> Any:  # noqa: ANN401 (a model class)
        try:
            return getattr(import_module("signalwire_compat_client.models"), name)
        except AttributeError:
            raise KeyError(name) from None


def fields(cls: type) -> tuple[Field, ...]:
    """The fields of the generated model ``cls``, in the spec's order (required ones first)."""
    table = _tables.get(cls)
    if table is not None:
        return table
    hints = typing.get_type_hints(cls, localns=_Models())
    renamed: dict[str, str] = vars(import_module(cls.__module__)).get("_RENAMED", {})
    kept = [a for a in attrs.fields(cls) if a.name not in _BOOKKEEPING]
    table = tuple(_field(a, hints[a.name], renamed.get(a.name, a.name)) for a in kept)
    _tables[cls] = table
    return table


def read(cls: type[M], data: Mapping[str, Any]) -> M:
    """The model ``cls`` of the JSON object ``data``: ``KeyError`` for a required field left
    out, ``TypeError`` for a value of the wrong type (naming the field)."""
    return typing.cast(M, (_readers.get(cls) or _compile(cls))(data))


_readers: dict[type, Callable[[Mapping[str, Any]], Any]] = {}
_MISSING = object()


def _compile(cls: type) -> Callable[[Mapping[str, Any]], Any]:
    """The reader of ``cls``: one function, written from its table, that takes each field from
    the body (the same steps for each, with no loop or table lookup), reads and checks it."""
    env: dict[str, Any] = {
        "new": cls.__new__,  # no __init__: its defaults would only be replaced
        "cls": cls,
        "MISSING": _MISSING,
        "checked": _checked,
        "items_checked": _items_checked,
    }
    table = fields(cls)
    env["wires"] = frozenset(field.wire for field in table)
    lines = [
        "def read(data):",
        "    get = data.get",
        "    model = new(cls)",
        "    given = []",
        "    add = given.append",
    ]
    for index, field in enumerate(table):
        env[f"f{index}"], env[f"x{index}"], env[f"r{index}"] = field, field.exact, field.read
        lines += [
            f"    v = get({field.wire!r}, MISSING)",
            "    if v is MISSING:",
            f"        raise KeyError({field.wire!r})" if field.required else "        v = None",
            "    else:",
            f"        add({field.name!r})",
        ]
        if field.read is not None:
            lines.append(f"        if v is not None: v = r{index}(v)")
        lines.append(f"        if type(v) not in x{index}: checked(f{index}, v)")
        if field.items is not None:
            lines.append(f"        if type(v) is list: items_checked(f{index}, v)")
        lines.append(f"    model.{field.name} = v")
    lines += [
        "    model.fields_set = frozenset(given)",
        "    if len(given) == len(data):  # no other field: nothing to look for",
        "        model.additional_properties = {}",
        "    else:",
        "        model.additional_properties = {",
        "            k: v for k, v in data.items() if k not in wires",
        "        }",
        "    return model",
    ]
    code = compile("\n".join(lines), f"<reader of {cls.__qualname__}>", "exec")
    exec(code, env)  # noqa: S102 (source written above from the model's own field names)
    reader: Callable[[Mapping[str, Any]], Any] = env["read"]
    _readers[cls] = reader
    return reader


def _checked(field: Field, value: object) -> None:
    """Raise ``TypeError`` unless ``value``, whose type is not one of ``field``'s exact types,
    is an instance of one it allows (a bool is never taken for a number)."""
    kind = type(value)
    if kind is bool or not isinstance(value, field.allowed):
        shown = "" if field.secret else f": {value!r:.40}"
        raise TypeError(f"{field.name} is {kind.__name__}{shown}")


def _items_checked(field: Field, value: list[object]) -> None:
    """Raise ``TypeError`` unless every item of the list ``value`` is ``field``'s model."""
    for item in value:
        if not isinstance(item, field.items or object):
            raise TypeError(f"{field.name} holds {type(item).__name__}")


def write(model: Model) -> dict[str, Any]:
    """The JSON object of ``model``, as received: a field left out stays out, a null one
    stays null; the fields it does not name first, as they came."""
    body = dict(model.additional_properties)
    given = model.fields_set
    for field in _tables.get(type(model)) or fields(type(model)):
        value = getattr(model, field.name)
        if value is not None:
            body[field.wire] = value if field.write is None else field.write(value)
        elif field.required or field.name in given:
            body[field.wire] = None
    return body


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
        found.update(field.wire for field in fields(model) if field.secret)
        todo.extend(held for field in fields(model) for held in field.models)
    return frozenset(found)
