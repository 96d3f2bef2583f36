"""One update, shared by the sync and async clients: build the request, read the response."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._config import CONTROL_CHARACTERS
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConnectionLostError,
    InvalidParameterError,
    RequestTimeoutError,
    status_error,
)
from ._form import CallUpdate, build_update, encode_form
from ._generated import generated

if TYPE_CHECKING:
    from signalwire_compat_client.models.call import Call

MAX_SID_LENGTH = 256


def check_sid(field: str, value: object) -> str:
    """A path identifier: a non-blank string that cannot name another resource once escaped."""
    if not isinstance(value, str):
        raise InvalidParameterError(field, f"must be a string, not {type(value).__name__}")
    if not value.strip():
        raise InvalidParameterError(field, "must not be empty")
    if value in (".", ".."):
        raise InvalidParameterError(field, f"{value!r} is not an identifier")
    if CONTROL_CHARACTERS.search(value):
        raise InvalidParameterError(field, "must not contain control characters")
    if len(value) > MAX_SID_LENGTH:
        raise InvalidParameterError(field, f"is longer than {MAX_SID_LENGTH} characters")
    return value


def build_request_kwargs(account_sid: str, call_sid: str, fields: CallUpdate) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.request``, built by the generated endpoint module.

    The form body is encoded here, so the bytes sent are exactly ``encode_form``'s.
    """
    body = build_update(fields)
    kwargs = generated().request_kwargs(
        check_sid("account_sid", account_sid), check_sid("call_sid", call_sid), body=body
    )
    kwargs.pop("data", None)
    kwargs["content"] = encode_form(body)
    return kwargs


# Failures that happen before any byte of the request can have reached the service.
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.ProxyError,
)
_UNKNOWN = "; the update may have been applied, so it was not resent"


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    """The package's exception for a transport failure: sent or not, timed out or not."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # the error came before a request existed
        request = None
    detail = str(exc) or type(exc).__name__
    timed_out = isinstance(exc, httpx.TimeoutException)
    if isinstance(exc, _NOT_SENT):
        kind = APITimeoutError if timed_out else APIConnectionError
        return kind(f"connection failed before sending: {detail}", request=request)
    if timed_out:
        message = f"request timed out ({type(exc).__name__}){_UNKNOWN}"
        return RequestTimeoutError(message, request=request)
    return ConnectionLostError(f"connection lost: {detail}{_UNKNOWN}", request=request)


class Answer:
    """A response's status and body, with the ``httpx.Response`` built only when needed."""

    __slots__ = ("_build", "_response", "content", "status_code")

    def __init__(
        self,
        status_code: int,
        content: bytes,
        response: httpx.Response | None = None,
        build: Callable[[], httpx.Response] | None = None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self._response = response
        self._build = build

    @classmethod
    def of(cls, response: httpx.Response) -> Answer:
        return cls(response.status_code, response.content, response=response)

    def response(self) -> httpx.Response:
        if self._response is None:
            assert self._build is not None
            self._response = self._build()
        return self._response


def parse_call(answer: Answer) -> Call:
    """The generated ``Call`` for a 2xx answer; a typed exception for anything else."""
    gen = generated()
    if not 200 <= answer.status_code < 300:
        raise status_error(answer.response())
    try:
        data = json.loads(answer.content)
    except ValueError:
        raise APIResponseValidationError(
            f"{answer.status_code} response body is not JSON ({len(answer.content)} bytes)",
            response=answer.response(),
        ) from None
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{answer.status_code} response body is not a JSON object", response=answer.response()
        )
    try:
        call = gen.Call.from_dict(data)
        gen.check_types(call)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"{answer.status_code} response body is not a call: {type(exc).__name__} {exc}",
            response=answer.response(),
        ) from None
    return call
