"""Sending async requests with aiohttp, skipping httpx's per-request machinery.

``AsyncSignalWire`` uses this when aiohttp is installed (``signalwire-compat[aiohttp]``):
httpx's async client is several times slower than aiohttp at the same concurrency. The
request is still built by the generated code; the answer becomes an ``httpx.Response`` only
when one is needed (an error, or ``update_with_response``), so parsing and errors are the same
as with httpx. aiohttp's exceptions are mapped to the httpx exceptions that mean the same
thing, keeping "sent or not" exact.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import httpx
import yarl

from ._request import Answer

# Checked in order: the first match wins, so subclasses come before their bases.
_EXCEPTIONS: tuple[tuple[type[BaseException], type[httpx.RequestError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # nothing was sent
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # nothing was sent
    (aiohttp.InvalidUrlClientError, httpx.UnsupportedProtocol),  # nothing was sent
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (asyncio.TimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientError, httpx.ReadError),
)


def _request(method: str, url: str, headers: dict[str, str], content: bytes) -> httpx.Request:
    return httpx.Request(method, url, headers=headers, content=content)


class AiohttpSender:
    """One ``aiohttp.ClientSession`` per client, opened on first use inside the event loop."""

    def __init__(
        self, base_url: str, headers: dict[str, str], timeout: httpx.Timeout, connections: int
    ) -> None:
        self._base_url = base_url
        self._headers = headers
        self._default_timeout = timeout
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}

    def _timeout(self, timeout: httpx.Timeout) -> aiohttp.ClientTimeout:
        key = (timeout.connect, timeout.read)
        converted = self._timeouts.get(key)
        if converted is None:
            converted = aiohttp.ClientTimeout(total=None, sock_connect=key[0], sock_read=key[1])
            self._timeouts[key] = converted
        return converted

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(limit=self._connections, limit_per_host=0)
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=("User-Agent",),
        )
        return self._session

    async def send(self, kwargs: dict[str, Any]) -> Answer:
        """Send the generated request kwargs; raise httpx's exceptions on transport failure."""
        session = self._session or self._open()
        url = self._base_url + kwargs["url"]
        headers = {**self._headers, **kwargs["headers"]}
        method = kwargs["method"].upper()
        try:
            async with session.request(
                method,
                yarl.URL(url, encoded=True),  # the path is escaped already; keep it as is
                data=kwargs["content"],
                headers=headers,
                timeout=self._timeout(kwargs.get("timeout", self._default_timeout)),
                allow_redirects=False,
            ) as answer:
                body = await answer.read()
                status, raw_headers = answer.status, answer.raw_headers
                reason = answer.reason
        except Exception as exc:
            for aiohttp_kind, httpx_kind in _EXCEPTIONS:
                if isinstance(exc, aiohttp_kind):
                    request = _request(method, url, headers, kwargs["content"])
                    raise httpx_kind(str(exc) or type(exc).__name__, request=request) from exc
            raise

        def build() -> httpx.Response:  # only for errors and raw access: it costs
            return httpx.Response(
                status,
                headers=raw_headers,
                content=body,
                extensions={"reason_phrase": (reason or "").encode()},
                request=_request(method, url, headers, kwargs["content"]),
            )

        return Answer(status, body, build=build)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
