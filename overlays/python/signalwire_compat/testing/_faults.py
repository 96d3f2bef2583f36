"""Faults the sandbox can inject into its next responses."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Literal

FaultKind = Literal["respond", "delay", "drop", "truncate"]


def error_body(status: int, message: str | None = None, code: int | None = None) -> bytes:
    """SignalWire's error body for ``status``."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    code = code if code is not None else 20000 + status
    return json.dumps(
        {
            "code": code,
            "message": message or reason,
            "more_info": f"https://developer.signalwire.com/compatibility-api/errors/{code}",
            "status": status,
        }
    ).encode()


@dataclass(frozen=True)
class Fault:
    """One injected fault. ``apply`` says whether the update is applied before the fault acts.

    Build one with ``Fault.respond``, ``Fault.delay``, ``Fault.drop`` or ``Fault.truncate``.
    """

    kind: FaultKind
    apply: bool
    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @classmethod
    def respond(
        cls,
        status: int,
        body: bytes | str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        retry_after: str | float | None = None,
        apply: bool = False,
    ) -> Fault:
        """Answer with ``status`` and ``body`` (default: SignalWire's error body, or ``{}``)."""
        if body is None:
            body = error_body(status) if status >= 300 else b"{}"
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        if retry_after is not None:
            all_headers["Retry-After"] = str(retry_after)
        data = body.encode() if isinstance(body, str) else body
        return cls("respond", apply, status=status, body=data, headers=all_headers)

    @classmethod
    def delay(cls, seconds: float, *, apply: bool = True) -> Fault:
        """Wait ``seconds`` before answering normally."""
        return cls("delay", apply, seconds=seconds)

    @classmethod
    def drop(cls, *, after_read: bool = False) -> Fault:
        """Close the connection without answering: before reading the body (nothing applied),
        or after reading and applying it."""
        return cls("drop", after_read)

    @classmethod
    def truncate(cls, *, apply: bool = True) -> Fault:
        """Send half of the normal JSON body with the full ``Content-Length``, then close."""
        return cls("truncate", apply)


@dataclass
class _Random:
    rate: float
    faults: Sequence[Fault]
    rng: random.Random


class FaultQueue:
    """Faults in the order they will act; each request takes at most one. Thread-safe."""

    def __init__(self) -> None:
        self._queue: list[Fault] = []
        self._random: _Random | None = None
        self._lock = threading.Lock()

    def add(self, fault: Fault, times: int = 1) -> None:
        with self._lock:
            self._queue.extend([fault] * times)

    def set_random(self, rate: float, faults: Sequence[Fault], seed: int | None = None) -> None:
        """From now on, answer a ``rate`` share of requests with one of ``faults`` at random."""
        with self._lock:
            rng = random.Random(seed)  # noqa: S311  (fault injection, not cryptography)
            self._random = _Random(rate, list(faults), rng) if rate else None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._random = None

    def take(self) -> Fault | None:
        with self._lock:
            if self._queue:
                return self._queue.pop(0)
            chance = self._random
            if chance and chance.rng.random() < chance.rate:
                return chance.rng.choice(chance.faults)
            return None
