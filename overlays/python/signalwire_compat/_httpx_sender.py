"""Sending with httpx: each request handed straight to the client's httpx transport.

``httpx.Client.send`` wraps every request in a cookie jar, a redirect loop, an auth flow and
event hooks. This package uses none of them: it sends a fixed ``Authorization`` header, follows
no redirect and keeps no cookie (a ``Set-Cookie`` from a server or proxy is never sent back).
Calling the transport itself halves what httpx costs per request. The headers are merged as
httpx merges them: httpx's defaults, then the client's, then the request's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from ._request import Answer, connection_error, read_async, read_sync

if TYPE_CHECKING:
    from ._body import Sink
    from ._prepare import Prepared

_HTTPX_DEFAULTS = {"Accept": "*/*", "Connection": "keep-alive"}
"""The headers ``httpx.Client`` adds besides the client's own (which replace the rest)."""


class HttpxRequests:
    """The ``httpx.Request`` of a ``Prepared``: the client's headers (``Authorization`` shown
    masked in any ``repr``) and its timeouts, computed once per client."""

    def __init__(self, headers: Mapping[str, str], timeout: httpx.Timeout) -> None:
        merged = httpx.Headers(_HTTPX_DEFAULTS)
        merged.update(headers)
        self._headers = merged
        self._timeout = timeout.as_dict()

    def build(self, prepared: Prepared) -> httpx.Request:
        headers = httpx.Headers(self._headers)  # a copy of the list, not a re-encoding
        if not prepared.credentials:
            del headers["Authorization"]
        if prepared.headers:
            headers.update(prepared.headers)
        timeout = self._timeout if prepared.timeout is None else prepared.timeout.as_dict()
        return httpx.Request(
            prepared.method,
            prepared.url,
            headers=headers,
            content=prepared.content,
            extensions={"timeout": timeout},
        )


def send_sync(
    transport: httpx.BaseTransport,
    request: httpx.Request,
    deadline: float,
    limit: int,
    sink: Sink | None = None,
) -> Answer:
    """Send ``request`` and read its answer (at most ``limit`` bytes; a success's into ``sink``
    if given), all within ``deadline`` seconds; a transport failure is the package's error."""
    from ._deadline import deadline as total  # with httpcore: loaded with the transport

    try:
        with total(deadline):
            try:
                response = transport.handle_request(request)
            except httpx.RequestError as exc:
                exc.request = request  # as httpx.Client does: the error names its request
                raise
            response.request = request
            try:
                return read_sync(response, limit, sink)
            finally:
                response.close()
    except httpx.RequestError as exc:
        raise connection_error(exc) from exc


async def send_async(
    transport: httpx.AsyncBaseTransport,
    request: httpx.Request,
    deadline: float,
    limit: int,
    sink: Sink | None = None,
) -> Answer:
    """The async twin of ``send_sync``."""
    from ._deadline import deadline as total

    try:
        with total(deadline):
            try:
                response = await transport.handle_async_request(request)
            except httpx.RequestError as exc:
                exc.request = request
                raise
            response.request = request
            try:
                return await read_async(response, limit, sink)
            finally:
                await response.aclose()
    except httpx.RequestError as exc:
        raise connection_error(exc) from exc
