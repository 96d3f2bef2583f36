"""Faults, bad input and load against the sandbox: typed outcomes, never a double update."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signalwire_compat import (
    APIConnectionError,
    APIResponseValidationError,
    Backend,
    Call,
    ConfigurationError,
    ConnectionLostError,
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerOutcomeUnknownError,
    ServiceUnavailableError,
    SignalWire,
    SignalWireError,
)
from signalwire_compat.testing import Fault, Sandbox

from ._secrets import SecretScanner
from ._tally import TALLY

FAST = RetryPolicy(initial_wait=0.01, max_wait=0.05)
PREFIX = "/api/laml/2010-04-01"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running
        assert running.response_problems == []


def fresh_call(sandbox: Sandbox) -> str:
    sid: str = sandbox.add_call(status="in-progress")["sid"]
    return sid


def applied_to(sandbox: Sandbox, sid: str) -> int:
    return sum(1 for update in sandbox.applied if update.call_sid == sid)


def requests_for(sandbox: Sandbox, sid: str) -> int:
    return sum(1 for record in sandbox.requests if record.path.endswith(f"/Calls/{sid}"))


# faults ------------------------------------------------------------------------------------


def _http_date(seconds: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


@dataclass(frozen=True)
class Scenario:
    name: str
    faults: list[Fault]
    outcome: type[BaseException] | type[Call]
    requests: int
    applied: int
    retry_unknown_outcome: bool = False


HUGE_CALL = json.dumps({"sid": "X", "status": "completed", "notes": "x" * 20_000_000})
SCENARIOS = [
    Scenario("429 Retry-After seconds", [Fault.respond(429, retry_after=1)], Call, 2, 1),
    Scenario("429 Retry-After date", [Fault.respond(429, retry_after=_http_date(1))], Call, 2, 1),
    Scenario("429 backoff", [Fault.respond(429)], Call, 2, 1),
    Scenario("429 until given up", [Fault.respond(429, retry_after=0)] * 3, RateLimitError, 3, 0),
    Scenario("503 Retry-After", [Fault.respond(503, retry_after=0)], Call, 2, 1),
    Scenario("503 alone", [Fault.respond(503)], ServiceUnavailableError, 1, 0),
    Scenario("500 applied", [Fault.respond(500, apply=True)], ServerOutcomeUnknownError, 1, 1),
    Scenario("500 not applied", [Fault.respond(500)], ServerOutcomeUnknownError, 1, 0),
    Scenario("502 HTML", [Fault.respond(502, "<html>Bad Gateway</html>")],
             ServerOutcomeUnknownError, 1, 0),
    Scenario("504 applied", [Fault.respond(504, apply=True)], ServerOutcomeUnknownError, 1, 1),
    Scenario("drop before response", [Fault.drop()], ConnectionLostError, 1, 0),
    Scenario("drop after reading", [Fault.drop(after_read=True)], ConnectionLostError, 1, 1),
    Scenario("slow past read timeout", [Fault.delay(1.5)], RequestTimeoutError, 1, 1),
    Scenario("truncated JSON", [Fault.truncate()], APIResponseValidationError, 1, 1),
    Scenario("HTML 200", [Fault.respond(200, "<html>ok</html>", apply=True)],
             APIResponseValidationError, 1, 1),
    Scenario("empty 200", [Fault.respond(200, "", apply=True)], APIResponseValidationError, 1, 1),
    Scenario("huge 200 body", [Fault.respond(200, HUGE_CALL, apply=True)],
             APIResponseValidationError, 1, 1),
    Scenario("huge 500 body", [Fault.respond(500, "<p>" * 2_000_000)],
             ServerOutcomeUnknownError, 1, 0),
    Scenario("wrong types in 200", [Fault.respond(200, '{"sid": "X", "duration": "abc"}',
             apply=True)], APIResponseValidationError, 1, 1),
    Scenario("opt-in retry of 500", [Fault.respond(500)], Call, 2, 1, retry_unknown_outcome=True),
]  # fmt: skip


def check_outcome(
    sandbox: Sandbox, scenario: Scenario, sid: str, result: Call | BaseException
) -> None:
    """A parsed call or a typed error, as the scenario expects; applied at most once, and
    exactly once when the SDK reports success. Counts the scenario as survived."""
    sandbox.clear_faults()
    assert isinstance(result, Call | SignalWireError), repr(result)
    assert isinstance(result, scenario.outcome)
    assert requests_for(sandbox, sid) == scenario.requests
    assert applied_to(sandbox, sid) == scenario.applied <= 1
    if isinstance(result, Call):
        assert applied_to(sandbox, sid) == 1
    TALLY.fault_survived += 1


def _outcome(update: Callable[[], Call]) -> Call | BaseException:
    try:
        return update()
    except BaseException as exc:  # every kind is checked by the caller
        return exc


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_fault(sandbox: Sandbox, scenario: Scenario, caplog: pytest.LogCaptureFixture) -> None:
    TALLY.fault_scenarios += 1
    sid = fresh_call(sandbox)
    for fault in scenario.faults:
        sandbox.inject(fault)
    timeout = httpx.Timeout(5.0, read=0.5)
    with sandbox.client(timeout=timeout, retry_policy=FAST) as sw:
        result = _outcome(
            lambda: sw.calls.update(
                sid,
                url="https://example.com/next.xml",
                retry_unknown_outcome=scenario.retry_unknown_outcome,
            )
        )
    check_outcome(sandbox, scenario, sid, result)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
async def test_fault_async(sandbox: Sandbox, scenario: Scenario, backend: Backend) -> None:
    TALLY.fault_scenarios += 1
    sid = fresh_call(sandbox)
    for fault in scenario.faults:
        sandbox.inject(fault)
    timeout = httpx.Timeout(5.0, read=0.5)
    sw = sandbox.async_client(timeout=timeout, retry_policy=FAST, backend=backend)
    try:
        result: Call | BaseException = await sw.calls.update(
            sid,
            url="https://example.com/next.xml",
            retry_unknown_outcome=scenario.retry_unknown_outcome,
        )
    except BaseException as exc:  # every kind is checked below
        result = exc
    finally:
        await sw.aclose()
    check_outcome(sandbox, scenario, sid, result)


def test_retry_after_is_honoured_and_logged(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    TALLY.fault_scenarios += 1
    sid = fresh_call(sandbox)
    sandbox.inject(Fault.respond(429, retry_after=2))
    sandbox.inject(Fault.respond(503, retry_after=_http_date(60)))
    caplog.set_level(logging.INFO, logger="signalwire_compat")
    policy = RetryPolicy(max_retry_after=0.3)
    with sandbox.client(retry_policy=policy) as sw:
        assert sw.calls.update(sid, status="completed").status == "completed"
    retries = [r.getMessage() for r in caplog.records if "retrying in" in r.getMessage()]
    assert len(retries) == 2
    assert "attempt 1 failed (RateLimitError: 429 rate limited); retrying in 0.30s" in retries[0]
    assert "attempt 2 failed (ServiceUnavailableError: 503 with Retry-After)" in retries[1]
    assert retries[1].endswith("retrying in 0.30s")
    TALLY.fault_survived += 1


def test_unknown_outcome_is_logged_not_resent(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    TALLY.fault_scenarios += 1
    sid = fresh_call(sandbox)
    sandbox.inject(Fault.drop(after_read=True))
    caplog.set_level(logging.INFO, logger="signalwire_compat")
    with sandbox.client() as sw, pytest.raises(ConnectionLostError, match="may have been applied"):
        sw.calls.update(sid, status="completed")
    assert any("not resent, outcome unknown" in r.getMessage() for r in caplog.records)
    assert requests_for(sandbox, sid) == applied_to(sandbox, sid) == 1
    TALLY.fault_survived += 1


def test_connection_refused_is_retried_then_raised(caplog: pytest.LogCaptureFixture) -> None:
    TALLY.fault_scenarios += 1
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    caplog.set_level(logging.INFO, logger="signalwire_compat")
    sw = SignalWire(project_id="p", api_token="t", base_url=f"http://127.0.0.1:{port}",
                    retry_policy=FAST)  # fmt: skip
    with pytest.raises(APIConnectionError, match="before sending") as caught:
        sw.calls.update("CA1", status="completed", max_retries=3)
    assert type(caught.value) is APIConnectionError
    messages = [r.getMessage() for r in caplog.records]
    assert sum("retrying in" in m for m in messages) == 3
    assert any("giving up after 4 attempts" in m for m in messages)
    TALLY.fault_survived += 1


async def test_async_faults(sandbox: Sandbox, backend: Backend) -> None:
    TALLY.fault_scenarios += 2
    sid = fresh_call(sandbox)
    sandbox.inject(Fault.respond(429, retry_after=0))
    async with sandbox.async_client(retry_policy=FAST, backend=backend) as sw:
        assert (await sw.calls.update(sid, url="https://example.com/a")).sid == sid
        assert applied_to(sandbox, sid) == 1
        TALLY.fault_survived += 1
        sandbox.inject(Fault.drop(after_read=True))
        with pytest.raises(ConnectionLostError):
            await sw.calls.update(sid, url="https://example.com/b")
    assert applied_to(sandbox, sid) == 2 and requests_for(sandbox, sid) == 3
    TALLY.fault_survived += 1


def test_max_retries_zero_per_call(sandbox: Sandbox) -> None:
    sid = fresh_call(sandbox)
    sandbox.inject(Fault.respond(429, retry_after=0))
    with sandbox.client(retry_policy=FAST) as sw, pytest.raises(RateLimitError):
        sw.calls.update(sid, status="completed", max_retries=0)
    assert requests_for(sandbox, sid) == 1


# bad input ---------------------------------------------------------------------------------

ESCAPED_SIDS = [
    "a/b",
    "?x=1",
    "#top",
    "%2F",
    "caf\u00e9-\u260e",
    "x" * 256,
    "...",
    "a..b",
    "sp ace",
]
REJECTED_SIDS = ["", "   ", ".", "..", "a\r\nb", "nul\x00", "x" * 257]


def _sent_to_intended_only(sandbox: Sandbox, sid: str) -> bool:
    before_applied = len(sandbox.applied)
    with sandbox.client(max_retries=0) as sw, contextlib.suppress(NotFoundError):
        sw.calls.update(sid, status="completed")
    record = sandbox.requests[-1]
    expected = f"{PREFIX}/Accounts/{sandbox.project_id}/Calls/{quote(sid, safe='')}"
    return record.path == expected and len(sandbox.applied) == before_applied


@pytest.mark.parametrize("sid", ESCAPED_SIDS)
def test_odd_sid_is_escaped(sandbox: Sandbox, sid: str) -> None:
    TALLY.bad_inputs += 1
    assert _sent_to_intended_only(sandbox, sid)
    existing = sandbox.add_call(sid, status="in-progress")["sid"]
    with sandbox.client() as sw:
        assert sw.calls.update(existing, status="completed").sid == sid
    assert sandbox.applied[-1].call_sid == sid
    TALLY.bad_inputs_handled += 1


@pytest.mark.parametrize("sid", REJECTED_SIDS)
def test_bad_sid_is_rejected_before_sending(sandbox: Sandbox, sid: str) -> None:
    TALLY.bad_inputs += 1
    sent = len(sandbox.requests)
    with sandbox.client() as sw, pytest.raises(InvalidParameterError) as caught:
        sw.calls.update(sid, status="completed")
    assert caught.value.field == "call_sid"
    assert len(sandbox.requests) == sent
    TALLY.bad_inputs_handled += 1


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sid=st.text(max_size=40))
def test_any_sid_is_rejected_or_escaped(sandbox: Sandbox, sid: str) -> None:
    TALLY.bad_inputs += 1
    sent = len(sandbox.requests)
    try:
        handled = _sent_to_intended_only(sandbox, sid)
    except InvalidParameterError as exc:
        handled = exc.field == "call_sid" and len(sandbox.requests) == sent
    assert handled
    TALLY.bad_inputs_handled += 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"status": "hangup"}, "status"),
        ({"status": "Completed"}, "status"),
        ({"status": None}, "status"),
        ({"method": "DELETE", "url": "https://example.com/x"}, "method"),
        ({"fallback_method": "post"}, "fallback_method"),
        ({"url": "ftp://example.com/x.xml"}, "url"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "file:///etc/passwd"}, "url"),
        ({"url": "//example.com/x"}, "url"),
        ({"status_callback": "mailto:a@b.c"}, "status_callback"),
        ({"fallback_url": "https:///nohost"}, "fallback_url"),
    ],
)
def test_bad_field_is_rejected_before_sending(
    sandbox: Sandbox, fields: dict[str, object], field: str
) -> None:
    TALLY.bad_inputs += 1
    sent = len(sandbox.requests)
    with sandbox.client() as sw, pytest.raises(InvalidParameterError) as caught:
        sw.calls.update(sandbox.live_call_sid, **fields)  # type: ignore[arg-type]
    assert caught.value.field == field and str(caught.value).startswith(field)
    assert len(sandbox.requests) == sent
    TALLY.bad_inputs_handled += 1


@pytest.mark.parametrize(
    ("project_id", "token"),
    [("proj:ect", "t"), ("proj\nect", "t"), ("p", "tok\r\nen"), ("", "t"), ("p", "")],
)
def test_unusable_credentials_fail_before_sending(project_id: str, token: str) -> None:
    TALLY.bad_inputs += 1
    with pytest.raises(ConfigurationError) as caught:
        SignalWire(project_id=project_id, api_token=token, space_url="example")
    assert "project_id" in str(caught.value) or "api_token" in str(caught.value)
    TALLY.bad_inputs_handled += 1


@pytest.mark.parametrize(
    ("project_id", "token"),
    [
        ("b3877c40-da60-4998-90ad-b792e98472af", "tok:en:with:colons"),
        ("pr\u00f6ject", "t\u00f6ken-\u260e"),
    ],
)
def test_odd_credentials_are_sent_safely(project_id: str, token: str) -> None:
    TALLY.bad_inputs += 1
    with Sandbox(project_id=project_id, api_token=token) as sandbox, sandbox.client() as sw:
        assert sw.calls.update(sandbox.live_call_sid, status="completed").status == "completed"
        bad = SignalWire(project_id=project_id, api_token="wrong", base_url=sandbox.base_url)
        with bad, pytest.raises(SignalWireError, match="401"):
            bad.calls.update(sandbox.live_call_sid, status="completed")
    TALLY.bad_inputs_handled += 1


@pytest.mark.parametrize(
    "space",
    [
        "https://example.signalwire.com/api/laml",
        "https://example.signalwire.com:8443",
        "https://user:pass@example.signalwire.com",
        "http://example.signalwire.com",
        "ftp://example.signalwire.com",
        "example.signalwire.com/evil",
        "example.signalwire.com@evil.com",
        "exa mple",
    ],
)
def test_unusable_space_fails_before_sending(space: str) -> None:
    TALLY.bad_inputs += 1
    with pytest.raises(ConfigurationError, match="space_url"):
        SignalWire(project_id="p", api_token="t", space_url=space)
    TALLY.bad_inputs_handled += 1


# load --------------------------------------------------------------------------------------


def test_load_1000_concurrent_updates_with_20_percent_429_503() -> None:
    with Sandbox() as sandbox:
        sids = [fresh_call(sandbox) for _ in range(1000)]
        sandbox.inject_random(
            0.2, [Fault.respond(429, retry_after=0), Fault.respond(503, retry_after=0)], seed=1
        )

        async def run() -> list[Call | BaseException]:
            async with sandbox.async_client(retry_policy=FAST) as sw:
                return await asyncio.gather(
                    *(sw.calls.update(sid, url=f"https://example.com/{sid}") for sid in sids),
                    return_exceptions=True,
                )

        results = asyncio.run(run())
        applied = Counter(update.call_sid for update in sandbox.applied)
        faulted = sum(1 for r in sandbox.requests if r.fault)
    assert all(isinstance(r, Call | SignalWireError) for r in results)
    succeeded = {r.sid for r in results if isinstance(r, Call)}
    failed = [sid for sid, r in zip(sids, results, strict=True) if not isinstance(r, Call)]
    lost = sum(1 for sid in succeeded if applied[sid] != 1) + sum(applied[s] for s in failed)
    duplicated = sum(1 for count in applied.values() if count > 1)
    assert faulted > 150
    assert lost == 0 and duplicated == 0
    assert len(succeeded) + len(failed) == 1000
    TALLY.load_updates += len(results)
    TALLY.load_lost += lost
    TALLY.load_duplicated += duplicated


# the secret check itself -------------------------------------------------------------------


def test_secret_scanner_catches_a_leak() -> None:
    scanner = SecretScanner()
    scanner.add_credentials("proj", "s3cr3t-token")
    scanner.scan("clean", "update call 'CA1': HTTP 200")
    scanner.scan("dirty", "oops s3cr3t-token")
    scanner.scan("pair", "Authorization: Basic cHJvajpzM2NyM3QtdG9rZW4=")
    assert scanner.leaks == [
        "dirty: a credential of 12 characters",
        "pair: a credential of 24 characters",
    ]


def test_session_scanner_sees_sandbox_tokens(secret_scanner: SecretScanner) -> None:
    with Sandbox() as sandbox:
        assert sandbox.api_token in secret_scanner.secrets
