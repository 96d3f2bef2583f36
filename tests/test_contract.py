"""Every public SDK call, sync and async, against the sandbox, whose validator accepts each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from signalwire_compat import (
    APIResponse,
    Backend,
    Call,
    CallStatus,
    HttpMethod,
    NotFoundError,
    SignalWire,
)
from signalwire_compat.testing import Sandbox
from signalwire_compat_client.api.calls.update_a_call import UpdateACallParams as CallUpdate

UPDATES: list[CallUpdate] = [
    {"url": "https://example.com/next.xml"},
    {"url": "https://example.com/next.xml", "method": "GET"},
    {"url": "https://example.com/n?a=1&b=\u00e9 +", "method": HttpMethod.POST},
    {"fallback_url": "https://example.com/fb.xml", "fallback_method": "GET"},
    {"status_callback": "https://example.com/status", "status_callback_method": "POST"},
    {"status_callback": ""},
    {
        "url": "https://example.com/all.xml",
        "method": "POST",
        "fallback_url": "http://example.com/fb",
        "fallback_method": "POST",
        "status_callback": "https://example.com/s",
        "status_callback_method": "GET",
    },
    {"status": "completed"},
    {"status": "completed", "status_callback": "https://example.com/s"},
]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running
        assert running.response_problems == []


@pytest.fixture
def live_sid(sandbox: Sandbox) -> str:
    sid: str = sandbox.add_call(status="in-progress")["sid"]
    return sid


def _last_request_valid(sandbox: Sandbox, fields: dict[str, Any]) -> None:
    record = sandbox.requests[-1]
    assert record.valid is True
    assert record.status == 200
    applied = sandbox.applied[-1]
    sent = {k: v.value if hasattr(v, "value") else v for k, v in fields.items()}
    assert set(applied.fields.values()) == set(sent.values())


@pytest.mark.parametrize("fields", UPDATES)
def test_sync_update(sandbox: Sandbox, live_sid: str, fields: CallUpdate) -> None:
    with sandbox.client() as sw:
        call = sw.calls.update(live_sid, **fields)
    assert isinstance(call, Call) and call.sid == live_sid
    _last_request_valid(sandbox, dict(fields))


@pytest.mark.parametrize("fields", UPDATES)
async def test_async_update(
    sandbox: Sandbox, live_sid: str, fields: CallUpdate, backend: Backend
) -> None:
    async with sandbox.async_client(backend=backend) as sw:
        assert sw.backend == backend
        call = await sw.calls.update(live_sid, **fields)
    assert call.sid == live_sid
    _last_request_valid(sandbox, dict(fields))


def test_sync_update_with_response(sandbox: Sandbox, live_sid: str) -> None:
    with sandbox.client() as sw:
        raw = sw.calls.update_with_response(live_sid, status="completed")
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    assert raw.parsed.status is CallStatus.COMPLETED
    assert sandbox.requests[-1].valid is True


async def test_async_update_with_response(
    sandbox: Sandbox, live_sid: str, backend: Backend
) -> None:
    async with sandbox.async_client(backend=backend) as sw:
        raw = await sw.calls.update_with_response(live_sid, url="https://example.com/x")
    assert raw.parsed.status is CallStatus.IN_PROGRESS
    assert sandbox.requests[-1].valid is True


def test_account_sid_argument(sandbox: Sandbox, live_sid: str) -> None:
    with sandbox.client() as sw:
        call = sw.calls.update(live_sid, account_sid=sandbox.project_id, status="completed")
    assert call.account_sid == sandbox.project_id


def test_client_from_environment(
    sandbox: Sandbox, live_sid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in sandbox.env().items():
        monkeypatch.setenv(name, value)
    with SignalWire(base_url=sandbox.base_url) as sw:
        assert sw.calls.update(live_sid, status="completed").status == "completed"


@pytest.mark.parametrize(
    "sid", ["../Messages", "a/b", "x?y=1", "#frag", "%2F", "caf\u00e9", "sp ace", "x" * 256]
)
def test_odd_sids_reach_only_their_own_resource(sandbox: Sandbox, sid: str) -> None:
    before = len(sandbox.applied)
    with sandbox.client() as sw, pytest.raises(NotFoundError) as caught:
        sw.calls.update(sid, status="completed")
    assert sid in caught.value.message
    assert len(sandbox.applied) == before
    assert sandbox.requests[-1].valid is True


def test_odd_sid_that_exists_is_updated(sandbox: Sandbox) -> None:
    sid = sandbox.add_call("../caf\u00e9/x?y#z", status="in-progress")["sid"]
    with sandbox.client() as sw:
        assert sw.calls.update(sid, status="completed").sid == sid
    assert sandbox.applied[-1].call_sid == sid


@pytest.mark.parametrize("sid", ["../Messages", "a/b", "%2F", "caf\u00e9", "x?y#z"])
async def test_async_odd_sids_reach_only_their_own_resource(
    sandbox: Sandbox, sid: str, backend: Backend
) -> None:
    before = len(sandbox.applied)
    async with sandbox.async_client(backend=backend) as sw:
        with pytest.raises(NotFoundError):
            await sw.calls.update(sid, status="completed")
    assert len(sandbox.applied) == before
    assert sandbox.requests[-1].path.endswith("/Calls/" + quote(sid, safe=""))
