"""The sandbox itself: call states, spec validation, auth, faults and records."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from signalwire_compat import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncSignalWire,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    SignalWire,
    UnprocessableEntityError,
)
from signalwire_compat.testing import LIVE_CALL_SID, Fault, Sandbox

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 30, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(clock=clock) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client(timeout=5, max_retries=0) as sw:
        yield sw


def raw_post(sandbox: Sandbox, path: str, body: bytes, **kwargs: object) -> httpx.Response:
    return httpx.post(f"{sandbox.base_url}{path}", content=body, **kwargs)  # type: ignore[arg-type]


def test_hang_up_sets_end_time_and_duration(
    sandbox: Sandbox, client: SignalWire, clock: FakeClock
) -> None:
    start = clock.now
    clock.now += timedelta(minutes=2, seconds=5)
    call = client.calls.update(sandbox.live_call_sid, status="completed")
    assert call.status == "completed"
    assert call.start_time == format_datetime(start)
    assert call.end_time == call.date_updated == "Mon, 05 Jan 2026 09:32:05 +0000"
    assert call.duration == 125
    assert sandbox.call(sandbox.live_call_sid)["status"] == "completed"
    [applied] = sandbox.applied
    assert (applied.status_before, applied.status_after) == ("in-progress", "completed")
    assert applied.fields == {"Status": "completed"}


def test_redirect_is_recorded(sandbox: Sandbox, client: SignalWire, clock: FakeClock) -> None:
    clock.now += timedelta(seconds=30)
    call = client.calls.update(sandbox.live_call_sid, url="https://example.com/a.xml")
    client.calls.update(sandbox.live_call_sid, url="https://example.com/b.xml", method="GET")
    assert call.status == "in-progress"
    assert call.date_updated == "Mon, 05 Jan 2026 09:30:30 +0000"
    assert call.end_time is None
    assert sandbox.redirects(sandbox.live_call_sid) == [
        ("https://example.com/a.xml", "POST"),
        ("https://example.com/b.xml", "GET"),
    ]


@pytest.mark.parametrize(
    ("start", "wanted", "end"),
    [
        ("queued", "canceled", "canceled"),
        ("ringing", "canceled", "canceled"),
        ("in-progress", "canceled", "in-progress"),
        ("queued", "completed", "completed"),
        ("ringing", "completed", "completed"),
        ("in-progress", "completed", "completed"),
    ],
)
def test_status_changes(
    sandbox: Sandbox, client: SignalWire, start: str, wanted: str, end: str
) -> None:
    sid = sandbox.add_call(status=start)["sid"]
    assert client.calls.update(sid, status=wanted).status == end  # type: ignore[arg-type]
    assert sandbox.call(sid)["status"] == end


@pytest.mark.parametrize("ended", ["completed", "canceled", "busy", "failed"])
@pytest.mark.parametrize("change", [{"url": "https://example.com/x"}, {"status": "completed"}])
def test_ended_call_cannot_change(
    sandbox: Sandbox, client: SignalWire, ended: str, change: dict[str, str]
) -> None:
    sid = sandbox.add_call(status=ended)["sid"]
    with pytest.raises(UnprocessableEntityError, match="not in-progress") as caught:
        client.calls.update(sid, **change)  # type: ignore[arg-type]
    assert caught.value.code == 21220
    assert sandbox.applied == []


def test_status_other_than_end_is_refused(sandbox: Sandbox) -> None:
    response = httpx.post(
        f"{sandbox.base_url}/Accounts/{sandbox.project_id}/Calls/{sandbox.live_call_sid}",
        content=b"Status=ringing",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        auth=(sandbox.project_id, sandbox.api_token),
    )
    assert response.status_code == 400
    assert "ringing" in response.json()["message"]


def test_unknown_call_is_404(sandbox: Sandbox, client: SignalWire) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.calls.update("CA-missing", status="completed")
    assert caught.value.code == 20404


def test_other_account_is_404(sandbox: Sandbox, client: SignalWire) -> None:
    with pytest.raises(NotFoundError):
        client.calls.update(sandbox.live_call_sid, account_sid="AC-other", status="completed")
    assert sandbox.applied == []


def test_example_call_is_the_spec_example(sandbox: Sandbox) -> None:
    call = sandbox.call(sandbox.example_call_sid)
    assert call["status"] == "queued"
    assert call["date_created"] == "Wed, 19 Sept 2018 20:00:00 +0000"
    assert call["uri"].endswith(f"/Calls/{sandbox.example_call_sid}.json")


@pytest.mark.parametrize(
    ("body", "headers", "words"),
    [
        (b"Status=hangup", FORM, 'body/Status: "hangup" is not one of'),
        (b"Method=PUT&Url=https%3A%2F%2Fe.x", FORM, 'body/Method: "PUT" is not one of'),
        (b"Status=completed&Url=not-a-url", FORM, 'body/Url: "not-a-url" is not a "uri"'),
        (b"", FORM, "Missing required request body"),
        (b'{"Status": "completed"}', {"Content-Type": "application/json"}, "mimetype"),
    ],
)
def test_nonconforming_request_is_400(
    sandbox: Sandbox, body: bytes, headers: dict[str, str], words: str
) -> None:
    path = f"/Accounts/{sandbox.project_id}/Calls/{sandbox.live_call_sid}"
    response = raw_post(
        sandbox, path, body, headers=headers, auth=(sandbox.project_id, sandbox.api_token)
    )
    assert response.status_code == 400
    error = response.json()
    assert set(error) == {"code", "message", "more_info", "status"}
    assert words in error["message"]
    assert sandbox.requests[-1].valid is False
    assert sandbox.applied == []


@pytest.mark.parametrize("auth", [None, ("wrong", "creds"), "right-user-wrong-token"])
def test_credentials_are_checked(sandbox: Sandbox, auth: object) -> None:
    if auth == "right-user-wrong-token":
        auth = (sandbox.project_id, "nope")
    path = f"/Accounts/{sandbox.project_id}/Calls/{sandbox.live_call_sid}"
    response = raw_post(sandbox, path, b"Status=completed", headers=FORM, auth=auth)
    assert response.status_code == 401
    assert response.json()["status"] == 401
    assert sandbox.applied == []


def test_unknown_path_is_404(sandbox: Sandbox) -> None:
    response = httpx.post(f"{sandbox.url}/elsewhere", content=b"x", headers=FORM)
    assert response.status_code == 404
    assert response.json()["code"] == 20404


def test_records_redact_authorization(sandbox: Sandbox, client: SignalWire) -> None:
    client.calls.update(sandbox.live_call_sid, status="completed")
    [record] = sandbox.requests
    assert record.headers["authorization"] == "Basic ***"
    assert record.body == b"Status=completed"
    assert (record.status, record.valid, record.fault) == (200, True, None)
    assert sandbox.api_token not in repr(sandbox)


# faults ------------------------------------------------------------------------------------


def test_fault_respond_with_retry_after(sandbox: Sandbox, client: SignalWire) -> None:
    sandbox.inject(Fault.respond(429, retry_after=3), times=2)
    for _ in range(2):
        with pytest.raises(RateLimitError) as caught:
            client.calls.update(sandbox.live_call_sid, status="completed")
        assert caught.value.response.headers["Retry-After"] == "3"
        assert caught.value.code == 20429
    assert sandbox.applied == []
    assert client.calls.update(sandbox.live_call_sid, status="completed").status == "completed"
    assert [r.status for r in sandbox.requests] == [429, 429, 200]
    assert [r.fault for r in sandbox.requests] == ["respond", "respond", None]


def test_fault_respond_after_applying(sandbox: Sandbox, client: SignalWire) -> None:
    sandbox.inject(Fault.respond(500, apply=True))
    with pytest.raises(InternalServerError):
        client.calls.update(sandbox.live_call_sid, status="completed")
    assert len(sandbox.applied) == 1


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("<html><body>Bad Gateway</body></html>", APIResponseValidationError),
        ("", APIResponseValidationError),
        (json.dumps({"sid": "CA1", "duration": "abc"}), APIResponseValidationError),
    ],
)
def test_fault_bad_success_bodies(
    sandbox: Sandbox, client: SignalWire, body: str, error: type[Exception]
) -> None:
    sandbox.inject(Fault.respond(200, body))
    with pytest.raises(error):
        client.calls.update(sandbox.live_call_sid, status="completed")


def test_fault_drop_before_reading(sandbox: Sandbox, client: SignalWire) -> None:
    sandbox.inject(Fault.drop())
    with pytest.raises(APIConnectionError):
        client.calls.update(sandbox.live_call_sid, status="completed")
    assert sandbox.applied == []
    assert sandbox.requests[0].body is None


def test_fault_drop_after_reading(sandbox: Sandbox, client: SignalWire) -> None:
    sandbox.inject(Fault.drop(after_read=True))
    with pytest.raises(APIConnectionError):
        client.calls.update(sandbox.live_call_sid, status="completed")
    assert len(sandbox.applied) == 1


def test_fault_truncate(sandbox: Sandbox, client: SignalWire) -> None:
    sandbox.inject(Fault.truncate())
    with pytest.raises(APIResponseValidationError, match="cut off while reading"):
        client.calls.update(sandbox.live_call_sid, status="completed")
    assert len(sandbox.applied) == 1


def test_fault_delay(sandbox: Sandbox) -> None:
    sandbox.inject(Fault.delay(1.0))
    with sandbox.client() as sw, pytest.raises(APITimeoutError):
        sw.calls.update(sandbox.live_call_sid, status="completed", timeout=0.2)
    sandbox.inject(Fault.delay(0.1))
    with sandbox.client() as sw:
        sid = sandbox.add_call(status="ringing")["sid"]
        assert sw.calls.update(sid, status="canceled", timeout=5).status == "canceled"


def test_random_faults_are_reproducible(sandbox: Sandbox, client: SignalWire) -> None:
    sandbox.inject_random(0.5, [Fault.respond(503)], seed=7)
    outcomes = []
    for _ in range(20):
        try:
            client.calls.update(sandbox.live_call_sid, url="https://example.com/x")
            outcomes.append(200)
        except InternalServerError:
            outcomes.append(503)
    assert 0 < outcomes.count(503) < 20
    assert [r.status for r in sandbox.requests] == outcomes
    sandbox.clear_faults()
    client.calls.update(sandbox.live_call_sid, url="https://example.com/y")
    assert sandbox.requests[-1].status == 200


def test_sandbox_responses_always_conform(sandbox: Sandbox, client: SignalWire) -> None:
    for status in ("queued", "ringing", "in-progress"):
        sid = sandbox.add_call(status=status, price="0.1", answered_by=None)["sid"]
        client.calls.update(sid, url="https://example.com/x", status_callback="")
        client.calls.update(sid, status="completed")
    assert sandbox.response_problems == []


def test_pytest_fixtures(signalwire_sandbox: Sandbox, signalwire_client: SignalWire) -> None:
    call = signalwire_client.calls.update(signalwire_sandbox.live_call_sid, status="completed")
    assert call.status == "completed"
    assert signalwire_sandbox.applied[0].call_sid == signalwire_sandbox.live_call_sid


def test_twilio_style_json_suffix_is_served(sandbox: Sandbox) -> None:
    """``/Calls/{Sid}.json``, as twilio-python posts, is the same resource as ``/Calls/{Sid}``."""
    call = sandbox.add_call(status="in-progress")
    path = f"/api/laml/2010-04-01/Accounts/{sandbox.project_id}/Calls/{call['sid']}.json"
    auth = (sandbox.project_id, sandbox.api_token)
    with httpx.Client(base_url=sandbox.base_url.split("/api/")[0], auth=auth) as http:
        answer = http.post(path, data={"Status": "completed"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["status"] == "completed"
        uri = answer.json()["uri"]
        assert uri.endswith(".json")
        again = http.post(uri, data={"Url": "https://example.com/x.xml"})
    assert again.status_code == 422  # the same call, now ended
    assert [r.valid for r in sandbox.requests[-2:]] == [True, True]


async def test_async_client_fixture(signalwire_async_client: AsyncSignalWire) -> None:
    call = await signalwire_async_client.calls.update(LIVE_CALL_SID, status="completed")
    assert call.status == "completed"


def test_testing_without_the_sandbox_extra_says_what_to_install() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'aiohttp':\n"
        "            raise ModuleNotFoundError(\"No module named 'aiohttp'\", name='aiohttp')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import signalwire_compat.testing\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert "pip install 'signalwire-compat[sandbox]'" in done.stderr
