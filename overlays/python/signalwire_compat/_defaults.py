"""The clients' defaults, the types of their options, and the checks of the retry settings."""

from __future__ import annotations

import sys
from typing import Literal, TypedDict

import httpx

from ._errors import ConfigurationError
from ._proxy import Verify
from ._retry import RetryPolicy
from ._settings import MAX_RETRIES, Fail, check_count, check_flag, check_wait
from ._version import __version__

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

Timeout = float | httpx.Timeout

Backend = Literal["auto", "aiohttp", "httpx"]


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


class AsyncClientOptions(ClientOptions, total=False):
    """``ClientOptions`` and the settings only ``AsyncSignalWire`` has."""

    max_concurrency: int
    backend: Backend


def config_error(field: str, problem: str) -> ConfigurationError:
    """The error for a client setting that cannot be used."""
    return ConfigurationError(f"{field} {problem}")


def check_policy(policy: object) -> RetryPolicy:
    """``policy``, if it is a ``RetryPolicy`` whose every setting is usable."""
    if not isinstance(policy, RetryPolicy):
        raise ConfigurationError("retry_policy must be a RetryPolicy")
    check_count(
        policy.max_retries, "retry_policy.max_retries", config_error, low=0, high=MAX_RETRIES
    )
    for name in ("initial_wait", "max_wait", "max_retry_after"):
        check_wait(getattr(policy, name), f"retry_policy.{name}", config_error)
    check_flag(policy.retry_unknown_outcome, "retry_policy.retry_unknown_outcome", config_error)
    return policy


def overridden(
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
