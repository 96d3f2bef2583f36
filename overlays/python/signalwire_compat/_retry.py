"""When and how a request is retried: a plain loop, the same as the TypeScript client's.

By default only failures where the request cannot have been applied are retried: a
connection that failed before sending, 429, and 503 with ``Retry-After``. A failure that may
have been applied (``OutcomeUnknownError``) is retried only for an idempotent method (``GET``,
``DELETE``), or with ``retry_unknown_outcome=True``: updating or creating a call twice is not
the same as doing it once.
"""

from __future__ import annotations

import logging
import random
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

if TYPE_CHECKING:
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
    """How requests are retried. Waits are in seconds.

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

    def wait(self, error: BaseException, retry: int) -> float:
        """Seconds before retry number ``retry`` (from 1): ``Retry-After`` if the service gave
        one (up to ``max_retry_after``), else a full-jitter exponential backoff."""
        retry_after = retry_after_seconds(error)
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling = min(self.max_wait, self.initial_wait * 2 ** (retry - 1))
        return random.uniform(0, ceiling)  # noqa: S311 (jitter, not a secret)


def _give_up(label: str, error: Exception, attempt: int, reason: str | None) -> None:
    if isinstance(error, OutcomeUnknownError) and reason is None:
        logger.warning("%s: not resent, outcome unknown (%s)", label, error)
    elif attempt > 1:
        logger.warning("%s: giving up after %d attempts", label, attempt)


def _next_wait(
    policy: RetryPolicy, label: str, error: Exception, attempt: int, idempotent: bool
) -> float | None:
    """The wait before the next attempt, logged; ``None``: raise ``error``."""
    reason = policy.reason_to_retry(error, idempotent)
    if reason is None or attempt > policy.max_retries:
        _give_up(label, error, attempt, reason)
        return None
    wait = policy.wait(error, attempt)
    logger.info(
        "%s: attempt %d failed (%s: %s); retrying in %.2fs",
        label,
        attempt,
        type(error).__name__,
        reason,
        wait,
    )
    return wait


def run_with_retries(
    policy: RetryPolicy,
    label: str,
    send: Callable[[], T],
    operation: Operation | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``send`` and retry it under ``policy``; ``label`` names it in logs."""
    idempotent = operation is not None and operation.idempotent
    attempt = 1
    while True:
        try:
            return send()
        except _MAY_RETRY as error:
            wait = _next_wait(policy, label, error, attempt, idempotent)
            if wait is None:
                raise
        sleep(wait)
        attempt += 1


async def run_with_retries_async(
    policy: RetryPolicy,
    label: str,
    send: Callable[[], Awaitable[T]],
    operation: Operation | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """The async twin of ``run_with_retries``."""
    idempotent = operation is not None and operation.idempotent
    attempt = 1
    while True:
        try:
            return await send()
        except _MAY_RETRY as error:
            wait = _next_wait(policy, label, error, attempt, idempotent)
            if wait is None:
                raise
        if sleep is not None:
            await sleep(wait)
        else:
            import asyncio

            await asyncio.sleep(wait)
        attempt += 1
