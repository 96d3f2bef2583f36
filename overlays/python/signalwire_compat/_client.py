"""``SignalWire`` and ``AsyncSignalWire``: their settings and transports, and the sync and async
send paths of every operation the generated resources (``client.calls`` ...) describe."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from signalwire_compat_client.resources import AsyncResources, Resources

from ._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from ._config import SecretHeaders, resolve_base_url, resolve_credentials
from ._defaults import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncClientOptions,
    Backend,
    ClientOptions,
    Timeout,
    check_policy,
    config_error,
    overridden,
)
from ._errors import (
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    SignalWireError,
    scrub,
)
from ._httpx_sender import HttpxRequests, send_async, send_sync
from ._logging import log_from_env, logger
from ._operation import Operation, RequestOptions
from ._paging import PageTrail, next_page
from ._prepare import Prepared, prepare
from ._proxy import Proxy, Verify, resolve_proxy, ssl_context
from ._request import Answer
from ._response import APIResponse
from ._retry import RetryPolicy, run_with_retries, run_with_retries_async
from ._settings import check_count, check_timeout, total_seconds
from ._status import parse_result

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Coroutine

    from ._aiohttp_sender import AiohttpSender
    from ._body import Sink
    from ._download import Content, Download, PathArgument

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AsyncClientOptions",
    "AsyncSignalWire",
    "Backend",
    "ClientOptions",
    "SignalWire",
]

log_from_env()

_told_about_aiohttp = False


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

    _closer = "close"

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
        proxy: str | None,
        trust_env: bool,
        verify: Verify,
    ) -> None:
        log_from_env()
        credentials = resolve_credentials(project_id, api_token)
        self._secrets = credentials.secrets()
        fail = config_error
        self.retry_policy = overridden(
            check_policy(retry_policy), max_retries, retry_unknown_outcome, fail
        )
        self.base_url = resolve_base_url(space_url, base_url)
        if transport is not None and (
            proxy is not None or trust_env is not False or verify is not True
        ):
            raise ConfigurationError(
                "proxy=, trust_env= and verify= do not apply to a transport= of your own; "
                "set them on that transport"
            )
        self.proxy: Proxy | None = resolve_proxy(proxy, trust_env, self.base_url)
        """The proxy requests go through, if any (its ``repr`` hides its credentials)."""
        self._ssl = ssl_context(verify)
        if self.proxy is not None:
            self._secrets += self.proxy.secrets
            logger.debug("%s goes through the proxy %s", self.base_url, self.proxy.shown)
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
        self._requests = HttpxRequests(self._headers, self.timeout)
        self._deadline = total_seconds(self.timeout)
        self._closed = False

    def _check_open(self) -> None:
        """``ClientClosedError`` once the client is closed: nothing is sent, no pool reopened."""
        if self._closed:
            raise ClientClosedError(
                f"{type(self).__name__} is closed ({self._closer}() was called); nothing was sent: "
                "make a new client"
            )

    def _prepare(
        self,
        operation: Operation,
        path: Sequence[str | None],
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> Prepared:
        """Check everything the caller gave and build the request; nothing is sent yet."""
        return prepare(
            operation,
            path,
            params,
            options,
            self.base_url,
            self.account_sid,
            self._deadline,
            self.retry_policy,
        )

    def _download_job(
        self,
        uri: str | None,
        to: PathArgument | None,
        timeout: Timeout | None,
        max_bytes: int | None,
        max_retries: int | None,
    ) -> Download:
        """A download checked (and its temporary file made); nothing is sent yet."""
        self._check_open()
        from ._download import Download

        return Download(
            uri,
            to=to,
            timeout=timeout,
            max_bytes=max_bytes,
            max_retries=max_retries,
            base_url=self.base_url,
            deadline=self._deadline,
            policy=self.retry_policy,
            limit=self.max_response_bytes,
        )

    def _next_page(
        self, prepared: Prepared, response: APIResponse[Any], trail: PageTrail
    ) -> Prepared | None:
        """The request for the page after ``response``'s, or ``None`` on the last page."""
        try:
            return next_page(prepared, response, trail, self.base_url)
        except APIResponseValidationError as error:
            raise self._scrubbed(error) from None

    def _scrubbed(self, error: SignalWireError) -> SignalWireError:
        return scrub(error, self._secrets)

    def __repr__(self) -> str:
        proxy = f", proxy={self.proxy.shown!r}" if self.proxy is not None else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}{proxy}, credentials=***)"

    @property
    def _proxy_url(self) -> str | None:
        return self.proxy.url if self.proxy is not None else None


def _log(prepared: Prepared, answer: Answer) -> None:
    logger.debug("%s: HTTP %d", prepared.label, answer.status_code)


class SignalWire(_BaseClient, Resources):
    """Synchronous client. Arguments left out are read from the environment.

    ``space_url`` is ``example``, ``example.signalwire.com`` or ``https://example.signalwire.com``;
    ``base_url`` replaces it with a full API base URL (plain http only to a loopback host).
    ``proxy`` is an ``http://`` or ``https://`` proxy URL (credentials in it are never shown);
    ``trust_env=True`` takes the proxy from ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` and
    ``NO_PROXY`` instead; ``verify`` is a CA bundle's path or an ``ssl.SSLContext``.
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
        proxy: str | None = None,
        trust_env: bool = False,
        verify: Verify = True,
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
            proxy=proxy,
            trust_env=trust_env,
            verify=verify,
        )
        self._pool: httpx.BaseTransport | None = transport
        self._pool_lock = threading.Lock()  # one pool, however many threads send first

    def _transport(self) -> httpx.BaseTransport:
        """The httpx transport (the connection pool), made on first use."""
        self._check_open()
        if self._pool is None:
            with self._pool_lock:
                self._check_open()
                if self._pool is None:
                    from ._deadline import sync_transport  # with httpcore: on first use

                    self._pool = sync_transport(httpx.Limits(), self._proxy_url, self._ssl)
        return self._pool

    def _request(
        self,
        operation: Operation,
        path: Sequence[str | None],
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> APIResponse[Any]:
        return self._call(self._prepare(operation, path, params, options))

    def _call(self, prepared: Prepared) -> APIResponse[Any]:
        """Send ``prepared``, retried under its policy; the parsed result or a typed error."""
        self._check_open()
        attempt = partial(self._attempt, prepared)
        return run_with_retries(prepared.policy, prepared.label, attempt, prepared.operation)

    def _attempt(self, prepared: Prepared) -> APIResponse[Any]:
        try:
            answer = self._send(prepared)
            return APIResponse(parse_result(prepared.operation, answer, self._secrets), answer)
        except SignalWireError as error:
            self._scrubbed(error)
            raise

    def _send(
        self, prepared: Prepared, limit: int | None = None, sink: Sink | None = None
    ) -> Answer:
        transport = self._transport()
        request = self._requests.build(prepared)
        limit = self.max_response_bytes if limit is None else limit
        answer = send_sync(transport, request, prepared.deadline, limit, sink)
        _log(prepared, answer)
        return answer

    def download(
        self,
        uri: str | None,
        *,
        to: PathArgument | None = None,
        timeout: Timeout | None = None,
        max_bytes: int | None = None,
        max_retries: int | None = None,
    ) -> Content:
        """Download the content at ``uri``: a record's ``uri`` (a recording's is its audio, a
        message media's its file) or any path or URL of this client's own origin.

        A path ending in ``.json`` is downloaded without that suffix: the content the record
        describes (change the suffix for another form, e.g. ``.mp3`` for a recording). The
        body is read up to ``max_bytes`` (by default the client's ``max_response_bytes``),
        within ``timeout``, retried as ``fetch`` is. With ``to`` (a path), it is streamed to a
        temporary file beside it, which replaces ``to`` only once complete: on any failure
        ``to`` is left as it was. Redirects to another origin are followed without the
        credentials. Returns a ``Content`` (``data`` is empty when written to a file). A
        ``uri`` of ``None`` (a record without one) is an ``InvalidParameterError``.
        """
        job = self._download_job(uri, to, timeout, max_bytes, max_retries)
        try:

            def attempt() -> Content:
                try:
                    prepared: Prepared | None = job.restart()
                    while prepared is not None:
                        answer = self._send(prepared, job.limit, job.sink)
                        prepared = job.follow(prepared, answer)
                    return job.content(answer, self._secrets)
                except SignalWireError as error:
                    self._scrubbed(error)
                    raise

            first = job.first
            content = run_with_retries(first.policy, first.label, attempt, first.operation)
            return job.finish(content)
        finally:
            job.discard()

    def close(self) -> None:
        """Close the connection pool; every later call raises ``ClientClosedError``."""
        with self._pool_lock:
            self._closed = True
        if self._pool is not None:
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncSignalWire(_BaseClient, AsyncResources):
    """Asynchronous client; the same arguments and calls as ``SignalWire``."""

    _closer = "aclose"

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
        proxy: str | None = None,
        trust_env: bool = False,
        verify: Verify = True,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        backend: Backend = "auto",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        check_count(max_concurrency, "max_concurrency", config_error, low=1, high=100_000)
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
            proxy=proxy,
            trust_env=trust_env,
            verify=verify,
        )
        self.max_concurrency = max_concurrency
        import asyncio  # here, not at import: ``import signalwire_compat`` stays cheap

        self._slots: asyncio.Semaphore = asyncio.Semaphore(max_concurrency)
        self._pool: httpx.AsyncBaseTransport | None = transport
        self._aiohttp: AiohttpSender | None = None
        if self.backend == "aiohttp":
            from ._aiohttp_sender import AiohttpSender

            self._aiohttp = AiohttpSender(
                self._headers,
                self.timeout,
                max_concurrency,
                max_response_bytes,
                proxy=self._proxy_url,
                ssl_context=self._ssl,
            )

    def _request(
        self,
        operation: Operation,
        path: Sequence[str | None],
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> Coroutine[Any, Any, APIResponse[Any]]:
        return self._call(self._prepare(operation, path, params, options))

    async def _call(self, prepared: Prepared) -> APIResponse[Any]:
        """Send ``prepared``, retried under its policy; the parsed result or a typed error."""
        self._check_open()
        attempt = partial(self._attempt, prepared)
        return await run_with_retries_async(
            prepared.policy, prepared.label, attempt, prepared.operation
        )

    async def _attempt(self, prepared: Prepared) -> APIResponse[Any]:
        try:
            answer = await self._send(prepared)
            return APIResponse(parse_result(prepared.operation, answer, self._secrets), answer)
        except SignalWireError as error:
            self._scrubbed(error)
            raise

    async def download(
        self,
        uri: str | None,
        *,
        to: PathArgument | None = None,
        timeout: Timeout | None = None,
        max_bytes: int | None = None,
        max_retries: int | None = None,
    ) -> Content:
        """The async twin of ``SignalWire.download``."""
        job = self._download_job(uri, to, timeout, max_bytes, max_retries)
        try:

            async def attempt() -> Content:
                try:
                    prepared: Prepared | None = job.restart()
                    while prepared is not None:
                        answer = await self._send(prepared, job.limit, job.sink)
                        prepared = job.follow(prepared, answer)
                    return job.content(answer, self._secrets)
                except SignalWireError as error:
                    self._scrubbed(error)
                    raise

            first = job.first
            content = await run_with_retries_async(
                first.policy, first.label, attempt, first.operation
            )
            if job.sink is None:
                return content
            import asyncio

            return await asyncio.to_thread(job.finish, content)  # fsync and rename
        finally:
            job.discard()

    async def _send(
        self, prepared: Prepared, limit: int | None = None, sink: Sink | None = None
    ) -> Answer:
        # Requests wait for a slot here, not in httpx's connection pool, whose queue slows
        # down sharply with many waiters (encode/httpx#3215).
        if self._slots.locked():
            pool = (self.timeout if prepared.timeout is None else prepared.timeout).pool
            await self._wait_for_slot(pool)
        else:  # a free slot: taken at once, with no timer to set up
            await self._slots.acquire()
        if self._aiohttp is not None:
            try:
                self._check_open()  # after the wait: aclose() may have come meanwhile
                answer = await self._aiohttp.send(prepared, limit, sink)
            finally:
                self._slots.release()
        else:
            sending = self._send_httpx(prepared, limit, sink)
            answer = await _uncancelled(sending, self._slots.release)
        _log(prepared, answer)
        return answer

    async def _wait_for_slot(self, pool_wait: float | None) -> None:
        from asyncio import timeout

        try:
            async with timeout(pool_wait):
                await self._slots.acquire()
        except TimeoutError:
            raise APITimeoutError(
                f"connection failed before sending: no free slot within {pool_wait:g} s "
                f"(max_concurrency={self.max_concurrency})"
            ) from None

    async def _send_httpx(
        self, prepared: Prepared, limit: int | None = None, sink: Sink | None = None
    ) -> Answer:
        transport = self._transport()
        request = self._requests.build(prepared)
        limit = self.max_response_bytes if limit is None else limit
        return await send_async(transport, request, prepared.deadline, limit, sink)

    def _transport(self) -> httpx.AsyncBaseTransport:
        """The httpx transport (the connection pool), made on first use."""
        self._check_open()
        if self._pool is None:
            limits = httpx.Limits(
                max_connections=self.max_concurrency,
                max_keepalive_connections=self.max_concurrency,
            )
            from ._deadline import async_transport  # with httpcore: on first use

            self._pool = async_transport(limits, self._proxy_url, self._ssl)
        return self._pool

    async def aclose(self) -> None:
        """Close the connection pool; every later call raises ``ClientClosedError``."""
        self._closed = True
        if self._aiohttp is not None:
            await self._aiohttp.aclose()
        if self._pool is not None:
            await self._pool.aclose()

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
    import asyncio

    task = asyncio.ensure_future(work)

    def finished(task: asyncio.Task[Answer]) -> None:
        done()
        if not task.cancelled():
            task.exception()  # retrieved, so that an abandoned failure is not reported

    task.add_done_callback(finished)
    return await asyncio.shield(task)
