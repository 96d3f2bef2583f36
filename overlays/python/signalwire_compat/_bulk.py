"""One operation applied to many ids (``client.calls.update_many``): paced, concurrent,
journaled, and never sent twice where sending twice is not the same as once.

``BulkRun`` (threads) and ``AsyncBulkRun`` (tasks) repeat only the I/O shell; what to send,
what an answer means and what is written down is ``_BulkCore``'s.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
import time
from array import array
from collections import Counter
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypedDict, TypeVar, cast

from ._errors import (
    APIStatusError,
    InvalidParameterError,
    OutcomeUnknownError,
    RateLimitError,
    SignalWireError,
)
from ._generated import model
from ._operation import ACCOUNT_SID, Operation, RequestOptions
from ._pacer import Pacer
from ._retry import retry_after_seconds

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

    from ._client import AsyncSignalWire, SignalWire
    from ._journal import Journal
    from ._prepare import Prepared
    from ._response import APIResponse

T = TypeVar("T")
Outcome = Literal["applied", "failed", "unknown", "skipped"]
DEFAULT_CONCURRENCY = 32
BOM = "\ufeff"
MAX_THROTTLED = 50
"""429 answers one id may get before it is reported failed."""


class BulkOptions(TypedDict, total=False):
    """How a bulk run goes: ``update_many(ids, ..., bulk=BulkOptions(...))``."""

    rate: float | None
    """Requests per second at most; ``None`` finds the service's limit from its 429s."""
    concurrency: int
    """Requests in flight at most (default 32)."""
    journal: str | os.PathLike[str] | None
    """A JSON Lines file recording each id's outcome; a rerun with it resumes."""
    retry_unknown: bool
    """Resend ids whose outcome the journal leaves unknown (always, for idempotent methods)."""


class BulkResult(NamedTuple, Generic[T]):
    """One id's outcome. ``applied``: the service answered 2xx (``result`` holds the parsed
    body). ``failed``: it was not applied (``error`` says why). ``unknown``: it may have been
    applied; it was not resent. ``skipped``: the journal records it as applied already."""

    id: str
    outcome: Outcome
    result: T | None = None
    error: SignalWireError | None = None
    attempts: int = 0


class BulkSummary:
    """Counts so far (live during a run): what the command prints at the end.

    ``throttled``: requests answered 429 (each was resent). ``failures``: failed ids by
    error, SignalWire's code or the error's class. ``started``: ``time.monotonic()`` then.
    """

    def __init__(self) -> None:
        self.applied = self.failed = self.unknown = self.skipped = 0
        self.requests = self.throttled = 0
        self.failures: Counter[str] = Counter()
        self.interrupted = False
        self.started = time.monotonic()

    def __repr__(self) -> str:
        return (
            f"BulkSummary(applied={self.applied}, failed={self.failed}, "
            f"unknown={self.unknown}, skipped={self.skipped}, requests={self.requests}, "
            f"throttled={self.throttled}, interrupted={self.interrupted})"
        )

    @property
    def done(self) -> int:
        return self.applied + self.failed + self.unknown + self.skipped

    def count(self, result: BulkResult[Any]) -> None:
        if result.outcome == "applied":
            self.applied += 1
        elif result.outcome == "failed":
            self.failed += 1
            self.failures[_error_key(result.error)] += 1
        elif result.outcome == "unknown":
            self.unknown += 1
        else:
            self.skipped += 1


def _outcome(error: SignalWireError) -> Outcome:
    return "unknown" if isinstance(error, OutcomeUnknownError) else "failed"


def _error_key(error: SignalWireError | None) -> str:
    code = getattr(error, "code", None)
    return str(code) if code is not None else type(error).__name__


class _Seen:
    """The ids of this run, so an id listed twice is sent once: 64-bit digests in an
    open-addressing table, about 16 bytes an id (a set of strings takes six times that).
    Two ids share a digest with odds below one in ten million for a million ids."""

    def __init__(self) -> None:
        self._slots = array("Q", bytes(8 * 1024))  # 0 marks a free slot
        self._count = 0

    def add(self, ident: str) -> bool:
        """``False`` if ``ident`` was added before."""
        import hashlib

        data = ident.encode("utf-8", "surrogatepass")  # a lone surrogate is refused later
        digest = int.from_bytes(hashlib.blake2b(data, digest_size=8).digest()) or 1
        if 2 * (self._count + 1) > len(self._slots):
            self._grow()
        slots = self._slots
        mask = len(slots) - 1
        index = digest & mask
        while (held := slots[index]) != 0:
            if held == digest:
                return False
            index = (index + 1) & mask
        slots[index] = digest
        self._count += 1
        return True

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(16 * len(old)))
        mask = len(self._slots) - 1
        for digest in old:
            if digest:
                index = digest & mask
                while self._slots[index]:
                    index = (index + 1) & mask
                self._slots[index] = digest


class _Retry(NamedTuple):
    wait: float


class _Pause(NamedTuple):
    """Wait ``seconds`` (the reply: whether the run was stopped meanwhile)."""

    seconds: float


class _Send(NamedTuple):
    """Send ``prepared`` once (the reply: its ``APIResponse``, or the ``SignalWireError``)."""

    prepared: Prepared


Steps = Generator["_Pause | _Send", object, "BulkResult[Any] | None"]


class _BulkCore:
    """What both shells share: plan, pace, judge each answer, journal, count."""

    def __init__(
        self,
        operation: Operation,
        prepare: Callable[[str], Prepared],
        probe: Prepared,
        bulk: BulkOptions,
        scope: tuple[str, ...] = (),
    ) -> None:
        self.operation = operation
        self._prepare_one = prepare
        rate = bulk.get("rate")
        concurrency = bulk.get("concurrency", DEFAULT_CONCURRENCY)
        if rate is not None and not (isinstance(rate, int | float) and 0 < rate < math.inf):
            raise InvalidParameterError("rate", "must be a positive number of requests a second")
        whole = isinstance(concurrency, int) and not isinstance(concurrency, bool)
        if not whole or not 1 <= concurrency <= 10_000:
            raise InvalidParameterError("concurrency", "must be a whole number from 1 to 10000")
        self.concurrency = concurrency
        self.retry_unknown = bool(bulk.get("retry_unknown", False))
        self.pacer = Pacer(rate)
        self.summary = BulkSummary()
        self.policy = probe.policy
        path = bulk.get("journal")
        self.journal: Journal | None = None
        if path is not None:
            from ._journal import Journal, request_digest

            digest = request_digest(operation.name, probe.content, scope)
            self.journal = Journal(path, operation.name, digest)
        self._seen = _Seen()
        self._lock = threading.Lock()
        self._begun = False
        self.stopping = threading.Event()

    def begin(self) -> None:
        """Load now what the first answer would load (the result's model), so the run's
        pace does not start with a stall; then start the clock."""
        if self._begun:
            raise RuntimeError("a bulk run runs once: call update_many again for another")
        self._begun = True
        if self.operation.result is not None:
            model(self.operation.result)
        self.summary.started = time.monotonic()

    def plan(self, ids: Iterable[str]) -> Iterator[str | BulkResult[Any]]:
        """Each id to send, or its result without sending (skipped, or unknown before)."""
        for raw in ids:
            step = self.judge(raw)
            if step is not None:
                yield step

    async def plan_async(
        self, ids: Iterable[str] | AsyncIterable[str]
    ) -> AsyncIterator[str | BulkResult[Any]]:
        """``plan`` of ids that may come from an async source (a List's pages)."""
        if isinstance(ids, AsyncIterable):
            async for raw in ids:
                step = self.judge(raw)
                if step is not None:
                    yield step
        else:
            for step in self.plan(ids):
                yield step

    def judge(self, raw: str) -> str | BulkResult[Any] | None:
        """``raw`` to send; or its result without sending; or ``None``: blank, or seen."""
        if not isinstance(raw, str):
            problem = f"must be a string, not {type(raw).__name__}"
            return BulkResult(repr(raw)[:80], "failed", error=InvalidParameterError("id", problem))
        ident = raw.strip()
        while ident.startswith(BOM) or ident.endswith(BOM):  # as JavaScript's trim() does
            ident = ident.strip(BOM).strip()
        if not ident or not self._seen.add(ident):
            return None
        before = self.journal.prior.get(ident) if self.journal is not None else None
        if before == "applied":
            return BulkResult(ident, "skipped")
        if before == "unknown" and not (self.retry_unknown or self.operation.idempotent):
            error = OutcomeUnknownError(
                "outcome unknown in an earlier run (see the journal); not resent "
                "without retry_unknown"
            )
            return BulkResult(ident, "unknown", error=error)
        return ident

    def steps(self, ident: str) -> Steps:
        """What to do for ``ident``, free of I/O: the shells carry out each pause and send
        and reply with what came of it; the return value is the result (``None``: stopped
        before sending)."""
        try:
            prepared: Prepared = self._prepare_one(ident)
        except InvalidParameterError as error:  # a malformed id: nothing sent
            return BulkResult(ident, "failed", error=error)
        attempts = throttled = 0
        last: SignalWireError | None = None
        while True:
            if (yield _Pause(self.pacer.reserve())):  # stopped: not sent (again)
                return None if last is None else self.result(ident, last, attempts)
            self.sending(ident)
            attempts += 1
            reply = yield _Send(prepared)
            if not isinstance(reply, SignalWireError):
                return self.answered(ident, cast("APIResponse[Any]", reply), attempts)
            last = reply
            self.record(ident, reply)
            decision = self.failed(ident, reply, attempts, throttled)
            if isinstance(decision, BulkResult):
                return decision
            throttled += isinstance(reply, RateLimitError)
            if decision.wait and (yield _Pause(decision.wait)):
                return self.result(ident, reply, attempts)

    def sending(self, ident: str) -> None:
        if self.journal is not None:  # if it cannot be written, the request is not sent
            self.journal.record(ident, "sending")
        with self._lock:
            self.summary.requests += 1

    def answered(self, ident: str, response: APIResponse[Any], attempts: int) -> BulkResult[Any]:
        self.pacer.succeeded()
        if self.journal is not None:
            self.journal.record(ident, "applied", status=response.status_code)
        return BulkResult(ident, "applied", result=response.parsed, attempts=attempts)

    def failed(
        self, ident: str, error: SignalWireError, attempts: int, throttled: int
    ) -> BulkResult[Any] | _Retry:
        """What ``error`` means for ``ident``: a wait before resending it, or its result."""
        if isinstance(error, RateLimitError):
            with self._lock:
                self.summary.throttled += 1
            self.pacer.throttled(retry_after_seconds(error))
            if throttled < MAX_THROTTLED and not self.stopping.is_set():
                return _Retry(0.0)
        else:
            if isinstance(error, APIStatusError):  # an answer: the pace was accepted
                self.pacer.succeeded()
            reason = self.policy.reason_to_retry(error, self.operation.idempotent)
            if reason and attempts <= self.policy.max_retries and not self.stopping.is_set():
                return _Retry(self.policy.wait(error, attempts))
        return self.result(ident, error, attempts)

    def record(self, ident: str, error: SignalWireError) -> None:
        """Journal what came of one request: ``failed`` (not applied: a resume sends it, as
        this run may) or ``unknown``, before anything is resent."""
        if self.journal is not None:
            details: dict[str, object] = {"error": f"{type(error).__name__}: {error}"[:300]}
            status = getattr(error, "status_code", None)
            if status is not None:
                details.update(status=status, code=getattr(error, "code", None))
            self.journal.record(ident, _outcome(error), **details)

    def result(self, ident: str, error: SignalWireError, attempts: int) -> BulkResult[Any]:
        """``ident`` will not be resent: failed, or unknown if it may have been applied (as
        its last journal line says)."""
        return BulkResult(ident, _outcome(error), error=error, attempts=attempts)

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()


class BulkRun(Generic[T]):
    """Iterate to run: one ``BulkResult`` per id, as each completes. ``summary`` counts them;
    ``stop()`` (or Ctrl-C while iterating) sends nothing more, waits for the requests in
    flight, and closes the journal."""

    def __init__(self, client: SignalWire, core: _BulkCore, ids: Iterable[str]) -> None:
        self._client = client
        self._core = core
        self._ids = ids
        self.summary = core.summary

    def stop(self) -> None:
        """Send nothing more; the iteration ends once the requests in flight are answered."""
        self._core.stopping.set()
        self.summary.interrupted = True

    def _one(self, ident: str) -> BulkResult[T] | None:
        """Carry out ``ident``'s steps: pauses as waits, sends through the client."""
        steps = self._core.steps(ident)
        reply: object = None
        try:
            while True:
                step = steps.send(reply)
                if isinstance(step, _Pause):
                    reply = self._core.stopping.wait(step.seconds)
                    continue
                try:
                    reply = self._client._call(step.prepared)
                except SignalWireError as error:
                    reply = error
        except StopIteration as done:
            result: BulkResult[T] | None = done.value
            return result

    def __iter__(self) -> Iterator[BulkResult[T]]:
        from concurrent.futures import ThreadPoolExecutor

        core = self._core
        core.begin()
        self._client._transport()  # one pool, before the threads start
        plan = core.plan(self._ids)
        pending: set[Future[BulkResult[T] | None]] = set()
        pool = ThreadPoolExecutor(core.concurrency, thread_name_prefix="signalwire-bulk")
        try:
            try:
                for step in plan:
                    if isinstance(step, BulkResult):
                        core.summary.count(step)
                        yield step
                        continue
                    while len(pending) >= core.concurrency:
                        yield from self._collect(pending)
                    if core.stopping.is_set():
                        break
                    pending.add(pool.submit(self._one, step))
                while pending:
                    yield from self._collect(pending)
            except KeyboardInterrupt:
                self.stop()
                while pending:
                    yield from self._collect(pending)
                raise
        finally:
            if pending:  # the caller stopped iterating: finish what is in flight
                self.stop()
            pool.shutdown(wait=True)
            core.close()

    def _collect(self, pending: set[Future[BulkResult[T] | None]]) -> Iterator[BulkResult[T]]:
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            pending.discard(future)
            result = future.result()
            if result is not None:
                self._core.summary.count(result)
                yield result


class AsyncBulkRun(Generic[T]):
    """The async twin of ``BulkRun``: ``async for result in client.calls.update_many(...)``."""

    def __init__(
        self, client: AsyncSignalWire, core: _BulkCore, ids: Iterable[str] | AsyncIterable[str]
    ) -> None:
        self._client = client
        self._core = core
        self._ids = ids
        self.summary = core.summary
        import asyncio  # with the first async run, as the async client loads it

        self._asyncio = asyncio
        self._stopped = asyncio.Event()

    def stop(self) -> None:
        """Send nothing more; the iteration ends once the requests in flight are answered."""
        self._core.stopping.set()
        self._stopped.set()
        self.summary.interrupted = True

    async def _pause(self, seconds: float) -> bool:
        """Sleep ``seconds``; ``True`` if the run was stopped meanwhile."""
        if seconds > 0:
            with contextlib.suppress(TimeoutError):
                await self._asyncio.wait_for(self._stopped.wait(), seconds)
        return self._core.stopping.is_set()

    async def _one(self, ident: str) -> BulkResult[T] | None:
        """Carry out ``ident``'s steps: pauses as sleeps, sends through the client."""
        steps = self._core.steps(ident)
        reply: object = None
        try:
            while True:
                step = steps.send(reply)
                if isinstance(step, _Pause):
                    reply = await self._pause(step.seconds)
                    continue
                try:
                    reply = await self._client._call(step.prepared)
                except SignalWireError as error:
                    reply = error
        except StopIteration as done:
            result: BulkResult[T] | None = done.value
            return result

    async def __aiter__(self) -> AsyncIterator[BulkResult[T]]:
        aio = self._asyncio
        core = self._core
        core.begin()
        pending: set[asyncio.Task[BulkResult[T] | None]] = set()
        plan = core.plan_async(self._ids)
        try:
            async for step in plan:
                if isinstance(step, BulkResult):
                    core.summary.count(step)
                    yield step
                    continue
                while len(pending) >= core.concurrency:
                    async for result in self._collect(pending):
                        yield result
                if core.stopping.is_set():
                    break
                pending.add(aio.ensure_future(self._one(step)))
            while pending:
                async for result in self._collect(pending):
                    yield result
        finally:
            if pending:  # cancelled, or the caller stopped iterating: finish what is in flight
                self.stop()
                await aio.shield(aio.gather(*pending, return_exceptions=True))
            core.close()

    async def _collect(
        self, pending: set[asyncio.Task[BulkResult[T] | None]]
    ) -> AsyncIterator[BulkResult[T]]:
        aio = self._asyncio
        done, _ = await aio.wait(pending, return_when=aio.FIRST_COMPLETED)
        for task in done:
            pending.discard(task)
            result = task.result()
            if result is not None:
                self._core.summary.count(result)
                yield result


def bulk_core(
    client: SignalWire | AsyncSignalWire,
    operation: Operation,
    parents: Sequence[str | None],
    params: Mapping[str, Any],
    options: RequestOptions | None,
    bulk: BulkOptions | None,
) -> _BulkCore:
    """Check the arguments of a bulk run (raising before anything is sent) and set it up.

    Each request is sent once (``max_retries=0``); the run resends under the policy the
    call would have had, so that every 429 also slows the pace."""
    prefix = tuple(parents)  # the account (if in the path) and the parent ids: fixed
    probe = client._prepare(operation, (*prefix, "-"), params, options)
    fields = operation.path_params[: len(prefix)]
    scope = tuple(str(v) for v, f in zip(prefix, fields, strict=True) if f.wire != ACCOUNT_SID)
    single: RequestOptions = {**(options or {}), "max_retries": 0}

    def prepare(ident: str) -> Prepared:
        return client._prepare(operation, (*prefix, ident), params, single)

    return _BulkCore(operation, prepare, probe, bulk or {}, scope)
