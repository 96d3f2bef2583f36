"""The items of a list as a table: one line each, the key fields of their model in columns.

The key fields come from the generated code, so nothing here names a resource: the model's
required plain fields (its id), then the fields the list operation filters on, in the order of
its parameters; a model with neither gets all its plain fields, in the spec's order. Columns
are taken in that order if the line still fits the width (the first always); each is as wide
as its longest value on the first page (or its enum's longest value), up to ``MAX_COLUMN``
cells, and a longer value is cut with ``…``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from enum import Enum

import attrs

from ._model import fields
from ._operation import Operation

MAX_COLUMN = 36
"""The widest column, in terminal cells (a UUID fits)."""
GAP = "  "
EMPTY = "-"


def _plain(cls: type) -> dict[str, int]:
    """The fields of a generated model that hold one string, number, boolean or enum value,
    each with the length of its enum's longest value (0 for no enum)."""
    containers = (list, dict, tuple)
    return {
        field.name: max(
            (len(str(m.value)) for t in field.allowed if issubclass(t, Enum) for m in t), default=0
        )
        for field in fields(cls)
        if not field.nested
        and field.items is None
        and not any(issubclass(kind, containers) for kind in field.allowed)
    }


def key_fields(cls: type, listing: Operation) -> list[str]:
    """The attribute names of the columns for items of model ``cls`` listed by ``listing``."""
    plain = _plain(cls)
    required = {a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING}
    ids = [name for name in plain if name in required]
    filtered = [f.name for f in listing.query if f.name in plain and f.name not in required]
    return ids + (filtered or [name for name in plain if name not in required])


def cells(text: str) -> int:
    """The terminal cells ``text`` takes: two for a wide character, none for a combining one."""
    return sum(_cell(char) for char in text)


def _cell(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def fit(text: str, width: int) -> str:
    """``text`` in exactly ``width`` cells: cut with ``…`` if longer, padded if shorter."""
    if cells(text) > width:
        kept, used = [], 0
        for char in text:
            used += _cell(char)
            if used > width - 1:
                break
            kept.append(char)
        text = "".join(kept) + "…"
    return text + " " * (width - cells(text))


def shown(value: object) -> str:
    """A plain value as a table shows it (``-`` for none)."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return EMPTY


class Table:
    """The columns for items of model ``cls`` listed by ``listing``, sized on the ``first``
    items; then ``line(item)`` for each item, the first ones too.

    ``clean`` makes each text safe to print (escapes, redactions) before it is measured.
    """

    def __init__(
        self,
        cls: type,
        listing: Operation,
        first: Sequence[object],
        clean: Callable[[str], str],
        width: int,
    ) -> None:
        self._clean = clean
        enums = _plain(cls)
        self.fields: list[str] = []
        self.widths: list[int] = []
        used = -len(GAP)
        for name in key_fields(cls, listing):
            texts = [clean(name.rstrip("_")), *(self._text(item, name) for item in first)]
            column = min(MAX_COLUMN, max(enums[name], *(cells(text) for text in texts)))
            if self.fields and used + len(GAP) + column > width:
                continue  # too wide for what is left: a narrower one after it may fit
            used += len(GAP) + column
            self.fields.append(name)
            self.widths.append(column)

    def _text(self, item: object, name: str) -> str:
        return self._clean(shown(getattr(item, name, None)))

    def _row(self, texts: Iterable[str]) -> str:
        return GAP.join(fit(t, w) for t, w in zip(texts, self.widths, strict=True)).rstrip()

    def header(self) -> str:
        """The line of column names (the fields' names, as the command's flags spell them)."""
        return self._row(self._clean(name.rstrip("_")) for name in self.fields)

    def line(self, item: object) -> str:
        """The line of one item."""
        return self._row(self._text(item, name) for name in self.fields)
