"""The sandbox's rate limit: a token bucket, as the service limits a project's requests."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimit:
    """``requests`` per ``per_seconds``: a bucket of ``requests`` tokens, refilled evenly.
    A full bucket lets a burst of ``requests`` through; a steady pace at the limit never
    empties it."""

    def __init__(
        self, requests: int, per_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if not (isinstance(requests, int) and requests >= 1 and 0 < per_seconds < math.inf):
            raise ValueError("rate_limit is (requests >= 1, per_seconds > 0 and finite)")
        self.capacity = float(requests)
        self.refill = requests / per_seconds
        self._tokens = self.capacity
        self._clock = clock
        self._last = clock()
        self._lock = threading.Lock()

    def take(self) -> int | None:
        """``None`` if the request may go on; else the whole seconds to wait (``Retry-After``)."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.refill)
            self._last = now
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return None
            return max(1, math.ceil((1.0 - self._tokens) / self.refill))
