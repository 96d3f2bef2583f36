"""The request body of an update: checked arguments, then form encoding."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Literal, TypedDict, TypeVar
from urllib.parse import urlencode, urlsplit

from ._config import has_lone_surrogates
from ._errors import InvalidParameterError
from ._generated import generated

if TYPE_CHECKING:  # the generated modules load on first use, to keep imports fast
    from signalwire_compat_client.models.call_status import CallStatus
    from signalwire_compat_client.models.http_method import HttpMethod
    from signalwire_compat_client.models.update_call_request import UpdateCallRequest

    MethodValue = HttpMethod | Literal["GET", "POST"]
    StatusValue = (
        CallStatus
        | Literal["queued", "ringing", "in-progress", "canceled", "completed", "busy", "failed"]
    )


class CallUpdate(TypedDict, total=False):
    """The fields of an update. Leave a field out to leave it unchanged; ``""`` clears it."""

    url: str
    method: MethodValue
    status: StatusValue
    fallback_url: str
    fallback_method: MethodValue
    status_callback: str
    status_callback_method: MethodValue


_URL_FIELDS = ("url", "fallback_url", "status_callback")
_METHOD_FIELDS = ("method", "fallback_method", "status_callback_method")
_FIELDS_IN_ORDER = tuple(CallUpdate.__annotations__)
_FIELDS = frozenset(_FIELDS_IN_ORDER)

E = TypeVar("E", bound=Enum)


def _enum(field: str, value: object, kind: type[E]) -> E:
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise InvalidParameterError(field, f"{value!r} is not one of {allowed}") from None


def _url(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidParameterError(field, f"must be a string, not {type(value).__name__}")
    if value == "":
        return value
    if has_lone_surrogates(value):
        raise InvalidParameterError(field, "must be valid Unicode (it holds lone surrogates)")
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidParameterError(field, "must be an absolute http:// or https:// URL")
    return value


def build_update(fields: CallUpdate) -> UpdateCallRequest:
    """Check ``fields`` and build the generated request model. Unset fields stay unset."""
    gen = generated()
    unknown = set(fields) - _FIELDS
    if unknown:
        raise TypeError(f"unexpected argument(s): {', '.join(sorted(unknown))}")
    if not fields:
        raise InvalidParameterError(
            "fields", f"nothing to update; pass at least one of {', '.join(_FIELDS_IN_ORDER)}"
        )
    body = gen.UpdateCallRequest(
        method=gen.UNSET, fallback_method=gen.UNSET, status_callback_method=gen.UNSET
    )
    for name in _URL_FIELDS:
        if name in fields:
            setattr(body, name, _url(name, fields[name]))  # type: ignore[literal-required]
    for name in _METHOD_FIELDS:
        if name in fields:
            setattr(body, name, _enum(name, fields[name], gen.HttpMethod))  # type: ignore[literal-required]
    if "status" in fields:
        body.status = _enum("status", fields["status"], gen.CallStatus)
    return body


def encode_form(body: UpdateCallRequest) -> bytes:
    """Form-encode ``body`` as sent on the wire: the spec's PascalCase names in spec order."""
    return urlencode(body.to_dict()).encode("ascii")


def encode_update(fields: CallUpdate) -> bytes:
    """Check and form-encode the fields of an update, e.g. ``b"Status=completed"``."""
    return encode_form(build_update(fields))
