"""Webhooks: signatures that agree with an independent implementation, every tampering
refused, and the sandbox's signed status callbacks validated and parsed end to end."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator as TwilioValidator  # type: ignore[import-untyped]
from werkzeug.datastructures import MultiDict

from signalwire_compat.testing import Sandbox
from signalwire_compat.webhooks import (
    SIGNATURE_HEADER,
    RequestValidator,
    parse_call_status,
    signature_of,
)
from signalwire_compat_client.models.callback_call_status import CallbackCallStatus

KEY = "PSK_test_signing_key"
text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=20)
names = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12)
forms = st.lists(st.tuples(names, text), max_size=8)
urls = st.sampled_from(
    [
        "https://example.com/status",
        "https://example.com/status?tenant=7&x=a%20b",
        "http://127.0.0.1:8080/cb",
        "https://example.com:8443/deep/path",
    ]
)


@settings(max_examples=200, deadline=None)
@given(url=urls, form=forms)
def test_independent_signatures_validate(url: str, form: list[tuple[str, str]]) -> None:
    signature = TwilioValidator(KEY).compute_signature(url, MultiDict(form))
    validator = RequestValidator(KEY)
    assert validator.compute_signature(url, form) == signature
    assert validator.validate(url, form, signature)


def _canonical(form: list[tuple[str, str]]) -> dict[str, set[str]]:
    """What a signature covers: each name's distinct values."""
    grouped: dict[str, set[str]] = {}
    for name, value in form:
        grouped.setdefault(name, set()).add(value)
    return grouped


@settings(max_examples=100, deadline=None)
@given(form=st.lists(st.tuples(names, text), min_size=1, max_size=6), data=st.data())
def test_every_tampering_is_refused(form: list[tuple[str, str]], data: st.DataObject) -> None:
    url = "https://example.com/status"
    validator = RequestValidator(KEY)
    signature = validator.compute_signature(url, form)
    index = data.draw(st.integers(0, len(form) - 1))
    name, value = form[index]
    changed = data.draw(text.filter(lambda new: new != value))
    altered = [*form[:index], (name, changed), *form[index + 1 :]]
    if _canonical(altered) != _canonical(form):  # the same distinct values sign the same
        assert not validator.validate(url, altered, signature)
    injected = [*form, ("Injected", "1")]
    if _canonical(injected) != _canonical(form):
        assert not validator.validate(url, injected, signature)
    assert not validator.validate(url + "?x=1", form, signature)
    assert not RequestValidator(KEY + "x").validate(url, form, signature)
    assert not validator.validate(
        url, form, signature.lower() if signature != signature.lower() else "A" + signature
    )


def test_the_key_stays_out_of_sight() -> None:
    validator = RequestValidator(KEY)
    assert KEY not in repr(validator) and KEY not in str(validator)
    with pytest.raises(ValueError, match="Signing Key"):
        RequestValidator("")


def test_signature_header_in_any_case_and_both_names() -> None:
    assert signature_of({"x-signalwire-signature": "a"}) == "a"
    assert signature_of({"X-Twilio-Signature": "b"}) == "b"
    assert signature_of({"X-Other": "c"}) is None


class _Receiver:
    """A webhook receiver on 127.0.0.1 that records what it gets."""

    def __init__(self) -> None:
        received: list[tuple[str, str, dict[str, str], str]] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _take(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                received.append((self.command, self.path, dict(self.headers), body))
                self.send_response(204)
                self.end_headers()

            do_POST = do_GET = _take

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.received = received
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    server = _Receiver()
    yield server
    server.close()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


def _check(sandbox: Sandbox, receiver: _Receiver, url: str) -> None:
    [callback] = sandbox.wait_for_callbacks(1, timeout=30)
    assert callback.status == 204 and callback.error is None
    method, path, headers, body = receiver.received[-1]
    form = parse_qsl(body, keep_blank_values=True) if method == "POST" else []
    seen = receiver.base + path
    assert RequestValidator(sandbox.signing_key).validate_request(seen, form, headers)
    assert not RequestValidator("PSK_not_the_key").validate_request(seen, form, headers)
    assert headers[SIGNATURE_HEADER] == callback.signature
    payload = parse_call_status(form or parse_qsl(urlsplit(path).query))
    assert payload.call_status is CallbackCallStatus.COMPLETED
    assert payload.call_sid == sandbox.live_call_sid
    assert url.startswith(receiver.base)


def test_a_hang_up_sends_a_signed_status_callback(sandbox: Sandbox, receiver: _Receiver) -> None:
    url = f"{receiver.base}/status?tenant=7"
    with sandbox.client() as sw:
        sw.calls.update(sandbox.live_call_sid, status_callback=url)
        sw.calls.update(sandbox.live_call_sid, status="completed")
    _check(sandbox, receiver, url)


def test_async_client_and_get_callbacks(sandbox: Sandbox, receiver: _Receiver) -> None:
    url = f"{receiver.base}/status"

    async def main() -> None:
        async with sandbox.async_client() as sw:
            sid = sandbox.live_call_sid
            await sw.calls.update(sid, status_callback=url, status_callback_method="GET")
            await sw.calls.update(sid, status="completed")

    asyncio.run(main())
    _check(sandbox, receiver, url)
    assert receiver.received[-1][0] == "GET"


def test_create_reports_initiated_when_asked(sandbox: Sandbox, receiver: _Receiver) -> None:
    with sandbox.client() as sw:
        call = sw.calls.create(
            to="+15551230000", from_="+15551239999", url="https://e.x/a.xml",
            status_callback=f"{receiver.base}/s", status_callback_event=["initiated", "completed"],
        )  # fmt: skip
        sw.calls.update(call.sid, status="canceled")
    sent = sandbox.wait_for_callbacks(2, timeout=30)
    first, last = sorted(sent, key=lambda callback: int(callback.form["SequenceNumber"]))
    assert (first.form["CallStatus"], first.form["SequenceNumber"]) == ("initiated", "0")
    assert (last.form["CallStatus"], last.form["SequenceNumber"]) == ("canceled", "1")


def test_callbacks_go_to_loopback_only_and_failures_are_recorded(sandbox: Sandbox) -> None:
    with sandbox.client() as sw:
        sw.calls.update(sandbox.live_call_sid, status_callback="https://example.com/cb")
        sw.calls.update(sandbox.live_call_sid, status="completed")
        call = sw.calls.create(
            to="+1", from_="+2", url="https://e.x/a", status_callback="http://127.0.0.1:9/x"
        )
        ended = sw.calls.update(call.sid, status="completed")  # the refused port raises nothing
    assert ended.status == "completed"
    refused, failed = sandbox.wait_for_callbacks(2, timeout=30)
    assert refused.status is None and refused.error and "loopback" in refused.error
    assert failed.status is None and failed.error


def test_the_readme_flask_way_of_reading_a_request() -> None:
    # Flask's request is werkzeug's Request: the README's call, on a signed status callback.
    from werkzeug.test import EnvironBuilder
    from werkzeug.wrappers import Request

    form = [("CallSid", "CA1"), ("CallStatus", "completed"), ("CallDuration", "12")]
    url = "https://hooks.example.com/status?tenant=7"
    signature = TwilioValidator(KEY).compute_signature(url, MultiDict(form))
    builder = EnvironBuilder(
        base_url="https://hooks.example.com", path="/status", query_string="tenant=7",
        method="POST", data=dict(form), headers=[("X-SignalWire-Signature", str(signature))],
    )  # fmt: skip
    request = Request(builder.get_environ())
    validator = RequestValidator(KEY)
    assert validator.validate_request(request.url, request.form.items(multi=True), request.headers)
    event = parse_call_status(request.form.items(multi=True))
    assert (event.call_sid, event.call_status, event.call_duration) == (
        "CA1",
        CallbackCallStatus.COMPLETED,
        "12",
    )
