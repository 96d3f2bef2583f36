"""``SignalWire`` and ``AsyncSignalWire``: the clients and their ``calls`` resources."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypedDict, Unpack

import httpx

from ._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from ._config import SecretHeaders, resolve_base_url, resolve_credentials
from ._deadline import async_transport, deadline, sync_transport
from ._errors import (
    APITimeoutError,
    ConfigurationError,
    InvalidParameterError,
    SignalWireError,
    scrub,
)
from ._form import CallUpdate
from ._request import (
    Answer,
    build_request_kwargs,
    connection_error,
    parse_call,
    read_async,
    read_sync,
)
from ._response import APIResponse
from ._retry import RetryPolicy, run_with_retries, run_with_retries_async
from ._settings import (
    MAX_RETRIES,
    check_count,
    check_flag,
    check_timeout,
    check_wait,
    total_seconds,
)
from ._version import __version__

if TYPE_CHECKING:
    from collections.abc import Coroutine

    from signalwire_compat_client.client import Client
    from signalwire_compat_client.models.call import Call

    from ._aiohttp_sender import AiohttpSender

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""10 s to connect; 30 s for each read, each write, a wait for a free connection, and the
whole attempt (its largest phase)."""

DEFAULT_MAX_CONCURRENCY = 50
"""Requests in flight at once per ``AsyncSignalWire``; the rest wait their turn."""

DEFAULT_RETRY_POLICY = RetryPolicy()
"""Two retries, where the update cannot have been applied; see ``RetryPolicy``."""

USER_AGENT = (
    f"signalwire-compat-python/{__version__} "
    f"python/{'.'.join(map(str, sys.version_info[:3]))} httpx/{httpx.__version__}"
)

logger = logging.getLogger("signalwire_compat")
logger.addHandler(logging.NullHandler())  # output is the application's choice

Timeout = float | httpx.Timeout


Backend = Literal["auto", "aiohttp", "httpx"]
_told_about_aiohttp = False


class ClientOptions(TypedDict, total=False):
    """Client settings besides credentials, endpoint and transport."""

    timeout: Timeout
    max_retries: int | None
    retry_unknown_outcome: bool | None
    retry_policy: RetryPolicy
    max_response_bytes: int


def _config_error(field: str, problem: str) -> ConfigurationError:
    return ConfigurationError(f"{field} {problem}")


def _check_policy(policy: object) -> RetryPolicy:
    if not isinstance(policy, RetryPolicy):
        raise ConfigurationError("retry_policy must be a RetryPolicy")
    check_count(
        policy.max_retries, "retry_policy.max_retries", _config_error, low=0, high=MAX_RETRIES
    )
    for name in ("initial_wait", "max_wait", "max_retry_after"):
        check_wait(getattr(policy, name), f"retry_policy.{name}", _config_error)
    check_flag(policy.retry_unknown_outcome, "retry_policy.retry_unknown_outcome", _config_error)
    return policy


def _per_call_policy(
    policy: RetryPolicy, max_retries: object, retry_unknown_outcome: object
) -> RetryPolicy:
    if max_retries is not None:
        check_count(max_retries, "max_retries", InvalidParameterError, low=0, high=MAX_RETRIES)
    if retry_unknown_outcome is not None:
        check_flag(retry_unknown_outcome, "retry_unknown_outcome", InvalidParameterError)
    return policy.with_overrides(max_retries, retry_unknown_outcome)  # type: ignore[arg-type]


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
        max_response_bytes: int,
    ) -> None:
        credentials = resolve_credentials(project_id, api_token)
        self._secrets = credentials.secrets()
        fail = _config_error
        if max_retries is not None:
            check_count(max_retries, "max_retries", fail, low=0, high=MAX_RETRIES)
        if retry_unknown_outcome is not None:
            check_flag(retry_unknown_outcome, "retry_unknown_outcome", fail)
        self.retry_policy = _check_policy(retry_policy).with_overrides(
            max_retries, retry_unknown_outcome
        )
        self.base_url = resolve_base_url(space_url, base_url)
        self.account_sid = credentials.project_id
        self.timeout = check_timeout(timeout, "timeout", fail)
        self.max_response_bytes = check_count(
            max_response_bytes, "max_response_bytes", fail, low=1024, high=2**40
        )
        # A fixed Authorization header costs less per request than httpx's auth flow;
        # neither httpx's headers nor SecretHeaders show it in a repr.
        self._headers = SecretHeaders(
            {
                "User-Agent": USER_AGENT,
                "Accept-Encoding": ACCEPT_ENCODING,
                "Authorization": credentials.basic_authorization(),
            }
        )
        # Proxy variables of the environment are ignored on every backend (trust_env=False).
        self._httpx_settings: dict[str, Any] = {
            "base_url": self.base_url,
            "headers": self._headers,
            "timeout": self.timeout,
            "trust_env": False,
            "transport": transport,
        }
        self._low_level: Client | None = None

    def _new_low_level_client(self) -> Client:
        from signalwire_compat_client.client import Client

        return Client(base_url=self.base_url, timeout=self.timeout)

    def _request_kwargs(
        self, call_sid: str, account_sid: str | None, timeout: Timeout | None, fields: CallUpdate
    ) -> dict[str, Any]:
        account = self.account_sid if account_sid is None else account_sid
        kwargs = build_request_kwargs(account, call_sid, fields)
        checked = self.timeout
        if timeout is not None:
            checked = check_timeout(timeout, "timeout", InvalidParameterError)
            kwargs["timeout"] = checked
        kwargs["deadline"] = total_seconds(checked)
        return kwargs

    def _scrubbed(self, error: SignalWireError) -> SignalWireError:
        return scrub(error, self._secrets)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=***)"


def _log(call_sid: str, answer: Answer) -> None:
    logger.debug("update call %r: HTTP %d", call_sid, answer.status_code)


def _httpx_request_args(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in kwargs.items() if k != "deadline"}


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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
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
            max_response_bytes=max_response_bytes,
        )
        self._http: httpx.Client | None = None
        self.calls = Calls(self)

    def _http_client(self) -> httpx.Client:
        if self._http is None:
            settings = self._httpx_settings
            if settings["transport"] is None:
                settings = {**settings, "transport": sync_transport(httpx.Limits())}
            self._http = httpx.Client(**settings)
        return self._http

    @property
    def low_level_client(self) -> Client:
        """The generated client, sharing this client's connections and credentials, for the
        functions in ``signalwire_compat_client.api``."""
        if self._low_level is None:
            self._low_level = self._new_low_level_client().set_httpx_client(self._http_client())
        return self._low_level

    def _send(self, call_sid: str, kwargs: dict[str, Any]) -> Answer:
        client = self._http_client()
        try:
            request = client.build_request(**_httpx_request_args(kwargs))
            with deadline(kwargs["deadline"]):
                response = client.send(request, stream=True)
                try:
                    answer = read_sync(response, self.max_response_bytes)
                finally:
                    response.close()
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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        backend: Backend = "auto",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        check_count(max_concurrency, "max_concurrency", _config_error, low=1, high=100_000)
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
            max_response_bytes=max_response_bytes,
        )
        self.max_concurrency = max_concurrency
        self._slots: asyncio.Semaphore = asyncio.Semaphore(max_concurrency)
        self._http: httpx.AsyncClient | None = None
        self._aiohttp: AiohttpSender | None = None
        if self.backend == "aiohttp":
            from ._aiohttp_sender import AiohttpSender

            self._aiohttp = AiohttpSender(
                self.base_url, self._headers, self.timeout, max_concurrency, max_response_bytes
            )
        self.calls = AsyncCalls(self)

    async def _send(self, call_sid: str, kwargs: dict[str, Any]) -> Answer:
        # Requests wait for a slot here, not in httpx's connection pool, whose queue slows
        # down sharply with many waiters (encode/httpx#3215).
        pool_wait = kwargs.get("timeout", self.timeout).pool
        try:
            async with asyncio.timeout(pool_wait):
                await self._slots.acquire()
        except TimeoutError:
            raise APITimeoutError(
                f"connection failed before sending: no free slot within {pool_wait:g} s "
                f"(max_concurrency={self.max_concurrency})"
            ) from None
        if self._aiohttp is not None:
            try:
                answer = await self._aiohttp.send(kwargs)
            finally:
                self._slots.release()
        else:
            answer = await _uncancelled(self._send_httpx(kwargs), self._slots.release)
        _log(call_sid, answer)
        return answer

    async def _send_httpx(self, kwargs: dict[str, Any]) -> Answer:
        client = self._http_client()
        try:
            request = client.build_request(**_httpx_request_args(kwargs))
            with deadline(kwargs["deadline"]):
                response = await client.send(request, stream=True)
                try:
                    return await read_async(response, self.max_response_bytes)
                finally:
                    await response.aclose()
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc

    def _http_client(self) -> httpx.AsyncClient:
        if self._http is None:
            settings = self._httpx_settings
            if settings["transport"] is None:
                limits = httpx.Limits(
                    max_connections=self.max_concurrency,
                    max_keepalive_connections=self.max_concurrency,
                )
                settings = {**settings, "transport": async_transport(limits)}
            self._http = httpx.AsyncClient(**settings)
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


async def _uncancelled(work: Coroutine[Any, Any, Answer], done: Callable[[], None]) -> Answer:
    """Run ``work`` to its end even if the caller is cancelled, then call ``done``.

    Cancelling httpx in the middle of a request can wedge its connection pool
    (encode/httpcore#830); the request instead finishes (within its deadline) in the
    background, and its slot is freed only then.
    """
    task = asyncio.ensure_future(work)

    def finished(task: asyncio.Task[Answer]) -> None:
        done()
        if not task.cancelled():
            task.exception()  # retrieved, so that an abandoned failure is not reported

    task.add_done_callback(finished)
    return await asyncio.shield(task)


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
        policy = _per_call_policy(self._client.retry_policy, max_retries, retry_unknown_outcome)

        def attempt() -> tuple[Call, Answer]:
            try:
                answer = self._client._send(call_sid, kwargs)
                return parse_call(answer), answer
            except SignalWireError as error:
                self._client._scrubbed(error)
                raise

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
        policy = _per_call_policy(self._client.retry_policy, max_retries, retry_unknown_outcome)

        async def attempt() -> tuple[Call, Answer]:
            try:
                answer = await self._client._send(call_sid, kwargs)
                return parse_call(answer), answer
            except SignalWireError as error:
                self._client._scrubbed(error)
                raise

        return await run_with_retries_async(policy, call_sid, attempt)
