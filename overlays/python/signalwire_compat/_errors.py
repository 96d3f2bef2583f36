"""The exception hierarchy, and the scrubbing of secrets from an exception's texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from ._text import REDACTED, redact

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConnectionLostError",
    "ErrorDetail",
    "FileWriteError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerOutcomeUnknownError",
    "ServiceUnavailableError",
    "SignalWireError",
    "UnprocessableEntityError",
]


def _safe_request(request: httpx.Request) -> httpx.Request:
    headers = [
        (k, REDACTED if k.lower() in ("authorization", "proxy-authorization") else v)
        for k, v in request.headers.multi_items()
    ]
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    return httpx.Request(request.method, request.url, headers=headers, content=content)


def _safe_response(response: httpx.Response) -> httpx.Response:
    try:
        request: httpx.Request | None = _safe_request(response.request)
    except RuntimeError:
        request = None
    copy = httpx.Response(response.status_code, content=response.content, request=request)
    copy.headers = response.headers
    return copy


def _rebuild(
    cls: type[SignalWireError], args: tuple[object, ...], state: dict[str, object]
) -> SignalWireError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class SignalWireError(Exception):
    """Base class of every exception this package raises.

    Every one pickles (to cross a process pool) without the request's ``Authorization``.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        if isinstance(state.get("request"), httpx.Request):
            state["request"] = _safe_request(state["request"])
        if isinstance(state.get("response"), httpx.Response):
            state["response"] = _safe_response(state["response"])
        return (_rebuild, (type(self), self.args, state))


class ConfigurationError(SignalWireError, ValueError):
    """A credential or the endpoint is missing or unusable. Raised before any request."""


class InvalidParameterError(SignalWireError, ValueError):
    """An argument is invalid. Raised before any request; ``field`` names the argument."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class ClientClosedError(SignalWireError, RuntimeError):
    """The client was closed (``close()``, ``aclose()``, or the end of its ``with`` block).
    Raised before any request: nothing was sent. Make a new client to go on."""


class FileWriteError(SignalWireError, OSError):
    """A download could not be written to its file (the disk is full, say). The file was left
    as it was before: the partly written copy is removed."""


class APIError(SignalWireError):
    """A request was attempted and did not give a usable result."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class OutcomeUnknownError(APIError):
    """The request may have been applied before it failed; it was not resent (by default).

    Updating a call is not idempotent: check the call's state before trying again.
    """


class APIConnectionError(APIError):
    """The service could not be reached, or the connection failed before a full response."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ConnectionLostError(APIConnectionError, OutcomeUnknownError):
    """The connection failed after the request may have been sent."""


class RequestTimeoutError(APITimeoutError, OutcomeUnknownError):
    """The request timed out after it may have been sent (a read or write timeout)."""


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built without its request
        return None


class APIResponseValidationError(APIError):
    """A 2xx response whose body is not a call this package can read."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One error SignalWire reported: its code (an integer or a text), message and link, each
    ``None`` when not sent."""

    code: int | str | None = None
    message: str | None = None
    more_info: str | None = None


class APIStatusError(APIError):
    """The service answered with a non-2xx status.

    ``code``, ``message`` and ``more_info`` come from SignalWire's error body when it has one,
    in any of its shapes; ``errors`` lists each error it reports (one for a flat body, each of
    an ``errors`` list, none for a body that says nothing); ``body`` is the decoded JSON body,
    or ``None`` when the body is not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: int | str | None,
        more_info: str | None,
        body: object,
        errors: tuple[ErrorDetail, ...] = (),
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.more_info = more_info
        self.errors = errors
        self.body = body

    def __str__(self) -> str:
        parts = [f"{self.status_code} {self.message}"]
        if self.code is not None:
            parts.append(f"(code {self.code})")
        if self.more_info:
            parts.append(f"see {self.more_info}")
        return " ".join(parts)


class BadRequestError(APIStatusError):
    """400: the service rejected the request."""


class AuthenticationError(APIStatusError):
    """401: the Project ID or API token was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the API token lacks a needed scope (Voice)."""


class NotFoundError(APIStatusError):
    """404: no such account or call."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the call's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but cannot be applied, e.g. the call is not in progress."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


class ServiceUnavailableError(InternalServerError):
    """503: the service did not take the request; retried when it says ``Retry-After``."""


class ServerOutcomeUnknownError(InternalServerError, OutcomeUnknownError):
    """500, 502, 504 and other 5xx but 503: the update may have been applied."""


def scrub(error: SignalWireError, secrets: tuple[str, ...]) -> SignalWireError:
    """Redact ``secrets`` from the texts of ``error`` and of the errors it lists (see
    ``redact``)."""

    def clean(text: str | None) -> str | None:
        return None if text is None else redact(text, secrets)

    error.args = tuple(redact(a, secrets) if isinstance(a, str) else a for a in error.args)
    for name in ("message", "more_info", "code"):
        value = error.__dict__.get(name)
        if isinstance(value, str):
            setattr(error, name, redact(value, secrets))
    if isinstance(error, APIStatusError):
        error.errors = tuple(
            ErrorDetail(
                e.code if isinstance(e.code, int) else clean(e.code),
                clean(e.message),
                clean(e.more_info),
            )
            for e in error.errors
        )
    return error
