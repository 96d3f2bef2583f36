"""The cXML validator's engine: reads a document and checks it against a description table.

It never resolves an entity or loads anything: a document with a DOCTYPE is refused at its
start (so no entity can be declared, and none expands), the size is capped before parsing, and
the parser (the standard library's expat) reads from memory. The table, generated from
``spec/cxml.yaml``, is the only thing that names elements.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from xml.parsers import expat

from ._cxml import AttributeSpec, ElementSpec
from ._cxml import quoted as _quoted
from ._errors import InvalidParameterError

__all__ = ["CXML_MAX_BYTES", "CxmlProblem", "validate"]

CXML_MAX_BYTES = 1024 * 1024
"""The largest document ``validate_cxml`` reads, in bytes of UTF-8 (1 MiB)."""

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_SPACE = " \t\n\r"
_SPACES = re.compile("[ \t\n\r]+")
_MISPLACED = ("not-allowed-here", "unknown-element")


@dataclass(frozen=True, slots=True)
class CxmlProblem:
    """One thing wrong with a document: what (``code``), where (``path``, e.g.
    ``/Response/Dial[1]/@timeout``) and a sentence saying it.

    Codes: ``too-large``, ``not-well-formed``, ``doctype``, ``encoding``, ``unknown-element``,
    ``not-allowed-here``, ``unknown-attribute``, ``missing-attribute``, ``invalid-value``,
    ``text-not-allowed``, ``missing-text``.
    """

    code: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '/'}: {self.message}"


class _Stop(Exception):
    """The document is refused as a whole (a DOCTYPE): stop reading."""

    def __init__(self, problem: CxmlProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass
class _Frame:
    spec: ElementSpec | None  # None: not described (its inside is not checked)
    path: str
    counts: dict[str, int] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)


def validate(
    text: object,
    documents: Mapping[str, ElementSpec],
    elements: Mapping[str, ElementSpec],
    *,
    document: str | None,
    max_bytes: int,
) -> list[CxmlProblem]:
    """The problems of ``text`` as the ``document`` kind (a key of ``documents``), or, when it
    is None, as the kind it fits best (the fewest problems; ties go to the first kind)."""
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise InvalidParameterError(
            "max_bytes", f"must be a whole number above 0: {_quoted(max_bytes)}"
        )
    if document is not None and document not in documents:
        raise InvalidParameterError("document", f"must be one of {', '.join(documents)}")
    data = _bytes(text, max_bytes)
    if isinstance(data, CxmlProblem):
        return [data]
    if document is not None:
        return _Reader(documents[document], elements).read(data)
    # The kind whose <Response> allows the most of the elements in it; then the fewest problems.
    best: tuple[int, int, list[CxmlProblem]] | None = None
    for kind in documents:
        problems = _Reader(documents[kind], elements).read(data)
        misplaced = sum(1 for p in problems if p.code in _MISPLACED and p.path.count("/") == 2)
        if best is None or (misplaced, len(problems)) < best[:2]:
            best = (misplaced, len(problems), problems)
        if not problems:
            break
    assert best is not None
    return best[2]


def _bytes(text: object, max_bytes: int) -> bytes | CxmlProblem:
    if isinstance(text, str):
        if len(text) > max_bytes:  # each character is one byte of UTF-8 or more
            return _too_large(max_bytes)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return CxmlProblem("not-well-formed", "", "the text is not valid Unicode")
    elif isinstance(text, bytes | bytearray | memoryview):
        if len(text) > max_bytes:
            return _too_large(max_bytes)
        data = bytes(text)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            return CxmlProblem(
                "not-well-formed", "", f"the bytes are not UTF-8 (at byte {error.start})"
            )
    else:
        raise InvalidParameterError("text", f"must be str or bytes, not {type(text).__name__}")
    if len(data) > max_bytes:
        return _too_large(max_bytes)
    return data


def _too_large(max_bytes: int) -> CxmlProblem:
    return CxmlProblem("too-large", "", f"the document is larger than {max_bytes} bytes")


class _Reader:
    """One pass of expat over a document, checking each element against the table."""

    def __init__(self, root: ElementSpec, elements: Mapping[str, ElementSpec]) -> None:
        self.root = root
        self.elements = elements
        self.known = {spec.xml for spec in elements.values()} | {root.xml}
        self.problems: list[CxmlProblem] = []
        self.stack: list[_Frame] = []

    def read(self, data: bytes) -> list[CxmlProblem]:
        parser = expat.ParserCreate(encoding="UTF-8")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.ordered_attributes = True
        parser.buffer_text = True
        parser.XmlDeclHandler = self.declaration
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.entity
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        try:
            parser.Parse(data, True)
        except _Stop as stop:
            return [stop.problem]
        except expat.ExpatError as error:
            where = f"line {error.lineno}, column {error.offset + 1}"
            message = expat.ErrorString(error.code) or "not well-formed"
            return [CxmlProblem("not-well-formed", "", f"not well-formed XML ({where}): {message}")]
        return self.problems

    def problem(self, code: str, path: str, message: str) -> None:
        self.problems.append(CxmlProblem(code, path, message))

    def declaration(self, _version: str, encoding: str | None, _standalone: int) -> None:
        if encoding is not None and encoding.upper().replace("_", "-") not in ("UTF-8", "UTF8"):
            self.problem(
                "encoding", "", f"the declaration names {_quoted(encoding)}; cXML is UTF-8"
            )

    def doctype(self, *_: object) -> None:
        raise _Stop(CxmlProblem("doctype", "", "a DOCTYPE is not allowed (no DTD, no entities)"))

    def entity(self, *_: object) -> None:  # only inside a DOCTYPE, already refused
        raise _Stop(CxmlProblem("doctype", "", "entity declarations are not allowed"))

    def start(self, tag: str, attributes: list[str]) -> None:
        parent = self.stack[-1] if self.stack else None
        if parent is None:
            path = f"/{tag}"
            spec: ElementSpec | None = self.root if tag == self.root.xml else None
            if spec is None:
                self.problem("unknown-element", path, f"the root must be <{self.root.xml}>")
        else:
            count = parent.counts[tag] = parent.counts.get(tag, 0) + 1
            path = f"{parent.path}/{tag}[{count}]"
            spec = self.child(parent, tag, path)
        if spec is not None:
            self.attributes(spec, path, attributes)
        self.stack.append(_Frame(spec, path))

    def child(self, parent: _Frame, tag: str, path: str) -> ElementSpec | None:
        if parent.spec is None:
            return None  # inside an element already reported
        for child in parent.spec.children:
            spec = self.elements[child]
            if spec.xml == tag:
                return spec
        allowed = ", ".join(f"<{self.elements[c].xml}>" for c in parent.spec.children)
        if tag in self.known:
            where = f"(it allows {allowed})" if allowed else "(it allows no elements)"
            self.problem(
                "not-allowed-here", path, f"<{parent.spec.xml}> does not allow <{tag}> {where}"
            )
        else:
            self.problem("unknown-element", path, f"cXML has no element <{tag}>")
        return None

    def attributes(self, spec: ElementSpec, path: str, flat: list[str]) -> None:
        by_xml = {a.xml: a for a in spec.attributes}
        seen = set()
        for name, value in zip(flat[::2], flat[1::2], strict=True):
            seen.add(name)
            attribute = by_xml.get(name)
            where = f"{path}/@{name}"
            if attribute is None:
                self.problem("unknown-attribute", where, f"<{spec.xml}> has no attribute {name}")
                continue
            problem = value_problem(attribute, value)
            if problem is not None:
                self.problem("invalid-value", where, f"{name} {problem}")
        for attribute in spec.attributes:
            if attribute.required and attribute.xml not in seen:
                self.problem(
                    "missing-attribute", path, f"<{spec.xml}> needs the {attribute.xml} attribute"
                )

    def characters(self, data: str) -> None:
        frame = self.stack[-1]
        if frame.spec is not None:
            frame.text.append(data)

    def end(self, _tag: str) -> None:
        frame = self.stack.pop()
        spec = frame.spec
        if spec is None:
            return
        text = "".join(frame.text).strip(_SPACE)
        where = f"{frame.path}/text()"
        if spec.text is None:
            if text:
                self.problem("text-not-allowed", where, f"<{spec.xml}> takes no text")
        elif not text and spec.text.required and not frame.counts:
            self.problem("missing-text", where, f"<{spec.xml}> needs its text")
        elif text and spec.text.values and text not in spec.text.values:
            self.problem(
                "invalid-value",
                where,
                f"must be one of {', '.join(spec.text.values)}: {_quoted(text)}",
            )


def value_problem(attribute: AttributeSpec, value: str) -> str | None:
    """What is wrong with an attribute's written value, or None."""
    if attribute.list:
        sep = attribute.separator
        if sep == " ":
            items = [item for item in _SPACES.split(value) if item]
        else:
            items = [item.strip(_SPACE) for item in value.split(sep)]
        if not items or any(not item for item in items):
            return f"must list one or more values separated by {_quoted(sep)}: {_quoted(value)}"
    else:
        items = [value]
    for item in items:
        problem = _item_problem(attribute, item)
        if problem is not None:
            return problem
    return None


def _item_problem(attribute: AttributeSpec, item: str) -> str | None:
    kind = attribute.kind
    if kind == "boolean" and item not in ("true", "false"):
        return f"must be true or false: {_quoted(item)}"
    if kind == "integer" and not _INTEGER.fullmatch(item):
        return f"must be a whole number: {_quoted(item)}"
    if kind == "number" and not _NUMBER.fullmatch(item):
        return f"must be a decimal number: {_quoted(item)}"
    if kind == "enum" and item not in attribute.values:
        return f"must be one of {', '.join(attribute.values)}: {_quoted(item)}"
    return None
