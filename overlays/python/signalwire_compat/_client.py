"""``SignalWire`` and ``AsyncSignalWire``: settings, transports, and one request path for
every operation the generated resources (``client.calls`` ...) describe."""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypedDict

import httpx

from signalwire_compat_client.resources import AsyncResources, Resources

from ._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from ._config import SecretHeaders, resolve_base_url, resolve_credentials
from ._errors import (
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidParameterError,
    SignalWireError,
    scrub,
)
from ._extras import check_extras
from ._logging import log_from_env, logger
from ._operation import OPTION_NAMES, Operation, RequestOptions, build
from ._paging import PageRefused, PageTrail, next_page_url
from ._proxy import Proxy, Verify, resolve_proxy, ssl_context
from ._request import Answer, connection_error, parse_result, read_async, read_sync
from ._response import APIResponse
from ._retry import RetryPolicy, run_with_retries, run_with_retries_async
from ._settings import (
    MAX_RETRIES,
    Fail,
    check_count,
    check_flag,
    check_timeout,
    check_wait,
    total_seconds,
)
from ._version import __version__

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Coroutine

    from ._aiohttp_sender import AiohttpSender

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""10 s to connect; 30 s for each read, each write, a wait for a free connection, and the
whole attempt (its largest phase)."""

DEFAULT_MAX_CONCURRENCY = 50
"""Requests in flight at once per ``AsyncSignalWire``; the rest wait their turn."""

DEFAULT_RETRY_POLICY = RetryPolicy()
"""Two retries, where the request cannot have been applied; see ``RetryPolicy``."""

USER_AGENT = (
    f"signalwire-compat-python/{__version__} "
    f"python/{'.'.join(map(str, sys.version_info[:3]))} httpx/{httpx.__version__}"
)

log_from_env()

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
    proxy: str | None
    trust_env: bool
    verify: Verify


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


def _overridden(
    policy: RetryPolicy,
    max_retries: object,
    retry_unknown_outcome: object,
    fail: Fail,
) -> RetryPolicy:
    """``policy`` with the checked ``max_retries`` and ``retry_unknown_outcome`` given (for
    a client, or a call)."""
    if max_retries is not None:
        check_count(max_retries, "max_retries", fail, low=0, high=MAX_RETRIES)
    if retry_unknown_outcome is not None:
        check_flag(retry_unknown_outcome, "retry_unknown_outcome", fail)
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
        fail = _config_error
        self.retry_policy = _overridden(
            _check_policy(retry_policy), max_retries, retry_unknown_outcome, fail
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
        # httpx never reads the environment (trust_env=False): the proxy was decided above.
        self._httpx_settings: dict[str, Any] = {
            "base_url": self.base_url,
            "headers": self._headers,
            "timeout": self.timeout,
            "trust_env": False,
            "transport": transport,
        }
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
        given: dict[str, Any] = dict(options) if options else {}
        unknown = given.keys() - OPTION_NAMES
        if unknown:
            raise TypeError(f"unexpected option(s): {', '.join(sorted(unknown))}")
        fields = params
        as_arguments = OPTION_NAMES.intersection(params) - operation.field_names
        if as_arguments:
            fields = dict(params)
            for name in as_arguments:
                if name in given:
                    raise TypeError(f"{name} given both as an argument and in options")
                given[name] = fields.pop(name)
        extras = check_extras(
            operation,
            given.get("extra_headers"),
            given.get("extra_query"),
            given.get("extra_body"),
        )
        built = build(operation, path, self.account_sid, fields, extras)
        headers = {"Content-Type": FORM} if built.content is not None else {}
        headers.update(extras.headers)
        kwargs: dict[str, Any] = {
            "method": built.method,
            # Absolute, so that httpx parses the URL once rather than merging it with base_url.
            "url": self.base_url + built.url,
            "headers": headers,
            "content": built.content,
        }
        deadline = self._deadline
        if given.get("timeout") is not None:
            checked = check_timeout(given["timeout"], "timeout", InvalidParameterError)
            kwargs["timeout"] = checked
            deadline = total_seconds(checked)
        policy = self.retry_policy
        if given:
            policy = _overridden(
                policy,
                given.get("max_retries"),
                given.get("retry_unknown_outcome"),
                InvalidParameterError,
            )
        label = f"{operation.name} {built.resource!r}"
        return Prepared(operation, kwargs, deadline, policy, label)

    def _next_page(
        self, prepared: Prepared, response: APIResponse[Any], trail: PageTrail
    ) -> Prepared | None:
        """The request for the page after ``response``'s, or ``None`` on the last page.

        Only a page of this API is followed, and only once: a ``next_page_uri`` elsewhere
        would carry the credentials there, and one already read would never end.
        """
        uri = getattr(response.parsed, "next_page_uri", None)
        if not isinstance(uri, str) or not uri:
            return None
        try:
            url = next_page_url(uri, self.base_url)
            if not trail.add(url):
                raise PageRefused("is a page already read")
        except PageRefused as refused:
            shown = f" {uri[:200]!r}" if refused.quotable else ""  # user info stays out
            error = APIResponseValidationError(
                f"next_page_uri{shown} {refused}; not followed", response=response.http_response
            )
            raise self._scrubbed(error) from None
        return prepared.with_url(url)

    def _scrubbed(self, error: SignalWireError) -> SignalWireError:
        return scrub(error, self._secrets)

    def __repr__(self) -> str:
        proxy = f", proxy={self.proxy.shown!r}" if self.proxy is not None else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}{proxy}, credentials=***)"

    @property
    def _proxy_url(self) -> str | None:
        return self.proxy.url if self.proxy is not None else None


FORM = "application/x-www-form-urlencoded"


class Prepared:
    """A checked request, ready to send (and resend) under its retry policy: the arguments of
    ``httpx.Client.build_request``, the seconds the whole attempt may take, and how logs name
    it (``update_a_call 'CA123'``)."""

    __slots__ = ("deadline", "kwargs", "label", "operation", "policy")

    def __init__(
        self,
        operation: Operation,
        kwargs: dict[str, Any],
        deadline: float,
        policy: RetryPolicy,
        label: str,
    ) -> None:
        self.operation = operation
        self.kwargs = kwargs
        self.deadline = deadline
        self.policy = policy
        self.label = label

    def with_url(self, url: str) -> Prepared:
        """The same request to another URL (the next page)."""
        kwargs = {**self.kwargs, "url": url}
        return Prepared(self.operation, kwargs, self.deadline, self.policy, self.label)


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
        self._http: httpx.Client | None = None
        self._http_lock = threading.Lock()  # one pool, however many threads send first

    def _http_client(self) -> httpx.Client:
        self._check_open()
        if self._http is None:
            with self._http_lock:
                self._check_open()
                if self._http is None:
                    settings = self._httpx_settings
                    if settings["transport"] is None:
                        from ._deadline import sync_transport  # with httpcore: on first use

                        made = sync_transport(httpx.Limits(), self._proxy_url, self._ssl)
                        settings = {**settings, "transport": made}
                    self._http = httpx.Client(**settings)
        return self._http

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

        def attempt() -> APIResponse[Any]:
            try:
                answer = self._send(prepared)
                return APIResponse(parse_result(prepared.operation, answer), answer)
            except SignalWireError as error:
                self._scrubbed(error)
                raise

        return run_with_retries(prepared.policy, prepared.label, attempt, prepared.operation)

    def _send(self, prepared: Prepared) -> Answer:
        client = self._http_client()
        from ._deadline import deadline  # loaded by _http_client

        try:
            request = client.build_request(**prepared.kwargs)
            with deadline(prepared.deadline):
                response = client.send(request, stream=True)
                try:
                    answer = read_sync(response, self.max_response_bytes)
                finally:
                    response.close()
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        _log(prepared, answer)
        return answer

    def close(self) -> None:
        """Close the connection pool; every later call raises ``ClientClosedError``."""
        with self._http_lock:
            self._closed = True
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
            proxy=proxy,
            trust_env=trust_env,
            verify=verify,
        )
        self.max_concurrency = max_concurrency
        import asyncio  # here, not at import: ``import signalwire_compat`` stays cheap

        self._slots: asyncio.Semaphore = asyncio.Semaphore(max_concurrency)
        self._http: httpx.AsyncClient | None = None
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

    async def _request(
        self,
        operation: Operation,
        path: Sequence[str | None],
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> APIResponse[Any]:
        return await self._call(self._prepare(operation, path, params, options))

    async def _call(self, prepared: Prepared) -> APIResponse[Any]:
        """Send ``prepared``, retried under its policy; the parsed result or a typed error."""
        self._check_open()

        async def attempt() -> APIResponse[Any]:
            try:
                answer = await self._send(prepared)
                return APIResponse(parse_result(prepared.operation, answer), answer)
            except SignalWireError as error:
                self._scrubbed(error)
                raise

        return await run_with_retries_async(
            prepared.policy, prepared.label, attempt, prepared.operation
        )

    async def _send(self, prepared: Prepared) -> Answer:
        # Requests wait for a slot here, not in httpx's connection pool, whose queue slows
        # down sharply with many waiters (encode/httpx#3215).
        if self._slots.locked():
            await self._wait_for_slot(prepared.kwargs.get("timeout", self.timeout).pool)
        else:  # a free slot: taken at once, with no timer to set up
            await self._slots.acquire()
        if self._aiohttp is not None:
            try:
                self._check_open()  # after the wait: aclose() may have come meanwhile
                answer = await self._aiohttp.send(prepared.kwargs, prepared.deadline)
            finally:
                self._slots.release()
        else:
            answer = await _uncancelled(self._send_httpx(prepared), self._slots.release)
        _log(prepared, answer)
        return answer

    async def _wait_for_slot(self, pool_wait: float) -> None:
        from asyncio import timeout

        try:
            async with timeout(pool_wait):
                await self._slots.acquire()
        except TimeoutError:
            raise APITimeoutError(
                f"connection failed before sending: no free slot within {pool_wait:g} s "
                f"(max_concurrency={self.max_concurrency})"
            ) from None

    async def _send_httpx(self, prepared: Prepared) -> Answer:
        client = self._http_client()
        from ._deadline import deadline  # loaded by _http_client

        try:
            request = client.build_request(**prepared.kwargs)
            with deadline(prepared.deadline):
                response = await client.send(request, stream=True)
                try:
                    return await read_async(response, self.max_response_bytes)
                finally:
                    await response.aclose()
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc

    def _http_client(self) -> httpx.AsyncClient:
        self._check_open()
        if self._http is None:
            settings = self._httpx_settings
            if settings["transport"] is None:
                limits = httpx.Limits(
                    max_connections=self.max_concurrency,
                    max_keepalive_connections=self.max_concurrency,
                )
                from ._deadline import async_transport  # with httpcore: on first use

                made = async_transport(limits, self._proxy_url, self._ssl)
                settings = {**settings, "transport": made}
            self._http = httpx.AsyncClient(**settings)
        return self._http

    async def aclose(self) -> None:
        """Close the connection pool; every later call raises ``ClientClosedError``."""
        self._closed = True
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
    import asyncio

    task = asyncio.ensure_future(work)

    def finished(task: asyncio.Task[Answer]) -> None:
        done()
        if not task.cancelled():
            task.exception()  # retrieved, so that an abandoned failure is not reported

    task.add_done_callback(finished)
    return await asyncio.shield(task)
