"""The pace of a bulk run: evenly spaced sends, slowed down by 429s and sped up again.

Additive increase, multiplicative decrease, like TCP's congestion control: a 429 cuts the
rate by a fifth (once per ``Retry-After`` window, however many requests were answered 429
in it) and pauses every send until the ``Retry-After`` has passed; each success then adds
back 5 % of the rate per second, up to the ceiling. With no ceiling, the run starts as fast
as its concurrency allows and the first 429 sets the rate from what was being sent.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

DECREASE = 0.8
INCREASE_PER_SECOND = 0.05
MIN_RATE = 1.0


class Pacer:
    """When the next request may be sent. Thread-safe; never sleeps itself."""

    def __init__(self, rate: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.ceiling = rate
        self.rate = rate
        self._clock = clock
        self._next = 0.0
        self._paused_until = 0.0
        self._calm_after = 0.0  # 429s before this time belong to the last decrease
        self._recent: deque[float] = deque()  # send times in the last second
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Claim the next send slot; returns the seconds to wait before sending."""
        with self._lock:
            now = self._clock()
            at = max(now, self._next, self._paused_until)
            if self.rate is not None:
                self._next = at + 1.0 / self.rate
            recent = self._recent
            recent.append(at)
            while recent and recent[0] < at - 1.0:
                recent.popleft()
            return at - now

    def throttled(self, retry_after: float | None) -> None:
        """A request was answered 429: slow down, and pause for ``retry_after``."""
        with self._lock:
            now = self._clock()
            pause = retry_after if retry_after is not None else 1.0
            self._paused_until = max(self._paused_until, now + pause)
            if now < self._calm_after:
                return
            sending = float(len(self._recent)) or MIN_RATE
            current = self.rate if self.rate is not None else sending
            self.rate = max(MIN_RATE, min(current, sending) * DECREASE)
            self._calm_after = now + pause + 1.0

    def succeeded(self) -> None:
        """A request was answered: let the rate grow back towards the ceiling."""
        with self._lock:
            if self.rate is None:
                return
            grown = self.rate + INCREASE_PER_SECOND
            self.rate = grown if self.ceiling is None else min(self.ceiling, grown)
