"""The sandbox's status callbacks: signed, form-encoded POSTs to loopback URLs, recorded."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

import aiohttp
import yarl

from .._config import is_loopback
from ..webhooks import SIGNATURE_HEADER, RequestValidator

DELIVERY_TIMEOUT = 5.0
"""Seconds a receiver has to answer a callback."""
DRAIN_TIMEOUT = DELIVERY_TIMEOUT + 1.0
"""Seconds ``drain`` waits for the callbacks under way."""


@dataclass(frozen=True)
class Callback:
    """A callback the sandbox sent, or tried to: where, what, its signature, and the outcome
    (the receiver's HTTP status, or why it was not delivered)."""

    url: str
    method: str
    params: tuple[tuple[str, str], ...]
    signature: str
    status: int | None = None
    error: str | None = None

    @property
    def form(self) -> dict[str, str]:
        """The parameters as a dict."""
        return dict(self.params)


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` is http(s) to a loopback address: the only place the sandbox calls."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname is None:
        return False
    return is_loopback(parts.hostname)


def request_url(url: str, query: list[tuple[str, str]]) -> str:
    """The URL a callback requests, and signs: ``url`` without its fragment (never sent), with
    ``query`` (the form of a GET) added to its own query string."""
    parts = urlsplit(url)
    own = parts.query
    if query:
        added = urlencode(query)
        own = f"{own}&{added}" if own and not own.endswith("&") else own + added
    return urlunsplit(parts._replace(query=own, fragment=""))


def signed(
    validator: RequestValidator, url: str, method: str, params: list[tuple[str, str]]
) -> tuple[str, list[tuple[str, str]], str]:
    """A webhook request as the service signs it: the URL requested (with the form in its
    query for a GET), the form sent in the body (none for a GET), and the signature."""
    url = request_url(url, params if method == "GET" else [])
    body = [] if method == "GET" else params
    return url, body, validator.compute_signature(url, body)


def framed(
    method: str, body: list[tuple[str, str]], signature: str
) -> tuple[bytes | None, dict[str, str]]:
    """The body's bytes and the headers of a signed webhook request."""
    headers = {SIGNATURE_HEADER: signature}
    if method == "GET":
        return None, headers
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return urlencode(body).encode(), headers


class CallbackSender:
    """Sends callbacks from the sandbox's event loop; never raises into the request that
    caused them. ``sent`` records every attempt, in order."""

    def __init__(self, signing_key: str) -> None:
        self.signing_key = signing_key
        self._validator = RequestValidator(signing_key)
        self.sent: list[Callback] = []
        self._changed = threading.Condition()
        self._tasks: set[asyncio.Task[None]] = set()

    def send(self, url: str, method: str, params: list[tuple[str, str]]) -> None:
        """Schedule one callback (call from the event loop)."""
        task = asyncio.get_running_loop().create_task(self._deliver(url, method, params))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self, url: str, method: str, params: list[tuple[str, str]]) -> None:
        url, body, signature = signed(self._validator, url, method, params)
        status: int | None = None
        error: str | None = None
        if not is_loopback_url(url):
            error = "not sent: the sandbox calls back only to loopback addresses"
        else:
            try:
                status = await self._request(url, method, body, signature)
            except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
                error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        record = Callback(url, method, tuple(params), signature, status, error)
        with self._changed:
            self.sent.append(record)
            self._changed.notify_all()

    async def _request(
        self, url: str, method: str, form: list[tuple[str, str]], signature: str
    ) -> int:
        timeout = aiohttp.ClientTimeout(total=DELIVERY_TIMEOUT)
        data, headers = framed(method, form, signature)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.request(
                method,
                yarl.URL(url, encoded=True),
                data=data,
                headers=headers,
                allow_redirects=False,
            ) as response,
        ):
            await response.read()
            return response.status

    async def drain(self) -> None:
        """Let the callbacks under way finish (each is bounded by ``DELIVERY_TIMEOUT``, the
        wait by ``DRAIN_TIMEOUT``)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=DRAIN_TIMEOUT)

    def wait(self, count: int, timeout: float) -> list[Callback]:
        """The callbacks sent so far, once there are at least ``count`` (or ``timeout`` passed)."""
        with self._changed:
            self._changed.wait_for(lambda: len(self.sent) >= count, timeout)
            return list(self.sent)
