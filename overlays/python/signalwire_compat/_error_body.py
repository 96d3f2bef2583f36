"""SignalWire's error body, read in each shape the service sends it, within bounds.

The shapes (one open ``Error`` schema in the spec): flat ``{code, message, more_info, status}``;
``{errors: [{code, message, more_info}]}``; ``{errors: ["message"]}``; and a token's ``{type,
code, message, attribute, url}``. The TypeScript SDK reads them by the same rules.
"""

from __future__ import annotations

from typing import NamedTuple

from ._errors import ErrorDetail
from ._text import hide, printable

MAX_ERRORS = 20
"""How many errors of a list an exception keeps; its message counts the others."""

MAX_TEXT = 1000
"""How many characters of a code, a message or a link an exception keeps (then "…")."""

MAX_DEPTH = 64
"""How deeply an error body may nest; a deeper one is unreadable, in both languages."""

_SAFE_INTEGER = 2**53 - 1  # beyond it a JSON number is not the same integer in JavaScript


class ErrorBody(NamedTuple):
    """What an error body says: each part ``None`` (or no errors) when it does not say it."""

    code: int | str | None
    message: str | None
    more_info: str | None
    errors: tuple[ErrorDetail, ...]


def too_deep(content: bytes, body: object) -> bool:
    """True if ``body`` (decoded from ``content``) nests more than ``MAX_DEPTH`` levels."""
    if content.count(b"[") + content.count(b"{") <= MAX_DEPTH:
        return False  # too few brackets to nest that deep: the usual case, found at C speed
    level: list[dict[str, object] | list[object]] = [body] if isinstance(body, dict | list) else []
    for _ in range(MAX_DEPTH):  # one level at a time: the containers one level further in
        level = [
            child
            for node in level
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


def cut(text: str) -> str:
    """``text``, or its first ``MAX_TEXT`` characters and "…"."""
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "…"


class _Reader:
    """Reads the texts of one body: secrets hidden, then cut, then escaped."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        self.secrets = secrets

    def text(self, value: object) -> str | None:
        if not isinstance(value, str) or not value:
            return None
        return printable(cut(hide(value, self.secrets)))

    def code(self, value: object) -> int | str | None:
        """An integer code (a JSON ``21218.0`` is 21218; ``true`` is none), or a text one."""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value if -_SAFE_INTEGER <= value <= _SAFE_INTEGER else None
        return self.text(value)

    def detail(self, item: object) -> ErrorDetail | None:
        """One error of a list: an object with a code, message or link, or a message alone."""
        if isinstance(item, str):
            message = self.text(item)
            return ErrorDetail(message=message) if message else None
        if not isinstance(item, dict):
            return None
        code, message = self.code(item.get("code")), self.text(item.get("message"))
        detail = ErrorDetail(code, message, self.text(item.get("more_info")))
        return detail if detail != ErrorDetail() else None


def read_error_body(body: object, secrets: tuple[str, ...] = ()) -> ErrorBody:
    """The code, message, link and errors of a decoded error body, whatever its shape; every
    text with ``secrets`` hidden, cut to ``MAX_TEXT`` characters and escaped.

    The body's own code, message and link come first; else the first error of its list that
    has one, and its listed messages joined with "; ". A flat body is one error.
    """
    if not isinstance(body, dict):
        return ErrorBody(None, None, None, ())
    read = _Reader(secrets)
    code, message = read.code(body.get("code")), read.text(body.get("message"))
    more_info = read.text(body.get("more_info")) or read.text(body.get("url"))
    items = body.get("errors")
    listed: list[ErrorDetail] = []
    left_off = 0
    if isinstance(items, list):
        listed = [d for d in map(read.detail, items[:MAX_ERRORS]) if d is not None]
        left_off = max(0, len(items) - MAX_ERRORS)
    if listed:
        if code is None:
            code = next((d.code for d in listed if d.code is not None), None)
        more_info = more_info or next((d.more_info for d in listed if d.more_info), None)
        if not message:
            messages = [d.message for d in listed if d.message]
            message = cut("; ".join(messages)) if messages else None
            if message and left_off:
                message += f" (and {left_off} more)"
        return ErrorBody(code, message, more_info, tuple(listed))
    if code is None and message is None:
        return ErrorBody(None, None, more_info, ())
    return ErrorBody(code, message, more_info, (ErrorDetail(code, message, more_info),))
