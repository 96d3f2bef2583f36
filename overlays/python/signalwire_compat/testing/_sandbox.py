"""``Sandbox``: the emulator on 127.0.0.1, in a background thread of its own."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import socket
import threading
import uuid
from collections.abc import Mapping, Sequence
from email.utils import format_datetime
from os import PathLike
from types import TracebackType
from typing import Any, Self, Unpack

from aiohttp import web

from .._client import AsyncClientOptions, AsyncSignalWire, ClientOptions, SignalWire
from .._config import ENV_API_TOKEN, ENV_PROJECT_ID
from ._app import RecordedRequest, SandboxState, create_app
from ._call_flows import CallFlows, FetchedDocument
from ._callbacks import DRAIN_TIMEOUT, Callback, CallbackSender
from ._calls import AppliedUpdate
from ._content import content_routes
from ._faults import Fault
from ._limit import RateLimit
from ._resources import Resource, find_resources
from ._services import attach_hooks
from ._spec import API_PREFIX, load_spec
from ._store import Clock, RecordStore, utc_now
from ._validator import SpecValidator

EXAMPLE_PROJECT_ID = "b3877c40-da60-4998-90ad-b792e98472af"
LIVE_CALL_SID = "b3877c40-da60-4998-90ad-b792e98472pa"
"""The in-progress call every sandbox starts with (the sid in the spec example's URIs)."""
STOP_GRACE = 1.0
"""Seconds a request in flight has to finish once ``stop()`` is called; then it is cut off."""
STOP_TIMEOUT = DRAIN_TIMEOUT + 2 * STOP_GRACE + 1.0
"""``stop()`` returns within this many seconds: callbacks under way get ``DRAIN_TIMEOUT``,
connections ``STOP_GRACE`` to finish their request and as long to close, then what is left is
cancelled and the port closed."""


def _new_secret(prefix: str) -> str:
    """A new credential (an API token, a signing key) the sandbox hands out: ``prefix`` and
    random URL-safe characters, so it never starts with ``-`` and reads as one argument."""
    return prefix + secrets.token_urlsafe(24)


class Sandbox:
    """A stateful emulator of the operations of an OpenAPI document (by default the one this
    package is generated from), validating every request, and each success response of its
    own, against it.

    Each operation is classified by its method and path shape below
    ``/Accounts/{AccountSid}``: POST on a collection creates a record, GET lists them (paged,
    filtered on the record's properties); GET on an instance fetches it, POST or PATCH updates
    it, DELETE deletes it. A resource with no create in the spec starts with its example
    record; ``add_record`` adds more. Any other operation gets its example response.

    Calls move through their states as the service's do: a call with a ``StatusCallback``
    (from create or update) gets a signed status callback when it ends, and when it is created
    if its ``StatusCallbackEvent`` asks for ``initiated``, to loopback addresses only; see
    ``callbacks`` and ``signing_key``. A created message is queued, then sent, then delivered,
    with a signed SMS status callback for each step if it has a ``StatusCallback``. A sent fax
    is queued, then processing, sending and delivered, with a signed fax status callback for
    each step, and keeps its document as its one media file; only a queued fax can be
    canceled, and a fax still under way cannot be deleted (409), nor the media of one not yet
    done. A cXML script (LaML bin) is served, as ``text/xml`` and without credentials, at its
    ``request_url`` (``{url}/laml-bins/{sid}``), which counts in its ``num_requests``.

    A call created, or redirected, with a ``Url`` on a loopback address runs it, as on the
    service: the sandbox answers a new call, fetches the cXML (signed, as ``Method`` says),
    validates it and follows what it can decide alone (``<Hangup/>``, ``<Reject>``,
    ``<Redirect>``, ``<Pause>`` scaled by ``pause_scale``); an invalid document ends the call
    as an application error. See ``documents``.

    ``rate_limit=(requests, per_seconds)`` answers requests beyond that pace 429, with
    ``Retry-After`` and SignalWire's error body, as the service does (a token bucket: a burst
    of ``requests``, refilled evenly); by default there is no limit.

    It starts with two calls: the spec's example call (``example_call_sid``, queued) and an
    in-progress one (``live_call_sid``). Use it as a context manager, or ``start``/``stop``
    (``stop`` returns within ``STOP_TIMEOUT`` seconds, with the port closed).
    """

    def __init__(
        self,
        *,
        project_id: str = EXAMPLE_PROJECT_ID,
        api_token: str | None = None,
        port: int = 0,
        clock: Clock = utc_now,
        rate_limit: tuple[int, float] | None = None,
        spec: str | PathLike[str] | None = None,
        pause_scale: float = 0.01,
    ) -> None:
        if not 0 <= pause_scale <= 1:
            raise ValueError(f"pause_scale must be from 0 to 1, not {pause_scale!r}")
        document = load_spec(spec)
        self._callbacks = CallbackSender(_new_secret("PSK_"))
        self._flows = CallFlows(lambda: self._callbacks.signing_key, pause_scale)
        store = RecordStore(find_resources(document), clock)
        self._state = SandboxState(
            project_id=project_id,
            api_token=api_token or _new_secret("PT"),
            store=store,
            validator=SpecValidator(document),
            rate_limit=RateLimit(*rate_limit) if rate_limit is not None else None,
            content=content_routes(store.resources),
        )
        self._calls = attach_hooks(
            store, self._flows, self._callbacks.send, lambda: self.url, project_id, _new_secret
        )
        self._calls_resource = store.resources.get("/Calls")
        store.seed(project_id)
        example = self._calls_resource.example if self._calls_resource else {}
        self.example_call_sid: str = str(example.get("sid", ""))
        self.live_call_sid = LIVE_CALL_SID
        if self._calls_resource is not None:
            store.add(self._calls_resource, {"AccountSid": project_id})
            started = format_datetime(clock())
            self.add_call(
                LIVE_CALL_SID,
                status="in-progress",
                date_created=started,
                date_updated=started,
                start_time=started,
                end_time=None,
                duration=None,
                price=None,
            )
        self._port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # life cycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving on 127.0.0.1 (an ephemeral port unless one was given)."""
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", self._port))
        except BaseException:
            sock.close()
            raise
        port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        ready = threading.Event()

        def run() -> None:
            try:
                with asyncio.Runner() as runner:  # cancels whatever is left when it ends
                    runner.run(self._serve(sock, ready))
            finally:
                sock.close()
                ready.set()

        self._thread = threading.Thread(target=run, name=f"signalwire-sandbox-{port}", daemon=True)
        self._thread.start()
        if not ready.wait(10) or self._loop is None:
            self.stop()
            raise RuntimeError("the sandbox did not start")
        return self

    async def _serve(self, sock: socket.socket, ready: threading.Event) -> None:
        """Serve until ``stop()``, then shut down within ``STOP_TIMEOUT``."""
        stopping = asyncio.Event()
        runner = web.AppRunner(
            create_app(self._state), access_log=None, shutdown_timeout=STOP_GRACE
        )
        await runner.setup()
        try:
            await web.SockSite(runner, sock).start()
            self._stopping, self._loop = stopping, asyncio.get_running_loop()
            ready.set()
            await stopping.wait()
            await self._callbacks.drain()  # within DRAIN_TIMEOUT
        finally:
            # aiohttp waits up to STOP_GRACE for a request in flight (or a body it is still
            # draining), then as long again for the handler it cancels; this bounds the rest.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(2 * STOP_GRACE):
                    await runner.cleanup()

    def stop(self) -> None:
        """Stop serving and close every connection, within ``STOP_TIMEOUT`` seconds."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        self._thread = self._loop = self._stopping = None
        if loop is not None and stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already ended
                loop.call_soon_threadsafe(stopping.set)
        thread.join(STOP_TIMEOUT)
        if thread.is_alive():  # every step above is bounded: a bug, if ever
            raise RuntimeError(f"the sandbox did not stop within {STOP_TIMEOUT:g} s")

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # connection settings ----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API base URL, for ``base_url=``."""
        return f"{self.url}{API_PREFIX}"

    @property
    def project_id(self) -> str:
        return self._state.project_id

    @property
    def api_token(self) -> str:
        return self._state.api_token

    def client(self, **options: Unpack[ClientOptions]) -> SignalWire:
        """A ``SignalWire`` client pointed at this sandbox."""
        return SignalWire(
            project_id=self.project_id, api_token=self.api_token, base_url=self.base_url, **options
        )

    def async_client(self, **options: Unpack[AsyncClientOptions]) -> AsyncSignalWire:
        """An ``AsyncSignalWire`` client pointed at this sandbox."""
        return AsyncSignalWire(
            project_id=self.project_id, api_token=self.api_token, base_url=self.base_url, **options
        )

    @property
    def signing_key(self) -> str:
        """The key the sandbox signs its callbacks with, as SignalWire signs with a project's
        Signing Key: for ``RequestValidator``."""
        return self._callbacks.signing_key

    def env(self) -> dict[str, str]:
        """Environment variables holding this sandbox's credentials, for a subprocess."""
        return {ENV_PROJECT_ID: self.project_id, ENV_API_TOKEN: self.api_token}

    # records ----------------------------------------------------------------------------

    def _resource_ids(
        self, resource: str, parent_ids: Mapping[str, str] | None
    ) -> tuple[Resource, dict[str, str]]:
        found = self._state.store.resources.find(resource)
        ids = {"AccountSid": self.project_id, **(parent_ids or {})}
        missing = [name for name in found.parents if name not in ids]
        if missing:
            raise KeyError(f"{found.name} needs parent ids: {', '.join(missing)}")
        return found, ids

    def add_record(
        self, resource: str, parent_ids: Mapping[str, str] | None = None, /, **fields: object
    ) -> dict[str, Any]:
        """Add a record to ``resource`` (its collection path below ``/Accounts/{AccountSid}``,
        e.g. ``"/Conferences/{ConferenceSid}/Participants"``), under ``parent_ids`` (e.g.
        ``{"ConferenceSid": sid}``; the account is the project): the spec's example record
        with ``fields`` replaced, and a new id unless ``fields`` give one. Returns its JSON;
        ``KeyError`` for a resource the spec does not have, or a parent id not given."""
        found, ids = self._resource_ids(resource, parent_ids)
        fields.setdefault(found.key, str(uuid.uuid4()))
        return self._state.store.add(found, ids, **fields)

    def record(
        self, resource: str, sid: str, parent_ids: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """The current JSON of a record of ``resource`` (named as for ``add_record``);
        ``KeyError`` if there is none."""
        found, ids = self._resource_ids(resource, parent_ids)
        return self._state.store.get(found, ids, sid)

    # calls ------------------------------------------------------------------------------

    def _calls_or_fail(self) -> Resource:
        if self._calls_resource is None:
            raise KeyError("the sandbox's spec has no /Calls resource")
        return self._calls_resource

    def add_call(self, sid: str | None = None, **fields: object) -> dict[str, Any]:
        """Add a call (the spec's example with ``fields`` replaced); returns its JSON."""
        return self._state.store.add(
            self._calls_or_fail(),
            {"AccountSid": self.project_id},
            **{**fields, "sid": sid or f"CA{secrets.token_hex(16)}"},
        )

    def call(self, sid: str) -> dict[str, Any]:
        """The current JSON of a call."""
        return self._state.store.get(self._calls_or_fail(), {"AccountSid": self.project_id}, sid)

    # faults and records -----------------------------------------------------------------

    def inject(self, fault: Fault, times: int = 1) -> None:
        """Let ``fault`` act on the next ``times`` requests (after those already queued)."""
        self._state.faults.add(fault, times)

    def inject_random(self, rate: float, faults: Sequence[Fault], seed: int | None = None) -> None:
        """Let one of ``faults`` act on a random ``rate`` share of the requests from now on."""
        self._state.faults.set_random(rate, faults, seed)

    def clear_faults(self) -> None:
        """Forget every queued or random fault."""
        self._state.faults.clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, in order."""
        return self._state.requests

    @property
    def applied(self) -> list[AppliedUpdate]:
        """Every update applied, in order."""
        return self._calls.applied

    def redirects(self, sid: str) -> list[tuple[str, str]]:
        """The ``(Url, Method)`` pairs a call was redirected to, in order."""
        return list(self._calls.redirects.get(sid, []))

    @property
    def callbacks(self) -> list[Callback]:
        """Every status callback sent (or refused: not to a loopback address), in order."""
        return list(self._callbacks.sent)

    def wait_for_callbacks(self, count: int = 1, timeout: float = 5.0) -> list[Callback]:
        """The callbacks sent, once there are ``count`` (or after ``timeout`` seconds)."""
        return self._callbacks.wait(count, timeout)

    @property
    def documents(self) -> list[FetchedDocument]:
        """Every cXML document the sandbox's calls fetched (or did not: not on a loopback
        address), in order, with the validator's problems and what followed; also served as
        JSON at ``{url}/sandbox/documents``, for tests in other languages."""
        return list(self._flows.documents)

    def wait_for_documents(self, count: int = 1, timeout: float = 5.0) -> list[FetchedDocument]:
        """The documents fetched, once ``count`` of them have been acted on (the call ended,
        redirected, or left in progress; a document in its ``<Pause>`` has not), or after
        ``timeout`` seconds."""
        return self._flows.wait(count, timeout)

    @property
    def response_problems(self) -> list[str]:
        """Responses of the sandbox's own that broke the spec (always empty unless a bug)."""
        return self._state.response_problems

    def __repr__(self) -> str:
        return f"Sandbox(url={self.url!r}, credentials=***)"
