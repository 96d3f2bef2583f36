"""Bad settings and inputs, cancellation, pool waits, pickling, logging: the public surface
holds its promises on every backend."""

from __future__ import annotations

import asyncio
import logging
import math
import pickle
import subprocess
import sys
import traceback
from collections.abc import Iterator

import httpx
import pytest

from signalwire_compat import (
    APITimeoutError,
    AsyncSignalWire,
    Backend,
    ConfigurationError,
    InvalidParameterError,
    RetryPolicy,
    SignalWire,
    SignalWireError,
)
from signalwire_compat.testing import Fault, Sandbox

from . import _hostile as h
from .conftest import API_TOKEN, PROJECT_ID

BAD_SECONDS = [-1, 0, math.nan, math.inf, -math.inf, 1e300, True, "5"]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def settings(**extra: object) -> dict[str, object]:
    return {"project_id": PROJECT_ID, "api_token": API_TOKEN, "space_url": "example", **extra}


@pytest.mark.parametrize("value", BAD_SECONDS, ids=repr)
@pytest.mark.parametrize("client", [SignalWire, AsyncSignalWire])
def test_bad_client_timeouts_are_configuration_errors(client: type, value: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        client(**settings(timeout=value))
    with pytest.raises(ConfigurationError, match=r"timeout\.read"):
        client(**settings(timeout=httpx.Timeout(5.0, read=value)))  # type: ignore[arg-type]


def test_a_timeout_phase_left_unset_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="pool timeout must be set"):
        SignalWire(**settings(timeout=httpx.Timeout(5.0, pool=None)))  # type: ignore[arg-type]


@pytest.mark.parametrize("value", BAD_SECONDS, ids=repr)
def test_bad_call_timeouts_are_invalid_parameters(value: object) -> None:
    sw = SignalWire(**settings())  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError) as caught:
        sw.calls.update("CA1", status="completed", timeout=value)  # type: ignore[arg-type]
    assert caught.value.field == "timeout"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("max_retries", -1),
        ("max_retries", 1.5),
        ("max_retries", 10**6),
        ("retry_unknown_outcome", "yes"),
        ("max_concurrency", 0),
        ("max_response_bytes", 10),
        ("retry_policy", RetryPolicy(initial_wait=-1)),
        ("retry_policy", RetryPolicy(max_retry_after=math.nan)),
        ("retry_policy", RetryPolicy(max_retries=-2)),
    ],
)
def test_bad_limits_are_configuration_errors(name: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=name):
        AsyncSignalWire(**settings(**{name: value}))  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "value"), [("max_retries", -1), ("retry_unknown_outcome", 1)])
def test_bad_per_call_limits_are_invalid_parameters(name: str, value: object) -> None:
    sw = SignalWire(**settings())  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError) as caught:
        sw.calls.update("CA1", status="completed", **{name: value})  # type: ignore[arg-type]
    assert caught.value.field == name


@pytest.mark.parametrize(
    "fields",
    [
        {"call_sid": "CA\ud800"},
        {"url": "https://example.com/\udcff"},
        {"status_callback": "https://example.com/\ud83d"},
        {"account_sid": "AC\udfff"},
    ],
    ids=["sid", "url", "status_callback", "account_sid"],
)
def test_lone_surrogates_are_invalid_parameters(fields: dict[str, str]) -> None:
    sw = SignalWire(**settings())  # type: ignore[arg-type]
    call_sid = fields.pop("call_sid", "CA1")
    with pytest.raises(InvalidParameterError, match="lone surrogates"):
        sw.calls.update(call_sid, **({"status": "completed"} | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["api_token", "project_id", "space_url"])
def test_lone_surrogates_in_settings_are_configuration_errors(name: str) -> None:
    value = "https://ex\udcffample.signalwire.com" if name == "space_url" else "x\ud800"
    with pytest.raises(ConfigurationError, match=name):
        SignalWire(**settings(**{name: value}))  # type: ignore[arg-type]


async def test_waiting_for_a_slot_times_out_without_sending(
    sandbox: Sandbox, backend: Backend
) -> None:
    sandbox.inject(Fault.delay(1.5))
    sid = sandbox.add_call(status="in-progress")["sid"]
    before = len(sandbox.requests)
    timeout = httpx.Timeout(5.0, pool=0.2)
    async with sandbox.async_client(backend=backend, max_concurrency=1, timeout=timeout) as sw:
        slow = asyncio.create_task(sw.calls.update(sid, status="completed"))
        await asyncio.sleep(0.1)
        with pytest.raises(APITimeoutError, match="no free slot") as caught:
            await sw.calls.update(sid, url="https://example.com/x", max_retries=0)
        assert not caught.value.__class__.__name__.startswith("Request")  # nothing was sent
        await slow
    assert len(sandbox.requests) == before + 1


async def test_httpx_backend_survives_cancellation(sandbox: Sandbox) -> None:
    """Updates cancelled mid-flight leave the connection pool usable (encode/httpcore#830)."""
    sandbox.inject(Fault.delay(0.3), times=20)
    sid = sandbox.add_call(status="in-progress")["sid"]
    async with sandbox.async_client(backend="httpx", max_concurrency=2) as sw:
        for _ in range(20):
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(
                    sw.calls.update(sid, url="https://example.com/x", max_retries=0), 0.01
                )
        sandbox.clear_faults()
        call = await asyncio.wait_for(sw.calls.update(sid, status="completed"), 10)
    assert call.status == "completed"


def test_every_public_exception_pickles_without_credentials(sandbox: Sandbox) -> None:
    errors: list[SignalWireError] = []
    for build in (
        lambda: SignalWire(project_id="x"),
        lambda: SignalWire(**settings()).calls.update("CA1", status="bogus"),  # type: ignore
    ):
        try:
            build()
        except SignalWireError as exc:
            errors.append(exc)
    with sandbox.client() as sw:
        for status in (400, 401, 404, 429, 500, 503):
            sandbox.inject(Fault.respond(status))
            try:
                sw.calls.update(sandbox.live_call_sid, url="https://e.x/", max_retries=0)
            except SignalWireError as exc:
                errors.append(exc)
    assert len(errors) == 8
    for error in errors:
        data = pickle.dumps(error)
        assert sandbox.api_token.encode() not in data
        again = pickle.loads(data)  # noqa: S301  (our own bytes)
        assert type(again) is type(error) and str(again) == str(error)
        assert vars(again).keys() == vars(error).keys()


def test_tracebacks_with_locals_hold_no_credentials(backend: Backend) -> None:
    async def fail() -> BaseException:
        with h.hostile_server() as server:
            server.responders = [h.reset]
            async with AsyncSignalWire(
                project_id=PROJECT_ID, api_token=API_TOKEN, base_url=server.url, backend=backend
            ) as sw:
                try:
                    await sw.calls.update("CA1", status="completed")
                except SignalWireError as exc:
                    return exc
        raise AssertionError("no error")

    error = asyncio.run(fail())
    text = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    basic = __import__("base64").b64encode(f"{PROJECT_ID}:{API_TOKEN}".encode()).decode()
    assert API_TOKEN not in text and basic not in text
    if backend == "aiohttp":
        assert error.__cause__ is None and error.__context__ is None


def test_the_library_leaves_log_output_to_the_application() -> None:
    code = (
        "import logging, signalwire_compat\n"
        "logging.getLogger('signalwire_compat').warning('should not be printed')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stderr == ""
    handlers = logging.getLogger("signalwire_compat").handlers
    assert any(isinstance(handler, logging.NullHandler) for handler in handlers)
