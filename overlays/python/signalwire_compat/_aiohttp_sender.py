"""Sending async requests with aiohttp, skipping httpx's per-request machinery.

``AsyncSignalWire`` uses this when aiohttp is installed (``signalwire-compat[aiohttp]``):
httpx's async client is several times slower than aiohttp at the same concurrency. The
request is the one built for httpx; the body is read raw and decoded by
``BodyReader``, as on the httpx backends; the answer becomes an ``httpx.Response`` only when
one is needed (an error, or a ``*_with_response`` method). aiohttp's exceptions map straight to
the package's, keeping "sent or not" exact, and none of them is chained: aiohttp's
``request_info`` carries the request's headers.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import TYPE_CHECKING

import aiohttp
import httpx
import yarl

from ._body import BodyReader, UnreadableBody
from ._errors import APIConnectionError
from ._request import Answer, body_sink, http_response, read_failure, transport_error
from ._settings import total_seconds

if TYPE_CHECKING:
    from ._body import Sink
    from ._prepare import Prepared

# (aiohttp's exception, whether the request may have been sent, whether it timed out).
# Checked in order: the first match wins, so subclasses come before their bases.
_EXCEPTIONS: tuple[tuple[type[BaseException], bool, bool], ...] = (
    (aiohttp.ConnectionTimeoutError, False, True),
    (aiohttp.ClientConnectorError, False, False),
    (aiohttp.InvalidUrlClientError, False, False),
    (aiohttp.ClientProxyConnectionError, False, False),
    (aiohttp.ClientHttpProxyError, False, False),  # the proxy refused the tunnel
    (aiohttp.ServerTimeoutError, True, True),
    (asyncio.TimeoutError, True, True),
    (aiohttp.ClientError, True, False),
)


def _failure(exc: BaseException, request: httpx.Request) -> APIConnectionError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    for kind, sent, timed_out in _EXCEPTIONS:
        if isinstance(exc, kind):
            return transport_error(detail, request, sent=sent, timed_out=timed_out)
    return transport_error(detail, request, sent=True, timed_out=False)


def _client_timeout(timeout: httpx.Timeout, deadline: float) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for an attempt that may take ``deadline`` seconds in all."""
    # A read limit as long as the whole attempt's adds only a timer per read.
    read = timeout.read if timeout.read is not None and timeout.read < deadline else None
    return aiohttp.ClientTimeout(total=deadline, sock_connect=timeout.connect, sock_read=read)


def _without_credentials(headers: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() != "authorization"}


def _sent(headers: dict[str, str], prepared: Prepared) -> httpx.Request:
    """``prepared`` as it was sent with the client's ``headers``: for an error or a raw
    response."""
    sent = headers | prepared.headers
    if not prepared.credentials:
        sent = _without_credentials(sent)
    return httpx.Request(prepared.method, prepared.url, headers=sent, content=prepared.content)


class _AiohttpAnswer(Answer):
    """An aiohttp response, read; its ``httpx.Response`` is built only when asked for."""

    __slots__ = ("_headers", "_prepared", "_raw_headers", "_reason")

    def __init__(
        self,
        answer: aiohttp.ClientResponse,
        content: bytes,
        problem: str | None,
        headers: dict[str, str],
        prepared: Prepared,
    ) -> None:
        super().__init__(answer.status, content, problem)
        self._raw_headers = answer.raw_headers
        self._reason = answer.reason or ""
        self._headers = headers
        self._prepared = prepared

    def _http_response(self) -> httpx.Response:
        received = httpx.Headers(
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in self._raw_headers]
        )
        return http_response(
            self.status_code,
            received,
            self.content,
            self._reason,
            _sent(self._headers, self._prepared),
        )


class AiohttpSender:
    """One ``aiohttp.ClientSession`` per client, opened on first use inside the event loop."""

    def __init__(
        self,
        headers: dict[str, str],
        timeout: httpx.Timeout,
        connections: int,
        max_response_bytes: int,
        *,
        proxy: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._headers = headers
        self._proxy = proxy
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True
        self._default_timeout = timeout
        self._connections = connections
        self._limit = max_response_bytes
        self._session: aiohttp.ClientSession | None = None
        self._bare: aiohttp.ClientSession | None = None
        self._default_deadline = total_seconds(timeout)
        self._default = _client_timeout(timeout, self._default_deadline)

    def _open(self, credentials: bool) -> aiohttp.ClientSession:
        """The session for requests with the client's credentials, or without them (a download
        sent on to another origin): the client's headers are its defaults, set up once."""
        headers = self._headers if credentials else _without_credentials(self._headers)
        connector = aiohttp.TCPConnector(limit=self._connections, limit_per_host=0, ssl=self._ssl)
        session = aiohttp.ClientSession(
            connector=connector,
            headers=headers,
            cookie_jar=aiohttp.DummyCookieJar(),  # no skip_auto_headers: they cost per request,
            # and the client's own User-Agent and Accept-Encoding leave aiohttp's unused
            auto_decompress=False,  # BodyReader decodes, within the size limit
            trust_env=False,  # the client decided the proxy, from proxy= or the environment
        )
        if credentials:
            self._session = session
        else:
            self._bare = session
        return session

    async def send(
        self, prepared: Prepared, limit: int | None = None, sink: Sink | None = None
    ) -> Answer:
        """Send ``prepared``; raise the package's errors on transport failure (the client
        checks that it is open first). The body is read up to ``limit`` bytes (by default the
        client's), a success's into ``sink`` if given."""
        if prepared.credentials:
            session = self._session or self._open(True)
        else:
            session = self._bare or self._open(False)
        if prepared.timeout is None:
            timeout = self._default  # most requests: made once
            if prepared.deadline != self._default_deadline:  # a redirect: what is left
                timeout = _client_timeout(self._default_timeout, prepared.deadline)
        else:
            timeout = _client_timeout(prepared.timeout, prepared.deadline)
        try:
            async with session.request(
                prepared.method,
                yarl.URL(prepared.url, encoded=True),  # the path is escaped already
                data=prepared.content,
                headers=prepared.headers,  # the client's own are the session's
                timeout=timeout,
                allow_redirects=False,
                proxy=self._proxy,
            ) as answer:
                content, problem = b"", None
                try:
                    reader = BodyReader(
                        answer.headers.get("Content-Encoding"),
                        self._limit if limit is None else limit,
                        body_sink(answer.status, sink),
                    )
                    stream = answer.content
                    if stream.is_eof():  # all of it has arrived: no need to wait for more
                        reader.feed(stream.read_nowait())
                    else:
                        async for chunk in stream.iter_any():
                            reader.feed(chunk)
                    content = reader.finish()
                except (TimeoutError, UnreadableBody, aiohttp.ClientError) as exc:
                    problem = read_failure(exc)
                    answer.close()  # the rest of the body is never read
                return _AiohttpAnswer(answer, content, problem, self._headers, prepared)
        except (TimeoutError, aiohttp.ClientError) as exc:
            failure = _failure(exc, _sent(self._headers, prepared))
        raise failure  # outside the handler: aiohttp's exception is neither chained nor kept

    async def aclose(self) -> None:
        """Close aiohttp's ClientSessions."""
        for session in (self._session, self._bare):
            if session is not None:
                await session.close()
        self._session = self._bare = None
