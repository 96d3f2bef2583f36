"""The sandbox itself: call states, spec validation, auth, faults and records."""

from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

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
from signalwire_compat.testing._sandbox import STOP_TIMEOUT
from signalwire_compat.webhooks import RequestValidator

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


def test_its_credentials_read_as_one_command_line_argument() -> None:
    """A token or signing key the sandbox makes never starts with ``-``, which a command
    line would read as an option (``--api-token -x...``)."""
    made = [Sandbox() for _ in range(4)]
    assert {s.api_token[:2] for s in made} == {"PT"}
    assert {s.signing_key[:4] for s in made} == {"PSK_"}
    assert len({s.api_token for s in made}) == 4


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


# limits and life cycle -------------------------------------------------------------------

ONE_MIB = 1 << 20


def test_an_oversized_body_gets_signalwires_error_body(sandbox: Sandbox) -> None:
    path = f"/Accounts/{sandbox.project_id}/Calls/{sandbox.live_call_sid}"
    body = b"Url=" + b"a" * ONE_MIB
    auth = (sandbox.project_id, sandbox.api_token)
    response = raw_post(sandbox, path, body, headers=FORM, auth=auth)
    assert response.status_code == 413
    assert response.headers["Content-Type"].startswith("application/json")
    error = response.json()
    assert set(error) == {"code", "message", "more_info", "status"}
    assert error["status"] == 413 and "1 MiB" in error["message"]
    assert (sandbox.requests[-1].status, sandbox.requests[-1].valid) == (413, False)
    assert sandbox.applied == []


def _stalled_oversized_request(sandbox: Sandbox) -> socket.socket:
    """A client that announces 3 MiB, sends a little over 1 MiB, reads the 413 and then
    neither sends nor closes: the server is left waiting for the rest of the body."""
    port = int(sandbox.url.rsplit(":", 1)[1])
    conn = socket.create_connection(("127.0.0.1", port))
    path = f"/api/laml/2010-04-01/Accounts/{sandbox.project_id}/Calls/{sandbox.live_call_sid}"
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {3 * ONE_MIB}\r\n\r\n"
    )
    conn.sendall(head.encode() + b"a" * (ONE_MIB + 100))
    conn.settimeout(30)
    assert conn.recv(64).startswith(b"HTTP/1.1 413 ")
    return conn


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except ConnectionRefusedError:
        return True
    return False


def _closed_by_peer(conn: socket.socket) -> bool:
    try:
        while conn.recv(65536):
            pass
    except ConnectionResetError:
        pass
    except TimeoutError:
        return False
    return True


@pytest.mark.parametrize("attempt", range(3))
def test_stop_is_bounded_and_effective_after_an_oversized_body(attempt: int) -> None:
    sandbox = Sandbox().start()
    port = int(sandbox.url.rsplit(":", 1)[1])
    with _stalled_oversized_request(sandbox) as conn:
        started = time.monotonic()
        sandbox.stop()  # neither raises nor waits for the client
        assert time.monotonic() - started <= STOP_TIMEOUT
        assert _closed_by_peer(conn)
    assert _refused(port)
    assert not [t for t in threading.enumerate() if t.name == f"signalwire-sandbox-{port}"]


def test_stop_closes_a_request_in_flight_after_the_grace() -> None:
    sandbox = Sandbox().start()
    port = int(sandbox.url.rsplit(":", 1)[1])
    sandbox.inject(Fault.delay(60))
    outcome: list[BaseException] = []

    def send() -> None:
        try:
            with sandbox.client(timeout=60, max_retries=0) as sw:
                sw.calls.update(sandbox.live_call_sid, status="completed")
        except APIConnectionError as exc:
            outcome.append(exc)

    sender = threading.Thread(target=send)
    sender.start()
    while not sandbox.requests:
        time.sleep(0.01)
    started = time.monotonic()
    sandbox.stop()
    assert time.monotonic() - started <= STOP_TIMEOUT
    sender.join(30)
    assert not sender.is_alive() and len(outcome) == 1
    assert _refused(port)


# callbacks -------------------------------------------------------------------------------


class _Receiver:
    """Records each callback: (method, path as requested, headers, body)."""

    def __init__(self) -> None:
        self.received: list[tuple[str, str, dict[str, str], bytes]] = []
        received = self.received

        class Handler(http.server.BaseHTTPRequestHandler):
            def _take(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                received.append((self.command, self.path, dict(self.headers), body))
                self.send_response(204)
                self.end_headers()

            do_GET = do_POST = _take

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.mark.parametrize(
    ("method", "given", "path"),
    [
        ("GET", "/cb#part", "/cb?"),
        ("GET", "/cb?", "/cb?"),
        ("GET", "/cb?#part", "/cb?"),
        ("GET", "/cb?tenant=7#part", "/cb?tenant=7&"),
        ("POST", "/cb?tenant=7#part", "/cb?tenant=7"),
    ],
)
def test_callback_urls_with_a_fragment_or_an_empty_query(
    sandbox: Sandbox, client: SignalWire, method: Literal["GET", "POST"], given: str, path: str
) -> None:
    receiver = _Receiver()
    try:
        sid = sandbox.add_call(status="in-progress")["sid"]
        client.calls.update(
            sid, status_callback=receiver.base + given, status_callback_method=method
        )
        client.calls.update(sid, status="completed")
        [callback] = sandbox.wait_for_callbacks(1, timeout=30)
    finally:
        receiver.close()
    assert callback.error is None and callback.status == 204
    [(seen_method, seen_path, headers, body)] = receiver.received
    assert seen_method == method and seen_path.startswith(path)
    assert "#" not in callback.url and "??" not in seen_path
    form = parse_qsl(body.decode()) if method == "POST" else []
    if method == "GET":
        query = parse_qsl(urlsplit(seen_path).query)
        assert dict(query)["CallStatus"] == "completed"
        assert dict(query)["CallSid"] == sid
    else:
        assert dict(form)["CallSid"] == sid
    seen = receiver.base + seen_path
    assert callback.url == seen
    assert RequestValidator(sandbox.signing_key).validate_request(seen, form, headers)


# running it on its own -------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--port", "70000"],
        ["--port", "-1"],
        ["--port", "x"],
        ["--rate-limit", "x", "1"],
        ["--rate-limit", "0", "1"],
        ["--rate-limit", "1.5", "1"],
        ["--rate-limit", "10", "0"],
        ["--rate-limit", "10", "nan"],
        ["--rate-limit", "10", "inf"],
        ["--calls", "-1"],
    ],
)
def test_running_it_with_bad_arguments_is_a_usage_error(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "signalwire_compat.testing", *args],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("usage: python -m signalwire_compat.testing")
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_running_it_on_a_port_in_use_is_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = subprocess.run(
            [sys.executable, "-m", "signalwire_compat.testing", "--port", port],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and port in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize("per_seconds", [0.0, -1.0, float("inf"), float("nan")])
def test_a_rate_limit_needs_a_finite_positive_period(per_seconds: float) -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        Sandbox(rate_limit=(10, per_seconds))
