"""What the generated code says about an operation, and the request built from it.

The generated ``api/<tag>/<operation>.py`` modules describe each operation as an
``Operation``: method, path, each field's wire name, Python name and kind, in the spec's
order, and the media type of its body: a form, or a JSON object of the fields. Everything
here works from that description; nothing names an endpoint.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, TypedDict
from urllib.parse import quote, quote_plus, urlsplit

from ._errors import InvalidParameterError
from ._extras import NO_EXTRAS, Extras, ExtraValue
from ._text import CONTROL_CHARACTERS, has_lone_surrogates

if TYPE_CHECKING:
    import httpx

Kind = Literal["string", "uri", "integer", "number", "boolean", "enum", "date"]
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MAX_SID_LENGTH = 256
ACCOUNT_SID = "AccountSid"
"""The path parameter every Compatibility API path starts with; defaults to the Project ID."""
ACCOUNT_PREFIX = f"/Accounts/{{{ACCOUNT_SID}}}/"
"""The paths whose first parameter is the account; ``/Accounts/{AccountSid}`` itself is not
one of them, its id being the account it names."""
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
JSONValue = str | int | float | bool | list[str | int | float | bool]
"""A field's value in a JSON body: as given, once checked (an array as a list)."""


class RetryOptions(TypedDict, total=False):
    """Per-call retry settings; left out, the client's apply."""

    max_retries: int
    """Retries after the first attempt."""
    retry_unknown_outcome: bool
    """Whether a request that may have been applied is sent again."""


class RequestOptions(RetryOptions, total=False):
    """Per-call settings: ``options=`` of every method (and keyword arguments where no field
    of the operation has the same name). The ``extra_*`` ones send what the spec does not list
    yet, after its fields (see ``_extras``)."""

    timeout: float | httpx.Timeout
    """This call's timeout, as the client's ``timeout``."""
    extra_headers: Mapping[str, str]
    """Headers to add; those the client sets itself (``Authorization`` ...) are refused."""
    extra_query: Mapping[str, ExtraValue]
    """Query parameters appended after the spec's; a name that is a field is refused."""
    extra_body: Mapping[str, ExtraValue]
    """Form fields appended after the spec's; a name that is a field is refused."""


OPTION_NAMES = frozenset(RequestOptions.__annotations__)


class Field:
    """One query or form field: wire name, Python name, kind and the spec's constraints."""

    __slots__ = (
        "_regex",
        "array",
        "choices",
        "form_name",
        "kind",
        "max_length",
        "maximum",
        "min_length",
        "minimum",
        "name",
        "pattern",
        "placeholder",
        "required",
        "wire",
    )

    def __init__(
        self,
        wire: str,
        name: str,
        kind: Kind = "string",
        *,
        choices: tuple[str, ...] = (),
        array: bool = False,
        required: bool = False,
        minimum: float | None = None,
        maximum: float | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
    ) -> None:
        self.wire = wire
        self.name = name
        self.kind = kind
        self.choices = choices
        self.array = array
        self.required = required
        self.minimum = minimum
        self.maximum = maximum
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = pattern
        self._regex: re.Pattern[str] | None = None
        self.placeholder = "{" + wire + "}"
        """How a path template holds it: ``{Sid}``."""
        self.form_name = _escaped(wire)
        """Its name as a form or query writes it."""

    def __repr__(self) -> str:
        return f"Field({self.wire!r}, {self.name!r}, {self.kind!r})"

    def encode(self, value: object) -> list[str]:
        """The checked value as form/query strings (one per item of an array)."""
        return [_form_text(item) for item in self._items(value)]

    def value(self, value: object) -> JSONValue:
        """The checked value as a JSON body holds it: a string, number or boolean as given
        (an enum's value, a date as ``YYYY-MM-DD``), a list for an array."""
        items = self._items(value)
        return items if self.array else items[0]

    def _items(self, value: object) -> list[str | int | float | bool]:
        if self.array:
            if isinstance(value, str | bytes) or not isinstance(value, Sequence):
                raise InvalidParameterError(
                    self.name, f"must be a list, not {type(value).__name__}"
                )
            return [self.one(item) for item in value]
        return [self.one(value)]

    def one(self, value: object) -> str | int | float | bool:
        """One checked value (an array's item), as a JSON body holds it."""
        if self.kind == "enum":
            return _choice(self.name, value, self.choices)
        if self.kind == "boolean":
            if not isinstance(value, bool):
                raise InvalidParameterError(self.name, f"must be True or False, not {value!r:.40}")
            return value
        if self.kind in ("integer", "number"):
            return self._numeric(value)
        if self.kind == "date" and not isinstance(value, str):
            if not isinstance(value, datetime.date):
                wanted = f"must be a date or a string, not {type(value).__name__}"
                raise InvalidParameterError(self.name, wanted)
            return _date(self.name, value)
        text = _text(self.name, value)
        if self.kind == "uri":
            return _url(self.name, text)
        if self.min_length and len(text) < self.min_length:
            short = f"must be at least {self.min_length} characters"
            raise InvalidParameterError(self.name, "must not be empty" if not text else short)
        if self.max_length is not None and len(text) > self.max_length:
            raise InvalidParameterError(self.name, f"must be at most {self.max_length} characters")
        if self.pattern is not None and text:
            if self._regex is None:
                self._regex = re.compile(self.pattern)
            if not self._regex.search(text):
                raise InvalidParameterError(
                    self.name, f"{text!r:.60} does not match {self.pattern}"
                )
        return text

    def _numeric(self, value: object) -> int | float:
        integer = self.kind == "integer"
        ok = isinstance(value, int) if integer else isinstance(value, int | float)
        if isinstance(value, bool) or not ok:
            wanted = "an integer" if integer else "a number"
            raise InvalidParameterError(self.name, f"must be {wanted}, not {value!r:.40}")
        number: float = value  # type: ignore[assignment]
        if number != number or number in (float("inf"), float("-inf")):
            raise InvalidParameterError(self.name, "must be a finite number")
        if self.minimum is not None and number < self.minimum:
            raise InvalidParameterError(self.name, f"must be at least {self.minimum:g}")
        if self.maximum is not None and number > self.maximum:
            raise InvalidParameterError(self.name, f"must be at most {self.maximum:g}")
        return number


def _form_text(value: str | int | float | bool) -> str:
    """A checked value as a form or query sends it: ``true``/``false``, numbers in full."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


class Operation:
    """One operation of the spec, as the generated code describes it."""

    __slots__ = (
        "account",
        "body",
        "body_required",
        "content_type",
        "field_names",
        "fields_by_name",
        "fields_by_wire",
        "idempotent",
        "items",
        "method",
        "name",
        "path",
        "path_params",
        "query",
        "result",
    )

    def __init__(
        self,
        *,
        name: str,
        method: str,
        path: str,
        path_params: tuple[Field, ...] = (),
        query: tuple[Field, ...] = (),
        body: tuple[Field, ...] = (),
        body_required: bool = False,
        content_type: str = FORM,
        result: str | None = None,
        items: str | None = None,
    ) -> None:
        self.name = name
        """The spec's ``operationId``, e.g. ``update_a_call``."""
        self.method = method
        self.path = path
        """The path template, e.g. ``/Accounts/{AccountSid}/Calls/{Sid}``."""
        self.path_params = path_params
        self.query = query
        self.body = body
        self.body_required = body_required
        """Whether the spec requires the body: then at least one of its fields is needed."""
        if content_type not in (FORM, JSON):
            raise ValueError(f"{name}: a body of {content_type} cannot be sent")
        self.content_type = content_type
        """The body's media type, as the spec gives it: ``FORM`` or ``JSON``."""
        self.account = bool(path_params) and path_params[0].wire == ACCOUNT_SID
        self.account = self.account and path.startswith(ACCOUNT_PREFIX)
        """Whether the first path parameter is the account, which defaults to the Project ID
        (``account_sid=``); else every path parameter is one of the operation's ids."""
        self.result = result
        """The generated model of a successful body (``call.Call``); ``None``: no body."""
        self.items = items
        """For a paged list: the property holding the page's items."""
        self.idempotent = method in IDEMPOTENT_METHODS
        """Whether sending it twice does what sending it once does (``GET``, ``DELETE``...)."""
        self.fields_by_name = {field.name: field for field in (*query, *body)}
        """The query and body fields by Python name."""
        self.field_names = frozenset(self.fields_by_name)
        self.fields_by_wire = {field.wire.casefold(): field for field in (*query, *body)}
        """The query and body fields by wire name, casefolded (an extra may not be one)."""

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.method} {self.path})"


_NOT_IDS = frozenset({"", ".", ".."})


def check_sid(field: str, value: object) -> str:
    """A path identifier: a non-blank string that cannot name another resource once escaped
    (``build`` passes plain ids, as most are, without calling it)."""
    if not isinstance(value, str):
        raise InvalidParameterError(field, f"must be a string, not {type(value).__name__}")
    if not value.strip():
        raise InvalidParameterError(field, "must not be empty")
    if value in (".", ".."):
        raise InvalidParameterError(field, f"{value!r} is not an identifier")
    if CONTROL_CHARACTERS.search(value):
        raise InvalidParameterError(field, "must not contain control characters")
    if has_lone_surrogates(value):
        raise InvalidParameterError(field, "must be valid Unicode (it holds lone surrogates)")
    if len(value) > MAX_SID_LENGTH:
        raise InvalidParameterError(field, f"is longer than {MAX_SID_LENGTH} characters")
    return value


def _text(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(field, f"must be a string, not {type(value).__name__}")
    if has_lone_surrogates(value):
        raise InvalidParameterError(field, "must be valid Unicode (it holds lone surrogates)")
    return value


def _date(field: str, value: datetime.date) -> str:
    """A date as ``YYYY-MM-DD``; an aware datetime must be midnight UTC (naive is ambiguous)."""
    if isinstance(value, datetime.datetime):
        if value.utcoffset() is None:
            raise InvalidParameterError(
                field, "is a naive datetime: give a date, or an aware datetime at midnight UTC"
            )
        try:
            value = value.astimezone(datetime.UTC)
        except OverflowError:
            raise InvalidParameterError(field, "is out of the range of dates") from None
        if value.time() != datetime.time():
            raise InvalidParameterError(
                field, f"must be midnight UTC to be sent as a date, not {value.isoformat()}"
            )
        value = value.date()
    return value.isoformat()


def _choice(field: str, value: object, choices: tuple[str, ...]) -> str:
    raw = value.value if isinstance(value, Enum) else value
    if isinstance(raw, str) and raw in choices:
        return raw
    allowed = ", ".join(repr(choice) for choice in choices)
    raise InvalidParameterError(field, f"{value!r} is not one of {allowed}")


def _url(field: str, value: str) -> str:
    if value == "":
        return value
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidParameterError(field, "must be an absolute http:// or https:// URL")
    return value


class Built:
    """A checked request: method, path (with query), body (its bytes and media type) or
    ``None``, and the id it is about (for logs)."""

    __slots__ = ("content", "content_type", "method", "resource", "url")

    def __init__(
        self,
        method: str,
        url: str,
        content: bytes | None,
        resource: str,
        content_type: str | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.content = content
        self.resource = resource
        self.content_type = content_type if content is not None else None


def build(
    operation: Operation,
    path: Sequence[str | None],
    account_sid: str,
    params: Mapping[str, Any],
    extras: Extras = NO_EXTRAS,
) -> Built:
    """Check the path values and ``params`` against ``operation`` and encode the request,
    the checked ``extras`` appended after the spec's fields.

    Unknown names raise ``TypeError``, as an unknown keyword argument does; bad values raise
    ``InvalidParameterError`` naming the argument. Nothing is sent in either case.
    """
    if not operation.field_names.issuperset(params):
        unknown = sorted(name for name in params if name not in operation.field_names)
        raise TypeError(f"unexpected argument(s): {', '.join(unknown)}")
    if len(path) != len(operation.path_params):
        raise ValueError(f"{operation.name} takes {len(operation.path_params)} path values")
    url = operation.path
    resource = ""
    for index, spec in enumerate(operation.path_params):
        value = path[index]
        if value is None and index == 0 and operation.account:
            value = account_sid
        if (
            value.__class__ is str
            and len(value) <= MAX_SID_LENGTH
            and value not in _NOT_IDS
            and _PLAIN(value)
        ):  # letters, digits and - . _ ~ only: nothing to check or escape
            resource = value
            url = url.replace(spec.placeholder, value)
        else:
            resource = check_sid(spec.name, value)
            url = url.replace(spec.placeholder, _segment(resource))
    query = _form_items(operation.query, params) if operation.query else []
    if extras.query:
        query += [_form_item(name, value) for name, value in extras.query]
    if query:
        url += "?" + "&".join(query)
    if not operation.body:
        return Built(operation.method, url, None, resource)
    if operation.content_type == JSON:
        document = _values(operation.body, params) | extras.values
        given = bool(document)
    else:
        body = _form_items(operation.body, params)
        if extras.body:
            body += [_form_item(name, value) for name, value in extras.body]
        given = bool(body)
    if not given and operation.body_required:
        names = ", ".join(field.name for field in operation.body)
        raise InvalidParameterError(
            "fields", f"{operation.name} needs at least one field: pass one of {names}"
        )
    if operation.content_type == JSON:
        content = encode_json(document)
    else:
        content = "&".join(body).encode("ascii")
    return Built(operation.method, url, content, resource, operation.content_type)


_PLAIN = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch
"""Text that escaping leaves as it is: only the characters URLs never escape."""


def _segment(text: str) -> str:
    """``text`` as one path segment, as ``quote(text, safe="")`` escapes it."""
    return text if _PLAIN(text) else quote(text, safe="")


def _escaped(text: str) -> str:
    return text if _PLAIN(text) else quote_plus(text)


def encode_json(document: Mapping[str, object]) -> bytes:
    """A JSON body: compact, in the given order, text as UTF-8; the bytes
    ``JSON.stringify`` gives for the same object."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _form_items(fields: tuple[Field, ...], params: Mapping[str, Any]) -> list[str]:
    """The given fields as form items (``Status=completed``), in the spec's order; a required
    one left out is refused."""
    items = []
    for field in fields:
        if field.name in params:
            value = params[field.name]
            if field.array:
                items += [f"{field.form_name}={_escaped(text)}" for text in field.encode(value)]
            else:
                items.append(f"{field.form_name}={_escaped(_form_text(field.one(value)))}")
        elif field.required:
            raise InvalidParameterError(field.name, "is required")
    return items


def _form_item(name: str, value: str) -> str:
    """``name=value`` as ``urlencode`` writes it (a space as ``+``)."""
    return f"{_escaped(name)}={_escaped(value)}"


def _values(fields: tuple[Field, ...], params: Mapping[str, Any]) -> dict[str, JSONValue]:
    """The given fields' JSON values, in the spec's order; a required one left out is refused."""
    values = {}
    for field in fields:
        if field.name in params:
            values[field.wire] = field.value(params[field.name])
        elif field.required:
            raise InvalidParameterError(field.name, "is required")
    return values
