"""Checks of the numeric settings (timeouts, retries, limits), one meaning on every backend."""

from __future__ import annotations

import math
from collections.abc import Callable

import httpx

MAX_SECONDS = 86_400.0
"""The longest timeout or wait accepted: one day."""
MAX_RETRIES = 100

Fail = Callable[[str, str], Exception]  # (field, problem) -> the exception to raise


def check_seconds(value: object, field: str, fail: Fail) -> float:
    """A positive, finite number of seconds, at most ``MAX_SECONDS``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(field, f"must be a number of seconds, not {type(value).__name__}")
    if not math.isfinite(value) or not 0 < value <= MAX_SECONDS:
        raise fail(field, f"must be more than 0 and at most {MAX_SECONDS:.0f} seconds: {value!r}")
    return float(value)


def check_wait(value: object, field: str, fail: Fail) -> float:
    """Like ``check_seconds``, but 0 is allowed (no wait)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value == 0:
        return 0.0
    return check_seconds(value, field, fail)


def check_timeout(value: object, field: str, fail: Fail) -> httpx.Timeout:
    """Seconds for every phase, or an ``httpx.Timeout`` whose four phases are all set."""
    if isinstance(value, httpx.Timeout):
        phases = value.as_dict()
        for phase, seconds in phases.items():
            if seconds is None:
                raise fail(field, f"{phase} timeout must be set (None would wait forever)")
            check_seconds(seconds, f"{field}.{phase}", fail)
        return value
    return httpx.Timeout(check_seconds(value, field, fail))


def total_seconds(timeout: httpx.Timeout) -> float:
    """The whole attempt's deadline: the largest of the connect, read and write timeouts."""
    phases = (timeout.connect, timeout.read, timeout.write)
    return max(seconds for seconds in phases if seconds is not None)


def check_count(value: object, field: str, fail: Fail, *, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail(field, f"must be a whole number, not {type(value).__name__}")
    if not low <= value <= high:
        raise fail(field, f"must be from {low} to {high}: {value!r}")
    return value


def check_flag(value: object, field: str, fail: Fail) -> bool:
    """``True`` or ``False``."""
    if not isinstance(value, bool):
        raise fail(field, f"must be True or False, not {type(value).__name__}")
    return value
