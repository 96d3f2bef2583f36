"""``SignalWire`` and ``AsyncSignalWire``: the clients and their ``calls`` resources."""

from __future__ import annotations

import importlib.util
import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypedDict, Unpack

import httpx

from ._config import resolve_base_url, resolve_credentials
from ._errors import ConfigurationError
from ._form import CallUpdate
from ._request import Answer, build_request_kwargs, connection_error, parse_call
from ._response import APIResponse
from ._retry import RetryPolicy, run_with_retries, run_with_retries_async
from ._version import __version__

if TYPE_CHECKING:
    import asyncio

    from signalwire_compat_client.client import Client
    from signalwire_compat_client.models.call import Call

    from ._aiohttp_sender import AiohttpSender

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s per read, write and pool wait; 10 s to connect."""

DEFAULT_MAX_CONCURRENCY = 50
"""Requests in flight at once per ``AsyncSignalWire``; the rest wait their turn."""

DEFAULT_RETRY_POLICY = RetryPolicy()
"""Two retries, where the update cannot have been applied; see ``RetryPolicy``."""

USER_AGENT = (
    f"signalwire-compat-python/{__version__} "
    f"python/{'.'.join(map(str, sys.version_info[:3]))} httpx/{httpx.__version__}"
)

logger = logging.getLogger("signalwire_compat")

Timeout = float | httpx.Timeout


Backend = Literal["auto", "aiohttp", "httpx"]
_told_about_aiohttp = False


class ClientOptions(TypedDict, total=False):
    """Client settings besides credentials, endpoint and transport."""

    timeout: Timeout
    max_retries: int | None
    retry_unknown_outcome: bool | None
    retry_policy: RetryPolicy


class AsyncClientOptions(ClientOptions, total=False):
    """``ClientOptions`` and the settings only ``AsyncSignalWire`` has."""

    max_concurrency: int
    backend: Backend


def _choose_backend(backend: Backend, transport: httpx.AsyncBaseTransport | None) -> str:
    """``aiohttp`` if asked for, or (``auto``) if installed; else, or with a transport, httpx."""
    global _told_about_aiohttp
    if backend not in ("auto", "aiohttp", "httpx"):
        raise ConfigurationError("backend must be 'auto', 'aiohttp' or 'httpx'")
    if backend == "httpx" or (backend == "auto" and transport is not None):
        return "httpx"
    if transport is not None:
        raise ConfigurationError("transport= is an httpx transport; use backend='httpx' with it")
    if importlib.util.find_spec("aiohttp") is not None:
        return "aiohttp"
    if backend == "aiohttp":
        raise ConfigurationError(
            "backend='aiohttp' needs aiohttp: pip install 'signalwire-compat[aiohttp]'"
        )
    if not _told_about_aiohttp:
        _told_about_aiohttp = True
        logger.warning(
            "AsyncSignalWire is using httpx, whose async client is several times slower than "
            "aiohttp at high concurrency; pip install 'signalwire-compat[aiohttp]' to use aiohttp"
        )
    return "httpx"


class _BaseClient:
    """Settings shared by the sync and async clients."""

    def __init__(
        self,
        *,
        project_id: str | None,
        api_token: str | None,
        space_url: str | None,
        base_url: str | None,
        timeout: Timeout,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        max_retries: int | None,
        retry_unknown_outcome: bool | None,
        retry_policy: RetryPolicy,
        limits: httpx.Limits | None = None,
    ) -> None:
        credentials = resolve_credentials(project_id, api_token)
        self.retry_policy = retry_policy.with_overrides(max_retries, retry_unknown_outcome)
        self.base_url = resolve_base_url(space_url, base_url)
        self.account_sid = credentials.project_id
        self.timeout = httpx.Timeout(timeout)
        # A fixed Authorization header costs less per request than httpx's auth flow;
        # httpx masks it in the repr of headers.
        self._headers = {
            "User-Agent": USER_AGENT,
            "Authorization": credentials.basic_authorization(),
        }
        self._httpx_settings: dict[str, Any] = {
            "base_url": self.base_url,
            "headers": self._headers,
            "timeout": self.timeout,
        }
        if transport is not None:
            self._httpx_settings["transport"] = transport
        if limits is not None:
            self._httpx_settings["limits"] = limits
        self._low_level: Client | None = None

    def _new_low_level_client(self) -> Client:
        from signalwire_compat_client.client import Client

        return Client(base_url=self.base_url, timeout=self.timeout)

    def _request_kwargs(
        self, call_sid: str, account_sid: str | None, timeout: Timeout | None, fields: CallUpdate
    ) -> dict[str, Any]:
        account = self.account_sid if account_sid is None else account_sid
        kwargs = build_request_kwargs(account, call_sid, fields)
        if timeout is not None:
            kwargs["timeout"] = httpx.Timeout(timeout)
        return kwargs

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=***)"


def _log(call_sid: str, answer: Answer) -> None:
    logger.debug("update call %r: HTTP %d", call_sid, answer.status_code)


class SignalWire(_BaseClient):
    """Synchronous client. Arguments left out are read from the environment.

    ``space_url`` is ``example``, ``example.signalwire.com`` or ``https://example.signalwire.com``;
    ``base_url`` replaces it with a full API base URL (plain http only to a loopback host).
    """

    def __init__(
        self,
        *,
        project_id: str | None = None,
        api_token: str | None = None,
        space_url: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_unknown_outcome: bool | None = None,
        retry_policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            project_id=project_id,
            api_token=api_token,
            space_url=space_url,
            base_url=base_url,
            timeout=timeout,
            transport=transport,
            max_retries=max_retries,
            retry_unknown_outcome=retry_unknown_outcome,
            retry_policy=retry_policy,
        )
        self._http: httpx.Client | None = None
        self.calls = Calls(self)

    def _http_client(self) -> httpx.Client:
        if self._http is None:
            self._http = httpx.Client(**self._httpx_settings)
        return self._http

    @property
    def low_level_client(self) -> Client:
        """The generated client, sharing this client's connections and credentials, for the
        functions in ``signalwire_compat_client.api``."""
        if self._low_level is None:
            self._low_level = self._new_low_level_client().set_httpx_client(self._http_client())
        return self._low_level

    def _send(self, call_sid: str, kwargs: dict[str, Any]) -> Answer:
        try:
            answer = Answer.of(self._http_client().request(**kwargs))
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        _log(call_sid, answer)
        return answer

    def close(self) -> None:
        """Close the connection pool."""
        if self._http is not None:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncSignalWire(_BaseClient):
    """Asynchronous client; the same arguments and calls as ``SignalWire``."""

    def __init__(
        self,
        *,
        project_id: str | None = None,
        api_token: str | None = None,
        space_url: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_unknown_outcome: bool | None = None,
        retry_policy: RetryPolicy = DEFAULT_RETRY_POLICY,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        backend: Backend = "auto",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if max_concurrency < 1:
            raise ConfigurationError("max_concurrency must be at least 1")
        self.backend = _choose_backend(backend, transport)
        super().__init__(
            project_id=project_id,
            api_token=api_token,
            space_url=space_url,
            base_url=base_url,
            timeout=timeout,
            transport=transport,
            max_retries=max_retries,
            retry_unknown_outcome=retry_unknown_outcome,
            retry_policy=retry_policy,
            limits=httpx.Limits(
                max_connections=max_concurrency, max_keepalive_connections=max_concurrency
            ),
        )
        import asyncio

        self.max_concurrency = max_concurrency
        self._slots: asyncio.Semaphore = asyncio.Semaphore(max_concurrency)
        self._http: httpx.AsyncClient | None = None
        self._aiohttp: AiohttpSender | None = None
        if self.backend == "aiohttp":
            from ._aiohttp_sender import AiohttpSender

            self._aiohttp = AiohttpSender(
                self.base_url, self._headers, self.timeout, max_concurrency
            )
        self.calls = AsyncCalls(self)

    async def _send(self, call_sid: str, kwargs: dict[str, Any]) -> Answer:
        # Requests wait here, not in httpx's connection pool, whose queue slows down
        # sharply with many waiters (encode/httpx#3215).
        try:
            async with self._slots:
                if self._aiohttp is not None:
                    answer = await self._aiohttp.send(kwargs)
                else:
                    answer = Answer.of(await self._http_client().request(**kwargs))
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        _log(call_sid, answer)
        return answer

    def _http_client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(**self._httpx_settings)
        return self._http

    @property
    def low_level_client(self) -> Client:
        """The generated client, sharing this client's httpx connections and credentials, for
        the ``asyncio`` functions in ``signalwire_compat_client.api``."""
        if self._low_level is None:
            client = self._new_low_level_client()
            self._low_level = client.set_async_httpx_client(self._http_client())
        return self._low_level

    async def aclose(self) -> None:
        """Close the connection pool."""
        if self._aiohttp is not None:
            await self._aiohttp.aclose()
        if self._http is not None:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class Calls:
    """``client.calls``: update a live call."""

    def __init__(self, client: SignalWire) -> None:
        self._client = client

    def update(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        retry_unknown_outcome: bool | None = None,
        **fields: Unpack[CallUpdate],
    ) -> Call:
        """Redirect (``url``, ``method``, ...) or end (``status="completed"``) a call.

        ``account_sid`` defaults to the Project ID; ``timeout``, ``max_retries`` and
        ``retry_unknown_outcome`` to the client's.
        """
        return self._update(
            call_sid, account_sid, timeout, max_retries, retry_unknown_outcome, fields
        )[0]

    def update_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        retry_unknown_outcome: bool | None = None,
        **fields: Unpack[CallUpdate],
    ) -> APIResponse[Call]:
        """Like ``update``, and also return the HTTP response (status, headers, body)."""
        call, answer = self._update(
            call_sid, account_sid, timeout, max_retries, retry_unknown_outcome, fields
        )
        return APIResponse(call, answer.response())

    def _update(
        self,
        call_sid: str,
        account_sid: str | None,
        timeout: Timeout | None,
        max_retries: int | None,
        retry_unknown_outcome: bool | None,
        fields: CallUpdate,
    ) -> tuple[Call, Answer]:
        kwargs = self._client._request_kwargs(call_sid, account_sid, timeout, fields)
        policy = self._client.retry_policy.with_overrides(max_retries, retry_unknown_outcome)

        def attempt() -> tuple[Call, Answer]:
            answer = self._client._send(call_sid, kwargs)
            return parse_call(answer), answer

        return run_with_retries(policy, call_sid, attempt)


class AsyncCalls:
    """``client.calls`` of ``AsyncSignalWire``."""

    def __init__(self, client: AsyncSignalWire) -> None:
        self._client = client

    async def update(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        retry_unknown_outcome: bool | None = None,
        **fields: Unpack[CallUpdate],
    ) -> Call:
        """Redirect or end a call; see ``Calls.update``."""
        result = await self._update(
            call_sid, account_sid, timeout, max_retries, retry_unknown_outcome, fields
        )
        return result[0]

    async def update_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        retry_unknown_outcome: bool | None = None,
        **fields: Unpack[CallUpdate],
    ) -> APIResponse[Call]:
        """Like ``update``, and also return the HTTP response (status, headers, body)."""
        call, answer = await self._update(
            call_sid, account_sid, timeout, max_retries, retry_unknown_outcome, fields
        )
        return APIResponse(call, answer.response())

    async def _update(
        self,
        call_sid: str,
        account_sid: str | None,
        timeout: Timeout | None,
        max_retries: int | None,
        retry_unknown_outcome: bool | None,
        fields: CallUpdate,
    ) -> tuple[Call, Answer]:
        kwargs = self._client._request_kwargs(call_sid, account_sid, timeout, fields)
        policy = self._client.retry_policy.with_overrides(max_retries, retry_unknown_outcome)

        async def attempt() -> tuple[Call, Answer]:
            answer = await self._client._send(call_sid, kwargs)
            return parse_call(answer), answer

        return await run_with_retries_async(policy, call_sid, attempt)
