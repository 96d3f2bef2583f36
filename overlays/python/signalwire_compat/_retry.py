"""When and how a request is retried (with tenacity).

By default only failures where the request cannot have been applied are retried: a
connection that failed before sending, 429, and 503 with ``Retry-After``. A failure that may
have been applied (``OutcomeUnknownError``) is retried only for an idempotent method (``GET``,
``DELETE``), or with ``retry_unknown_outcome=True``: updating or creating a call twice is not
the same as doing it once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from ._errors import (
    APIConnectionError,
    APIStatusError,
    OutcomeUnknownError,
    RateLimitError,
    ServiceUnavailableError,
)

if TYPE_CHECKING:  # tenacity loads only when a retry is needed
    import tenacity

    from ._operation import Operation

logger = logging.getLogger("signalwire_compat")
_MAY_RETRY = (APIConnectionError, APIStatusError)
T = TypeVar("T")


def retry_after_seconds(error: BaseException) -> float | None:
    """The ``Retry-After`` of a status error, in seconds (from seconds or an HTTP date)."""
    if not isinstance(error, APIStatusError):
        return None
    value = error.response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class RetryPolicy(NamedTuple):
    """How updates are retried. Waits are in seconds.

    ``max_retries`` retries after the first attempt; waits grow exponentially from
    ``initial_wait`` up to ``max_wait``, with full jitter. A ``Retry-After`` from the service
    is honoured up to ``max_retry_after``.
    """

    max_retries: int = 2
    initial_wait: float = 0.5
    max_wait: float = 8.0
    max_retry_after: float = 30.0
    retry_unknown_outcome: bool = False

    def with_overrides(
        self, max_retries: int | None, retry_unknown_outcome: bool | None
    ) -> RetryPolicy:
        """This policy with the per-call settings that were given."""
        if max_retries is None and retry_unknown_outcome is None:
            return self
        return self._replace(
            max_retries=self.max_retries if max_retries is None else max_retries,
            retry_unknown_outcome=self.retry_unknown_outcome
            if retry_unknown_outcome is None
            else retry_unknown_outcome,
        )

    def reason_to_retry(self, error: BaseException, idempotent: bool = False) -> str | None:
        """Why ``error`` may be retried under this policy, or ``None`` if it may not;
        ``idempotent``: the request's method may be repeated (``GET``, ``DELETE``)."""
        if isinstance(error, OutcomeUnknownError):
            if idempotent:
                return "outcome unknown, idempotent method"
            return "outcome unknown, retry allowed" if self.retry_unknown_outcome else None
        if isinstance(error, APIConnectionError):
            return "connection failed before sending"
        if isinstance(error, RateLimitError):
            return "429 rate limited"
        if isinstance(error, ServiceUnavailableError) and retry_after_seconds(error) is not None:
            return "503 with Retry-After"
        return None

    def wait(self, state: tenacity.RetryCallState) -> float:
        """The wait before the next attempt: ``Retry-After`` if given, else jittered backoff."""
        error = state.outcome.exception() if state.outcome else None
        retry_after = retry_after_seconds(error) if error else None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        import tenacity

        jitter = tenacity.wait_random_exponential(multiplier=self.initial_wait, max=self.max_wait)
        return float(jitter(state))


def _retrying_args(policy: RetryPolicy, label: str, idempotent: bool) -> dict[str, object]:
    import tenacity

    def log_retry(state: tenacity.RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        logger.info(
            "%s: attempt %d failed (%s: %s); retrying in %.2fs",
            label,
            state.attempt_number,
            type(error).__name__,
            policy.reason_to_retry(error, idempotent) if error else "",
            state.upcoming_sleep,
        )

    return {
        "stop": tenacity.stop_after_attempt(policy.max_retries + 1),
        "wait": policy.wait,
        "retry": tenacity.retry_if_exception(
            lambda e: policy.reason_to_retry(e, idempotent) is not None
        ),
        "before_sleep": log_retry,
        "reraise": True,
    }


def _log_final(
    policy: RetryPolicy, label: str, error: Exception, attempts: int, idempotent: bool
) -> None:
    if isinstance(error, OutcomeUnknownError) and policy.reason_to_retry(error, idempotent) is None:
        logger.warning("%s: not resent, outcome unknown (%s)", label, error)
    elif attempts > 1:
        logger.warning("%s: giving up after %d attempts", label, attempts)


def _replaying(error: Exception, again: Callable[[], T]) -> Callable[[], T]:
    """A callable that raises ``error`` once (the attempt already made), then calls ``again``.

    Handing tenacity the first failure this way lets it compute and log the first wait.
    """
    pending = [error]

    def attempt() -> T:
        if pending:
            raise pending.pop()
        return again()

    return attempt


def _replaying_async(
    error: Exception, again: Callable[[], Awaitable[T]]
) -> Callable[[], Awaitable[T]]:
    """The async twin of ``_replaying`` (tenacity awaits only coroutine functions)."""
    pending = [error]

    async def attempt() -> T:
        if pending:
            raise pending.pop()
        return await again()

    return attempt


def run_with_retries(
    policy: RetryPolicy,
    label: str,
    send: Callable[[], T],
    operation: Operation | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``send`` and retry it under ``policy``; ``label`` names it in logs.

    The first attempt runs outside tenacity, so a success costs nothing extra.
    """
    idempotent = operation is not None and operation.idempotent
    try:
        return send()
    except _MAY_RETRY as error:
        first = error
    if policy.max_retries < 1 or policy.reason_to_retry(first, idempotent) is None:
        _log_final(policy, label, first, 1, idempotent)
        raise first
    import tenacity

    args = _retrying_args(policy, label, idempotent)
    retrying = tenacity.Retrying(sleep=sleep, **args)  # type: ignore[arg-type]
    try:
        return retrying(_replaying(first, send))
    except _MAY_RETRY as error:
        attempts = retrying.statistics.get("attempt_number", 1)
        _log_final(policy, label, error, attempts, idempotent)
        raise


async def run_with_retries_async(
    policy: RetryPolicy,
    label: str,
    send: Callable[[], Awaitable[T]],
    operation: Operation | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """The async twin of ``run_with_retries``."""
    idempotent = operation is not None and operation.idempotent
    try:
        return await send()
    except _MAY_RETRY as error:
        first = error
    if policy.max_retries < 1 or policy.reason_to_retry(first, idempotent) is None:
        _log_final(policy, label, first, 1, idempotent)
        raise first
    attempt = _replaying_async(first, send)
    extra = {"sleep": sleep} if sleep is not None else {}
    import tenacity

    args = _retrying_args(policy, label, idempotent)
    retrying = tenacity.AsyncRetrying(**args, **extra)  # type: ignore[arg-type]
    try:
        return await retrying(attempt)
    except _MAY_RETRY as error:
        attempts = retrying.statistics.get("attempt_number", 1)
        _log_final(policy, label, error, attempts, idempotent)
        raise
