"""Hostile servers: every answer ends in a typed result, in bounded time and memory, with the
same outcome on the sync client and both async backends."""

from __future__ import annotations

import asyncio
import json
import pickle
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import pytest

from signalwire_compat import (
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    AsyncSignalWire,
    AuthenticationError,
    Backend,
    BadRequestError,
    Call,
    ConnectionLostError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerOutcomeUnknownError,
    ServiceUnavailableError,
    SignalWire,
    SignalWireError,
    UnprocessableEntityError,
)

from . import _hostile as h
from ._tally import TALLY
from .conftest import API_TOKEN, PROJECT_ID

FAST = RetryPolicy(initial_wait=0.01, max_wait=0.05)
BASIC = "Basic " + __import__("base64").b64encode(f"{PROJECT_ID}:{API_TOKEN}".encode()).decode()
DEEP = b"[" * 1000 + b"]" * 1000
DEEP_OBJECT = b'{"a":' * 1000 + b"1" + b"}" * 1000
LIMIT = 1 << 20  # the clients here cap bodies at 1 MiB
MEMORY_CAP = 48 << 20  # far below what the bombs and endless bodies would take
TIME_CAP = 15.0  # the dripping and endless servers go on for 60 s
LATE = 0.4  # how late past its timeout an attempt that timed out may end, on a loaded machine
FORGED = json.dumps({"code": 1, "message": "bad\nINFO forged line \x1b[31mred\x1b[0m"}).encode()


SHOWN = 1000  # the characters of a code, message or link an error keeps (then "…")
LISTED = 20  # the errors of a list an error keeps
ERROR_LIST = json.dumps({"errors": ["e"] * 150_000}).encode()  # 750 kB, under LIMIT
LONG_MESSAGE = json.dumps({"code": 21218, "message": "x" * 900_000}).encode()
LONG_ITEMS = json.dumps(
    {"errors": [{"code": "30010", "message": "y" * 20_000, "more_info": "z" * 20_000}] * 20}
).encode()
DEEP_ERRORS = b'{"errors": ' + b"[" * 599 + b"]" * 599 + b"}"  # 600 levels: JSON can read it
DEEPEST_ERRORS = b'{"errors": ' + b"[" * 999 + b"]" * 999 + b"}"  # 1,000 levels
ECHOED = json.dumps(
    {
        "errors": [
            {"code": API_TOKEN, "message": f"Authorization: {BASIC}", "more_info": API_TOKEN},
            f"token {API_TOKEN}",
        ]
    }
).encode()
FORGED_LIST = json.dumps(
    {
        "errors": [
            {"code": "1\n2", "message": "bad\nINFO forged \x1b[31m", "more_info": "x\u202ey"},
            "line\r\nINFO forged",
        ]
    }
).encode()
UNKNOWN_FIELDS = json.dumps(
    {
        "errors": [{"code": "30010", "message": "m", "more_info": "l", "detail": {"a": [1, {}]}}],
        "request_id": "RQ1",
        "links": [{"rel": "self"}],
    }
).encode()


def _errors(result: object) -> tuple[object, ...]:
    errors = getattr(result, "errors", None)
    assert isinstance(errors, tuple), repr(result)
    return errors


def _texts(result: object) -> list[str]:
    """The texts of an error: its message, code and link, and those of each error it lists."""
    records = [result, *_errors(result)]
    fields = [getattr(r, name, None) for r in records for name in ("code", "message", "more_info")]
    return [str(result), repr(result), *(f for f in fields if isinstance(f, str))]


def no_secret(result: object) -> None:
    texts = [str(result), repr(result), getattr(result, "message", "")]
    if isinstance(result, APIStatusError):
        texts += _texts(result)
    for text in texts:
        assert API_TOKEN not in text and BASIC.split()[1] not in text, text


def no_control(result: object) -> None:
    for text in _texts(result):
        assert not any(c in text for c in "\n\r\x1b\u202e"), text


def unread(result: object) -> None:
    """Nothing of the body was read: no code, no errors, and the message says why."""
    assert _errors(result) == () and getattr(result, "code", 0) is None, repr(result)
    assert "response body unreadable" in getattr(result, "message", ""), repr(result)


def capped(result: object) -> None:
    """At most LISTED errors; each text at most SHOWN characters and "…"."""
    errors = _errors(result)
    assert 0 < len(errors) <= LISTED, len(errors)
    for text in _texts(result)[2:]:
        assert len(text.split(" (and ")[0]) <= SHOWN + 1, len(text)


def listed(more: int) -> Callable[[object], None]:
    def check(result: object) -> None:
        assert len(_errors(result)) == LISTED
        assert getattr(result, "message", "").endswith(f"e (and {more} more)"), repr(result)

    return check


def read(code: str, message: str) -> Callable[[object], None]:
    def check(result: object) -> None:
        assert (getattr(result, "code", None), getattr(result, "message", None)) == (code, message)

    return check


@dataclass(frozen=True)
class Scenario:
    name: str
    responders: list[h.Responder]
    outcome: type[BaseException] | type[Call]
    requests: int = 1
    timeout: float = 2.0
    checks: tuple[Callable[[object], None], ...] = field(default=())
    times_out: bool = False  # ends at its timeout, not before and not much after


def _ok(status: int = 200) -> h.Responder:
    return h.reply(status, h.CALL)


SCENARIOS = [
    Scenario("gzip 200", [h.reply(200, h.CALL, "gzip")], Call),
    Scenario("deflate 200", [h.reply(200, h.CALL, "deflate")], Call),
    Scenario("raw deflate 200", [h.encoded(200, __import__("zlib").compress(h.CALL)[2:-4],
             "deflate")], Call),
    Scenario("gzip 404", [h.reply(404, b'{"code": 20404, "message": "Not found"}', "gzip")],
             NotFoundError),
    Scenario("gzip 429 then 200", [h.reply(429, b'{"message": "slow"}', "gzip"), _ok()], Call, 2),
    Scenario("deflate 500", [h.reply(500, b'{"message": "boom"}', "deflate")],
             ServerOutcomeUnknownError),
    Scenario("gzip bomb 200", [h.gzip_bomb(200, 256)], APIResponseValidationError),
    Scenario("gzip bomb 429", [h.gzip_bomb(429, 256)], RateLimitError, 3),
    Scenario("deep JSON 200", [h.reply(200, DEEP)], APIResponseValidationError),
    Scenario("deep object 200", [h.reply(200, DEEP_OBJECT)], APIResponseValidationError),
    Scenario("deep JSON 429 then 200", [h.reply(429, DEEP), _ok()], Call, 2),
    Scenario("deep JSON 500", [h.reply(500, DEEP_OBJECT)], ServerOutcomeUnknownError),
    Scenario("huge 200", [h.reply(200, b'{"sid": "' + b"x" * (8 << 20) + b'"}')],
             APIResponseValidationError),
    Scenario("endless chunked 200", [h.endless(200)], APIResponseValidationError),
    Scenario("endless chunked 503", [h.endless(503)], ServiceUnavailableError),
    Scenario("dripping body", [h.drip(h.head(200, [("Content-Length", "200")]), b" " * 200,
             0.2)], APIResponseValidationError, timeout=1.0, times_out=True),
    Scenario("dripping headers", [h.drip(b"", h.head(200, [("X-Pad", "y" * 300)]), 0.2)],
             RequestTimeoutError, timeout=1.0, times_out=True),
    Scenario("silent after request", [h.drip(b"", b"", 1.0)], RequestTimeoutError, timeout=0.5,
             times_out=True),
    Scenario("401 echoing credentials", [h.echo_authorization(401)], AuthenticationError,
             checks=(no_secret,)),
    Scenario("400 forging log lines", [h.reply(400, FORGED)], BadRequestError,
             checks=(no_control,)),
    Scenario("300 MB error body", [h.huge(400, b'{"errors": ["', 300 << 20)], BadRequestError,
             checks=(unread,)),
    Scenario("error body 600 levels deep", [h.reply(400, DEEP_ERRORS)], BadRequestError,
             checks=(unread,)),
    Scenario("error body 1,000 levels deep", [h.reply(422, DEEPEST_ERRORS)],
             UnprocessableEntityError, checks=(unread,)),
    Scenario("150,000 errors", [h.reply(422, ERROR_LIST)], UnprocessableEntityError,
             checks=(capped, listed(150_000 - LISTED))),
    Scenario("900 kB error message", [h.reply(400, LONG_MESSAGE)], BadRequestError,
             checks=(capped,)),
    Scenario("errors of 40 kB each", [h.reply(400, LONG_ITEMS)], BadRequestError,
             checks=(capped,)),
    Scenario("error list echoing credentials", [h.reply(400, ECHOED)], BadRequestError,
             checks=(no_secret,)),
    Scenario("error list forging log lines", [h.reply(400, FORGED_LIST)], BadRequestError,
             checks=(no_control,)),
    Scenario("error list with unknown fields", [h.reply(400, UNKNOWN_FIELDS)], BadRequestError,
             checks=(read("30010", "m"),)),
    Scenario("unsupported encoding", [h.reply(200, h.CALL, extra=(("Content-Encoding", "br"),))],
             APIResponseValidationError),
    Scenario("invalid gzip", [h.encoded(200, b"not gzip at all", "gzip")],
             APIResponseValidationError),
    Scenario("gzip cut short", [h.encoded(200, __import__("gzip").compress(h.CALL)[:-8],
             "gzip")], APIResponseValidationError),
    Scenario("body shorter than Content-Length", [h.raw(h.head(200, [("Content-Length", "500")])
             + h.CALL)], APIResponseValidationError, timeout=0.5, times_out=True),
    Scenario("reset before answering", [h.reset], ConnectionLostError),
    Scenario("garbage status line", [h.raw(b"HTTX/9 abc\r\n\r\n")], ConnectionLostError),
    Scenario("close before answering", [h.close], ConnectionLostError),
    Scenario("binary 200", [h.reply(200, bytes(range(256)))], APIResponseValidationError),
    Scenario("JSON array 200", [h.reply(200, b"[1, 2]")], APIResponseValidationError),
    Scenario("new fields and values 200", [h.reply(200, json.dumps({"sid": "CA1", "status":
             "teleported", "brand_new": {"x": [1]}}).encode())], Call),
]  # fmt: skip
PATHS = ["sync", "httpx", "aiohttp"]


def run(path: str, url: str, timeout: float) -> object:
    settings = {
        "project_id": PROJECT_ID,
        "api_token": API_TOKEN,
        "base_url": url,
        "retry_policy": FAST,
        "timeout": timeout,
        "max_response_bytes": LIMIT,
    }
    try:
        if path == "sync":
            with SignalWire(**settings) as sw:  # type: ignore[arg-type]
                return sw.calls.update("CA1", status="completed")

        async def update() -> Call:
            async with AsyncSignalWire(backend=path, **settings) as sw:  # type: ignore[arg-type]
                return await sw.calls.update("CA1", status="completed")

        return asyncio.run(update())
    except BaseException as exc:  # every kind is checked by the caller
        return exc


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_hostile_response(scenario: Scenario, path: str) -> None:
    TALLY.hostile_tried += 1
    with h.hostile_server() as server:
        server.responders = scenario.responders
        tracemalloc.start()
        started = time.monotonic()
        try:
            result = run(path, server.url, scenario.timeout)
            elapsed = time.monotonic() - started
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        requests = server.requests
    assert isinstance(result, Call | SignalWireError), repr(result)
    assert isinstance(result, scenario.outcome), repr(result)
    assert requests == scenario.requests
    assert elapsed < TIME_CAP, elapsed
    if scenario.times_out:  # the whole attempt is bounded by its timeout, whatever the drip
        assert scenario.timeout - 0.01 <= elapsed < scenario.timeout + LATE, elapsed
    assert peak < MEMORY_CAP, peak
    for check in scenario.checks:
        check(result)
    if isinstance(result, SignalWireError):
        no_secret(result)
        again = pickle.loads(pickle.dumps(result))  # noqa: S301  (our own bytes)
        assert type(again) is type(result) and str(again) == str(result)
    TALLY.hostile_typed += 1


ALL_PATHS: tuple[Backend | Literal["sync"], ...] = ("sync", "httpx", "aiohttp")


def fetch_response(path: Backend | Literal["sync"], url: str) -> APIResponse[Call]:
    if path == "sync":
        with SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, base_url=url) as sw:
            return sw.calls.update_with_response("CA1", status="completed")

    async def update() -> APIResponse[Call]:
        async with AsyncSignalWire(
            project_id=PROJECT_ID, api_token=API_TOKEN, base_url=url, backend=path
        ) as sw:
            return await sw.calls.update_with_response("CA1", status="completed")

    return asyncio.run(update())


def test_compressed_bodies_read_the_same_on_every_path() -> None:
    """``update_with_response`` gives the decoded body and the headers as received."""
    contents = set()
    for encoding in (None, "gzip", "deflate"):
        for path in ALL_PATHS:
            with h.hostile_server() as server:
                server.responders = [h.reply(200, h.CALL, encoding)]
                response = fetch_response(path, server.url)
            assert response.headers.get("content-encoding") == encoding
            assert response.parsed.sid == "CA1"
            contents.add(response.content)
    assert contents == {h.CALL}
