"""cXML documents as trees: the generic element, its checks, escaping and serialization.

It knows no element: each generated class of ``signalwire_compat_client.cxml`` carries its
``SPEC`` (tag, text, attributes, children), read from the table written from ``spec/cxml.yaml``
beside it. Every value is checked when the element is made, so a built document is always
well-formed and describable.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, TypeVar
from xml.sax.saxutils import escape

from ._errors import InvalidParameterError

__all__ = ["AttributeSpec", "Element", "ElementSpec", "TextSpec", "element_specs"]

# Characters XML 1.0 cannot hold (C0 controls but tab, newline and carriage return; U+FFFE and
# U+FFFF), and lone surrogates, which are not text.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Beyond &, < and >, which ``escape`` always replaces: what a parser would otherwise normalize.
_TEXT_ESCAPES = {"\r": "&#13;"}
_ATTRIBUTE_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#09;"}
MAX_SAFE_INTEGER = 2**53 - 1  # the largest whole number both languages hold exactly
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """One attribute: its XML name, Python keyword and kind of value."""

    xml: str
    name: str
    kind: str  # string, integer, number, boolean, enum or boolean-or-string
    values: tuple[str, ...] = ()
    list: bool = False
    separator: str = " "
    required: bool = False


@dataclass(frozen=True, slots=True)
class TextSpec:
    """An element's text: required or not, one of ``values`` if given; ``mixed`` when the
    children are markup inside it (SSML in ``<Say>``), so text may come between them too."""

    required: bool = False
    values: tuple[str, ...] = ()
    mixed: bool = False


@dataclass(frozen=True, slots=True)
class ElementSpec:
    """One element of the description: ``id`` is its class name, ``xml`` its tag; ``children``
    are the ids of the elements it allows inside it."""

    id: str
    xml: str
    text: TextSpec | None
    attributes: tuple[AttributeSpec, ...]
    children: tuple[str, ...]

    def attribute(self, name: str) -> AttributeSpec | None:
        """The attribute whose Python keyword is ``name``."""
        return next((a for a in self.attributes if a.name == name), None)


def element_specs(table: Mapping[str, Any]) -> dict[str, ElementSpec]:
    """Each element's ``ElementSpec``, by its class name, from the generated table of elements
    (JSON: what ``ElementSpec`` holds, fields at their defaults left out)."""
    return {
        key: ElementSpec(
            id=key,
            xml=entry["xml"],
            text=None if entry["text"] is None else TextSpec(**_tuples(entry["text"])),
            attributes=tuple(AttributeSpec(**_tuples(a)) for a in entry["attributes"]),
            children=tuple(entry["children"]),
        )
        for key, entry in table.items()
    }


def _tuples(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: tuple(v) if isinstance(v, list) else v for key, v in fields.items()}


E = TypeVar("E", bound="Element")


class Element:
    """A cXML element: its text, attributes (checked and written out) and children, with
    runs of text between them where its text is mixed."""

    SPEC: ClassVar[ElementSpec]
    __slots__ = ("_attributes", "_children", "_text")

    def __init__(self, text: str | None, attributes: Mapping[str, object]) -> None:
        spec = self.SPEC
        self._text = _text(spec, text)
        self._attributes = _attributes(spec, attributes)
        self._children: list[Element | str] = []

    def _nest(self, child: E) -> E:
        """Adds ``child`` (already checked when it was made) and returns it."""
        self._append(child)
        return child

    def _append_text(self, text: object) -> None:
        """Adds a run of text after the last child (where the text is mixed)."""
        if self.SPEC.text is None or not self.SPEC.text.mixed:
            raise InvalidParameterError("text", f"<{self.SPEC.xml}> takes no text among children")
        run = checked_text("text", text)
        if run:  # an empty run writes nothing, so it is not kept
            self._children.append(run)

    def _append(self, child: Element | str) -> None:
        if isinstance(child, str) and self.SPEC.text is not None and self.SPEC.text.mixed:
            self._append_text(child)
            return
        if not isinstance(child, Element) or child.SPEC.id not in self.SPEC.children:
            what = f"<{child.SPEC.xml}>" if isinstance(child, Element) else type(child).__name__
            allowed = ", ".join(f"<{c}>" for c in self.SPEC.children) or "no children"
            raise InvalidParameterError(
                "child", f"<{self.SPEC.xml}> does not allow {what} inside it (it allows {allowed})"
            )
        self._children.append(child)

    def to_xml(self, xml_declaration: bool = True) -> str:
        """The document (or this element) as XML text, with the declaration by default."""
        parts = [DECLARATION] if xml_declaration else []
        self._write(parts)
        return "".join(parts)

    def __str__(self) -> str:
        return self.to_xml()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.to_xml(xml_declaration=False)[:200]!r}>"

    def _write(self, parts: list[str]) -> None:
        tag = self.SPEC.xml
        parts.append(f"<{tag}")
        for name, value in self._attributes:
            parts.append(f' {name}="{escape(value, _ATTRIBUTE_ESCAPES)}"')
        if not self._text and not self._children:
            parts.append(" />")
            return
        parts.append(">")
        if self._text:
            parts.append(escape(self._text, _TEXT_ESCAPES))
        for child in self._children:
            if isinstance(child, str):
                parts.append(escape(child, _TEXT_ESCAPES))
            else:
                child._write(parts)
        parts.append(f"</{tag}>")


def checked_text(field: str, value: object) -> str:
    """``value`` if it is text XML can hold, else ``InvalidParameterError``."""
    if not isinstance(value, str):
        raise InvalidParameterError(field, f"must be text, not {type(value).__name__}")
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        what = "a lone surrogate" if "\ud800" <= bad.group() <= "\udfff" else "a control character"
        raise InvalidParameterError(
            field, f"holds {what} (U+{ord(bad.group()):04X}) that XML cannot carry"
        )
    return value


def _text(spec: ElementSpec, value: str | None) -> str | None:
    if spec.text is None:
        if value is not None:
            raise InvalidParameterError("text", f"<{spec.xml}> takes no text")
        return None
    if value is None or value == "":
        if spec.text.required:
            raise InvalidParameterError("text", f"<{spec.xml}> needs its text")
        return None
    value = checked_text("text", value)
    if spec.text.values and value not in spec.text.values:
        raise InvalidParameterError(
            "text", f"<{spec.xml}> takes one of {', '.join(spec.text.values)}, not {quoted(value)}"
        )
    return value


def _attributes(spec: ElementSpec, given: Mapping[str, object]) -> list[tuple[str, str]]:
    written = []
    for name, value in given.items():
        attribute = spec.attribute(name)
        if attribute is None:
            known = ", ".join(a.name for a in spec.attributes) or "none"
            raise InvalidParameterError(
                name, f"<{spec.xml}> has no attribute {quoted(name)} (it has: {known})"
            )
        if value is None:
            continue
        written.append((attribute.xml, _value(spec, attribute, value)))
    present = {xml for xml, _ in written}
    for attribute in spec.attributes:
        if attribute.required and attribute.xml not in present:
            raise InvalidParameterError(attribute.name, f"<{spec.xml}> needs {attribute.name}")
    written.sort()  # by XML name, as twilio-python writes them
    return written


def _value(spec: ElementSpec, attribute: AttributeSpec, value: object) -> str:
    if not attribute.list:
        return _one(spec, attribute, value)
    items = list(value) if isinstance(value, list | tuple) else [value]
    if not items:
        raise InvalidParameterError(attribute.name, "needs at least one value")
    return attribute.separator.join(_one(spec, attribute, item) for item in items)


def _one(spec: ElementSpec, attribute: AttributeSpec, value: object) -> str:
    name, kind = attribute.name, attribute.kind
    if kind == "boolean" or (kind == "boolean-or-string" and isinstance(value, bool)):
        if not isinstance(value, bool):
            raise InvalidParameterError(name, f"must be True or False, not {quoted(value)}")
        return "true" if value else "false"
    if kind == "integer":
        return format_integer(name, value)
    if kind == "number":
        return format_number(name, value)
    text = checked_text(name, value)
    if kind == "enum" and text not in attribute.values:
        raise InvalidParameterError(
            name, f"<{spec.xml}> takes one of {', '.join(attribute.values)}, not {quoted(text)}"
        )
    return text


def format_integer(name: str, value: object) -> str:
    """A whole number, written plainly; a float only if it is whole."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameterError(name, f"must be a whole number, not {quoted(value)}")
    if abs(value) > MAX_SAFE_INTEGER:
        raise InvalidParameterError(name, f"must be at most {MAX_SAFE_INTEGER} in size")
    return str(value)


def format_number(name: str, value: object) -> str:
    """A finite number in plain decimal notation (no exponent), its shortest exact digits."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(name, f"must be a number, not {quoted(value)}")
    if isinstance(value, int) or value.is_integer():
        return format_integer(name, value)
    if not math.isfinite(value):
        raise InvalidParameterError(name, f"must be a finite number, not {quoted(value)}")
    return format(Decimal(repr(value)), "f")


def quoted(value: object) -> str:
    """``value`` as the TypeScript runtime quotes it (JSON), so messages read alike."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return type(value).__name__
