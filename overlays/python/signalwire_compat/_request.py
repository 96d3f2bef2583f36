"""Reading a response, shared by every backend: the body, and transport failures."""

from __future__ import annotations

import httpx

from ._body import BodyReader, Sink, UnreadableBody
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConnectionLostError,
    RequestTimeoutError,
)

# Failures that happen before any byte of the request can have reached the service.
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.ProxyError,
)
_UNKNOWN = "; the request may have been applied, so it was not resent"


def transport_error(
    detail: str, request: httpx.Request | None, *, sent: bool, timed_out: bool
) -> APIConnectionError:
    """The package's exception for a transport failure, whichever backend saw it."""
    if not sent:
        kind = APITimeoutError if timed_out else APIConnectionError
        return kind(f"connection failed before sending: {detail}", request=request)
    if timed_out:
        return RequestTimeoutError(f"request timed out ({detail}){_UNKNOWN}", request=request)
    return ConnectionLostError(f"connection lost: {detail}{_UNKNOWN}", request=request)


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    """The package's exception for an httpx transport failure: sent or not, timed out or not."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # the error came before a request existed
        request = None
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        detail = type(exc).__name__ + (f": {exc}" if str(exc) else "")
    return transport_error(
        detail,
        request,
        sent=not isinstance(exc, _NOT_SENT),
        timed_out=isinstance(exc, httpx.TimeoutException),
    )


def http_response(
    status: int,
    headers: httpx.Headers,
    content: bytes,
    reason: str,
    request: httpx.Request,
) -> httpx.Response:
    """An ``httpx.Response`` holding the decoded ``content`` and the headers as received."""
    plain = [(k, v) for k, v in headers.multi_items() if k.lower() != "content-encoding"]
    response = httpx.Response(
        status,
        headers=plain,
        content=content,
        request=request,
        extensions={"reason_phrase": reason.encode("latin-1", "replace")},
    )
    response.headers = headers  # as received; the content is decoded already
    return response


class Answer:
    """A response's status and decoded body (or why it could not be read); each backend's
    subclass builds the ``httpx.Response`` only when one is needed."""

    __slots__ = ("_response", "content", "problem", "status_code")

    def __init__(self, status_code: int, content: bytes, problem: str | None) -> None:
        self.status_code = status_code
        self.content = content
        self.problem = problem
        self._response: httpx.Response | None = None

    def response(self) -> httpx.Response:
        if self._response is None:
            self._response = self._http_response()
        return self._response

    def _http_response(self) -> httpx.Response:
        raise NotImplementedError


class _HttpxAnswer(Answer):
    """The answer of a streamed httpx response, its body read (decoded) as ``content``."""

    __slots__ = ("_streamed",)

    def __init__(self, response: httpx.Response, content: bytes, problem: str | None) -> None:
        super().__init__(response.status_code, content, problem)
        self._streamed = response

    def _http_response(self) -> httpx.Response:
        streamed = self._streamed
        return http_response(
            streamed.status_code,
            streamed.headers,
            self.content,
            streamed.reason_phrase,
            streamed.request,
        )


def read_failure(exc: Exception) -> str:
    """Why a body could not be read in full, once its status was known."""
    if isinstance(exc, UnreadableBody):
        return str(exc)
    what = "timed out" if isinstance(exc, httpx.TimeoutException | TimeoutError) else "cut off"
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return f"{what} while reading it ({detail})"


def _ready(response: httpx.Response, limit: int, sink: Sink | None) -> Answer:
    """The ``Answer`` of a test transport's ready-made response (its body already read)."""
    content = response.content
    if sink is None:
        return _HttpxAnswer(response, content, None)
    if len(content) > limit:
        return _HttpxAnswer(response, b"", f"larger than {limit} bytes once decoded; not read")
    sink(content)
    return _HttpxAnswer(response, b"", None)


def body_sink(status: int, sink: Sink | None) -> Sink | None:
    """Where a body goes: ``sink`` for a success, memory (``None``) for anything else, so that
    an error body is read and parsed as always."""
    return sink if 200 <= status < 300 else None


def read_sync(response: httpx.Response, limit: int, sink: Sink | None = None) -> Answer:
    """Read a streamed httpx response (at most ``limit`` decoded bytes) into an ``Answer``;
    a success's body goes to ``sink`` instead, if there is one."""
    sink = body_sink(response.status_code, sink)
    if response.is_stream_consumed:  # a test transport's ready-made response
        return _ready(response, limit, sink)
    try:
        reader = BodyReader(response.headers.get("content-encoding"), limit, sink)
        for chunk in response.iter_raw():
            reader.feed(chunk)
        return _HttpxAnswer(response, reader.finish(), None)
    except (UnreadableBody, httpx.TransportError) as exc:
        return _HttpxAnswer(response, b"", read_failure(exc))


async def read_async(response: httpx.Response, limit: int, sink: Sink | None = None) -> Answer:
    """The async twin of ``read_sync``."""
    sink = body_sink(response.status_code, sink)
    if response.is_stream_consumed:
        return _ready(response, limit, sink)
    try:
        reader = BodyReader(response.headers.get("content-encoding"), limit, sink)
        async for chunk in response.aiter_raw():
            reader.feed(chunk)
        return _HttpxAnswer(response, reader.finish(), None)
    except (UnreadableBody, httpx.TransportError) as exc:
        return _HttpxAnswer(response, b"", read_failure(exc))
