"""Webhooks: signatures that agree with an independent implementation, every tampering
refused, and the sandbox's signed status callbacks validated and parsed end to end."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import http.client
import http.server
import threading
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator as TwilioValidator  # type: ignore[import-untyped]
from werkzeug.datastructures import MultiDict

from signalwire_compat import ConfigurationError, InvalidParameterError
from signalwire_compat.testing import Sandbox
from signalwire_compat.webhooks import (
    SIGNATURE_HEADER,
    Params,
    RequestValidator,
    parse_call_status,
    parse_message_status,
    signature_of,
)
from signalwire_compat_client.models.call_status_callback import CallStatusCallback
from signalwire_compat_client.models.callback_call_status import CallbackCallStatus
from signalwire_compat_client.models.message_status import MessageStatus
from signalwire_compat_client.models.message_status_callback import MessageStatusCallback

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


JSON_BODY = b'{"call_id":"c1","event":"calling.call.state","params":{"state":"ended"}}'


def _hashed(url: str, body: bytes) -> str:
    return f"{url}?bodySHA256={hashlib.sha256(body).hexdigest()}"


def test_a_json_body_is_checked_against_the_bodysha256_of_its_url() -> None:
    url = _hashed("https://hooks.example.com/status", JSON_BODY)
    headers = {SIGNATURE_HEADER: TwilioValidator(KEY).compute_signature(url, {})}
    validator = RequestValidator(KEY)
    tampered = JSON_BODY.replace(b"ended", b"active")
    assert TwilioValidator(KEY).validate(url, JSON_BODY.decode(), headers[SIGNATURE_HEADER])
    assert not TwilioValidator(KEY).validate(url, tampered.decode(), headers[SIGNATURE_HEADER])
    assert validator.validate_request(url, {}, headers, body=JSON_BODY)
    assert validator.validate_request(url, {}, headers, body=JSON_BODY.decode())
    assert validator.validate_body(url, JSON_BODY, headers[SIGNATURE_HEADER])
    assert not validator.validate_request(url, {}, headers, body=tampered)
    assert not validator.validate_request(url, {}, headers, body=tampered.decode())
    assert not validator.validate_body(url, tampered, headers[SIGNATURE_HEADER])
    assert not validator.validate_request(url, {}, headers, body=b"")
    # A URL that promises a body by its hash is not proved by its signature alone.
    assert not validator.validate_request(url, {}, headers)
    assert not validator.validate(url, {}, headers[SIGNATURE_HEADER])
    # The hash is compared as written, in lower-case hex, as twilio-python does.
    upper = url.replace(url.rpartition("=")[2], url.rpartition("=")[2].upper())
    signed_upper = {SIGNATURE_HEADER: TwilioValidator(KEY).compute_signature(upper, {})}
    assert not validator.validate_request(upper, {}, signed_upper, body=JSON_BODY)


def test_a_body_is_never_proved_by_a_signature_of_the_url_alone() -> None:
    url = "https://hooks.example.com/status?tenant=7"
    headers = {SIGNATURE_HEADER: TwilioValidator(KEY).compute_signature(url, {})}
    validator = RequestValidator(KEY)
    assert validator.validate_request(url, {}, headers)  # a GET callback: the URL is all
    assert validator.validate_request(url, {}, headers, body=b"")
    assert not validator.validate_request(url, {}, headers, body=JSON_BODY)
    assert not validator.validate_body(url, JSON_BODY, headers[SIGNATURE_HEADER])


@settings(max_examples=50, deadline=None)
@given(body=st.binary(max_size=64), flip=st.integers(0, 63))
def test_raw_bodies_are_signed_as_bytes(body: bytes, flip: int) -> None:
    url = "https://hooks.example.com/status"
    validator = RequestValidator(KEY)
    expected = hmac.new(KEY.encode(), url.encode() + body, hashlib.sha1).hexdigest()
    assert validator.compute_body_signature(url, body) == expected
    assert validator.validate_body(url, body, expected)
    assert validator.validate_request(url, {}, {SIGNATURE_HEADER: expected}, body=body)
    hashed = _hashed(url, body)
    signed = {SIGNATURE_HEADER: TwilioValidator(KEY).compute_signature(hashed, {})}
    assert validator.validate_request(hashed, {}, signed, body=body)
    if body:
        changed = bytearray(body)
        changed[flip % len(body)] ^= 0x01
        assert not validator.validate_body(url, bytes(changed), expected)
        assert not validator.validate_request(hashed, {}, signed, body=bytes(changed))


def test_a_body_that_is_not_utf8_gives_false_not_an_exception() -> None:
    url = "https://hooks.example.com/status"
    raw = b"\xff\xfe\x80 not UTF-8"
    validator = RequestValidator(KEY)
    assert validator.validate_body(url, raw, "0" * 40) is False
    assert validator.validate_request(url, {}, {SIGNATURE_HEADER: "0" * 40}, body=raw) is False
    assert validator.validate_body(url, raw, validator.compute_body_signature(url, raw)) is True


hosts = st.sampled_from(["hooks.example.com", "127.0.0.1", "[2001:db8::a]", "[::1]"]).flatmap(
    lambda host: st.lists(st.booleans(), min_size=len(host), max_size=len(host)).map(
        lambda upper: "".join(c.upper() if u else c for c, u in zip(host, upper, strict=True))
    )
)


@settings(max_examples=200, deadline=None)
@given(
    scheme=st.sampled_from(["https", "http"]),
    host=hosts,
    signed_port=st.sampled_from(["", ":443", ":80", ":8443"]),
    received_port=st.sampled_from(["", ":443", ":80", ":8443"]),
    rest=st.sampled_from(["/status", "/status?Tenant=7&x=a%20b", ""]),
    form=forms,
)
def test_default_port_variants_keep_the_case_of_the_url(
    scheme: str,
    host: str,
    signed_port: str,
    received_port: str,
    rest: str,
    form: list[tuple[str, str]],
) -> None:
    signed_url = f"{scheme}://{host}{signed_port}{rest}"
    received_url = f"{scheme}://{host}{received_port}{rest}"
    signature = TwilioValidator(KEY).compute_signature(signed_url, MultiDict(form))
    default = ":443" if scheme == "https" else ":80"
    expected = signed_port == received_port or {signed_port, received_port} == {"", default}
    assert RequestValidator(KEY).validate(received_url, form, signature) is expected
    if expected and "[" not in host:  # twilio-python accepts these too (and drops any port)
        assert TwilioValidator(KEY).validate(received_url, MultiDict(form), signature)


def test_multi_dicts_are_read_with_every_value() -> None:
    from multidict import MultiDict as AiohttpMultiDict
    from starlette.datastructures import FormData, UploadFile

    form = [
        ("StatusCallbackEvent", "initiated"),
        ("CallSid", "CA1"),
        ("StatusCallbackEvent", "completed"),
    ]
    fields: list[tuple[str, str | UploadFile]] = list(form)
    url = "https://hooks.example.com/status"
    signature = TwilioValidator(KEY).compute_signature(url, MultiDict(form))
    unsigned = TwilioValidator(KEY).compute_signature(url, {})
    validator = RequestValidator(KEY)
    multi: list[Params] = [MultiDict(form), FormData(fields), AiohttpMultiDict(form)]
    for params in multi:
        assert validator.validate(url, params, signature), type(params).__name__
        assert validator.validate_request(url, params, {SIGNATURE_HEADER: signature})
        assert not validator.validate(url, params, unsigned)
        assert parse_call_status(params).call_sid == "CA1"


def test_a_form_that_is_not_a_form_is_a_typed_error() -> None:
    validator = RequestValidator(KEY)
    for bad in ("CallSid=CA1", b"CallSid=CA1", [("CallSid",)], [("CallSid", 1)], {"CallSid": None}):
        with pytest.raises(InvalidParameterError, match="params"):
            validator.validate("https://e.x/s", bad, "sig")  # type: ignore[arg-type]
        with pytest.raises(InvalidParameterError, match="params"):
            validator.compute_signature("https://e.x/s", bad)  # type: ignore[arg-type]


def test_text_that_is_not_valid_unicode_gives_false_or_a_typed_error() -> None:
    validator = RequestValidator(KEY)
    headers = {SIGNATURE_HEADER: "sig"}
    assert not validator.validate("https://e.x/\ud800", [], "sig")
    assert not validator.validate("https://e.x/s", [("Name", "\udc00")], "sig")
    assert not validator.validate_body("https://e.x/s", "{\ud800}", "sig")
    assert not validator.validate_request("https://e.x/s", [], headers, body="{\ud800}")
    with pytest.raises(InvalidParameterError):
        validator.compute_signature("https://e.x/s", [("Name", "\udc00")])
    with pytest.raises(InvalidParameterError):
        validator.compute_body_signature("https://e.x/\ud800", b"{}")


def test_an_unusable_signing_key_is_a_configuration_error() -> None:
    for bad in ("", "   ", " PSK_key", "PSK_key\n", "PSK\x00key", "PSK_\ud800", None, b"PSK_key"):
        with pytest.raises(ConfigurationError, match="signing_key") as caught:
            RequestValidator(bad)  # type: ignore[arg-type]
        assert "PSK" not in str(caught.value)


def test_every_signature_header_value_is_tried() -> None:
    from werkzeug.datastructures import Headers

    form = [("CallSid", "CA1")]
    url = "https://hooks.example.com/status"
    good = TwilioValidator(KEY).compute_signature(url, MultiDict(form))
    other = TwilioValidator(KEY).compute_signature(url, {})
    validator = RequestValidator(KEY)
    twice = Headers([(SIGNATURE_HEADER, other), (SIGNATURE_HEADER.lower(), good)])
    assert validator.validate_request(url, form, twice)
    assert validator.validate_request(
        url, form, {"X-Twilio-Signature": good, SIGNATURE_HEADER: other}
    )
    assert validator.validate_request(url, form, {SIGNATURE_HEADER: f"{other},{good}"})
    assert not validator.validate_request(url, form, Headers([(SIGNATURE_HEADER, other)] * 2))
    assert not validator.validate_request(url, form, {SIGNATURE_HEADER: f"{good} "})
    assert not validator.validate_request(url, form, {SIGNATURE_HEADER: ","})


class _FlaskServer:
    """A Flask app on 127.0.0.1: at ``/readme`` the README's handler as 0.4.0 wrote it, at
    ``/status`` the one it gives now (``request.form`` as it is, the URL SignalWire called)."""

    def __init__(self) -> None:
        from flask import Flask, abort, request
        from werkzeug.serving import make_server

        app = Flask(__name__)
        validator = RequestValidator(KEY)
        self.events: list[CallStatusCallback] = []
        self.by_request_url: list[bool] = []  # what validating against request.url gives

        @app.post("/readme")
        def readme() -> tuple[str, int]:
            if not validator.validate_request(
                request.url, request.form.items(multi=True), request.headers
            ):
                abort(403)
            self.events.append(parse_call_status(request.form.items(multi=True)))
            return "", 204

        def signed_url() -> str:
            """The URL SignalWire called (Flask's request.url re-encodes the query)."""
            query = request.query_string.decode(errors="replace")
            return self.base + request.root_path + request.path + (f"?{query}" if query else "")

        @app.route("/status", methods=["GET", "POST"])
        def status() -> tuple[str, int]:
            self.by_request_url.append(
                validator.validate_request(request.url, request.form, request.headers)
            )
            if not validator.validate_request(signed_url(), request.form, request.headers):
                abort(403)
            self.events.append(parse_call_status(request.form or request.args))
            return "", 204

        self._server = make_server("127.0.0.1", 0, app, threaded=True)
        self.base = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def send(
        self,
        method: str,
        target: str,
        form: list[tuple[str, str]],
        signed: tuple[str, list[tuple[str, str]]] | None = None,
    ) -> int:
        """Send ``form`` to ``target``, signed by twilio-python for ``base + target`` and
        ``form`` (or for the target and form in ``signed``); the response's status."""
        signed_target, signed_form = signed or (target, form)
        signature = TwilioValidator(KEY).compute_signature(
            self.base + signed_target, MultiDict(signed_form)
        )
        headers = {SIGNATURE_HEADER: str(signature)}
        body = urlencode(form) if method == "POST" else None
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", self._server.server_port, timeout=10)
        try:
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            return response.status
        finally:
            connection.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


@pytest.fixture
def flask_server() -> Iterator[_FlaskServer]:
    server = _FlaskServer()
    yield server
    server.close()


REPEATED_FORM = [
    ("CallSid", "CA1"),
    ("CallStatus", "completed"),
    ("StatusCallbackEvent", "initiated"),
    ("StatusCallbackEvent", "completed"),
    ("Note", "a+b c/é %2F"),
]
FORGED_FORM = [*REPEATED_FORM[:3], ("StatusCallbackEvent", "ringing"), REPEATED_FORM[4]]
GET_QUERY = (
    "CallSid=CA1&CallStatus=completed&From=%2B15551239999&Name=a+b&Space=a%20b&Slash=x%2Fy"
    "&City=Z%C3%BCrich&Timestamp=Sat%2C+28+Nov+2026+20%3A00%3A00+%2B0000"
)


def test_flask_post_with_repeated_values_as_the_readme_writes_it(
    flask_server: _FlaskServer,
) -> None:
    assert flask_server.send("POST", "/readme?tenant=7", REPEATED_FORM) == 204
    assert flask_server.send("POST", "/readme", FORGED_FORM, ("/readme", REPEATED_FORM)) == 403
    [event] = flask_server.events
    assert (event.call_sid, event.call_status) == ("CA1", CallbackCallStatus.COMPLETED)


def test_flask_form_passed_as_it_is_and_get_callbacks(flask_server: _FlaskServer) -> None:
    assert flask_server.send("POST", "/status?tenant=7", REPEATED_FORM) == 204
    assert flask_server.send("GET", f"/status?{GET_QUERY}", []) == 204
    assert flask_server.send("POST", "/status", FORGED_FORM, ("/status", REPEATED_FORM)) == 403
    forged_query = GET_QUERY.replace("completed", "busy")
    assert (
        flask_server.send("GET", f"/status?{forged_query}", [], (f"/status?{GET_QUERY}", [])) == 403
    )
    posted, fetched = flask_server.events
    assert (posted.call_sid, posted.call_status) == ("CA1", CallbackCallStatus.COMPLETED)
    assert (fetched.call_sid, fetched.call_status) == ("CA1", CallbackCallStatus.COMPLETED)
    assert (fetched.from_, fetched.timestamp) == ("+15551239999", "Sat, 28 Nov 2026 20:00:00 +0000")
    assert fetched.additional_properties["Slash"] == "x/y"
    # Flask's request.url re-encodes the query (%2C, %3A, %2F and %C3%BC come back decoded), so
    # only the URL SignalWire called (public base URL, path, raw query string) validates a GET.
    assert flask_server.by_request_url == [True, False, False, False]


def test_a_field_the_form_leaves_out_reads_none() -> None:
    event = parse_call_status([("CallSid", "CA1"), ("CallStatus", "ringing"), ("Extra", "x")])
    assert event.call_duration is None and event.call_status is CallbackCallStatus.RINGING
    assert event.fields_set == frozenset({"call_sid", "call_status"})
    assert event.additional_properties == {"Extra": "x"}
    assert event.to_dict() == {"CallSid": "CA1", "CallStatus": "ringing", "Extra": "x"}


# A message status callback as SignalWire posts it (Twilio's SmsSid and SmsStatus ride along).
MESSAGE_FORM = [
    ("MessageSid", "0a059168-ead0-41af-9d1f-343dae832527"),
    ("SmsSid", "0a059168-ead0-41af-9d1f-343dae832527"),
    ("AccountSid", "ea108133-d6b3-407c-9536-9fad8a929a6a"),
    ("From", "+15551234567"),
    ("To", "+15557654321"),
    ("Body", "Hello World!"),
    ("MessageStatus", "delivered"),
    ("SmsStatus", "delivered"),
    ("NumMedia", "0"),
    ("NumSegments", "1"),
]


def test_a_signed_message_status_callback_is_validated_and_parsed() -> None:
    from werkzeug.test import EnvironBuilder
    from werkzeug.wrappers import Request

    url = "https://hooks.example.com/messages?tenant=7"
    signature = TwilioValidator(KEY).compute_signature(url, MultiDict(MESSAGE_FORM))
    builder = EnvironBuilder(
        base_url="https://hooks.example.com", path="/messages", query_string="tenant=7",
        method="POST", data=MultiDict(MESSAGE_FORM), headers=[(SIGNATURE_HEADER, str(signature))],
    )  # fmt: skip
    request = Request(builder.get_environ())
    form = request.form.items(multi=True)
    assert RequestValidator(KEY).validate_request(url, list(form), request.headers)
    event = parse_message_status(request.form.items(multi=True))
    assert isinstance(event, MessageStatusCallback)
    assert event.message_status is MessageStatus.DELIVERED
    assert (event.message_sid, event.from_, event.to, event.body) == (
        "0a059168-ead0-41af-9d1f-343dae832527",
        "+15551234567",
        "+15557654321",
        "Hello World!",
    )
    assert (event.num_media, event.num_segments, event.error_code) == ("0", "1", None)


def test_every_message_status_the_service_sends_is_typed_and_an_unknown_one_passes() -> None:
    outbound = ["queued", "sending", "sent", "delivered", "undelivered", "failed"]
    for status in [*outbound, "receiving", "received"]:
        event = parse_message_status([("MessageStatus", status)])
        assert event.message_status is MessageStatus(status)
    event = parse_message_status([("MessageStatus", "scheduled"), ("ErrorCode", "30003")])
    assert event.message_status == "scheduled"
    assert not isinstance(event.message_status, MessageStatus)
    assert event.error_code == "30003"


def test_a_message_field_the_form_leaves_out_reads_none_and_an_unknown_one_is_kept() -> None:
    event = parse_message_status(
        [("MessageSid", "SM1"), ("MessageStatus", "failed"), ("Extra", "x"), ("Extra", "y")]
    )
    assert event.body is None and event.message_status is MessageStatus.FAILED
    assert event.fields_set == frozenset({"message_sid", "message_status"})
    assert event.additional_properties == {"Extra": "y"}
    assert event.to_dict() == {"MessageSid": "SM1", "MessageStatus": "failed", "Extra": "y"}


INBOUND_FORM = [
    ("CallSid", "CA7f2c"),
    ("AccountSid", "b3877c40-da60-4998-90ad-b792e98472af"),
    ("From", "+15551234567"),
    ("To", "+15557654321"),
    ("Timestamp", "Wed, 02 Dec 2026 10:00:00 +0000"),
    ("CallStatus", "completed"),
    ("CallDuration", "42"),
    ("AudioInMos", "4.3"),
]


def test_a_signed_inbound_call_status_callback_is_validated_and_parsed() -> None:
    from signalwire_compat.webhooks import parse_incoming_call_status
    from signalwire_compat_client.models.call_status import CallStatus
    from signalwire_compat_client.models.incoming_call_status_callback import (
        IncomingCallStatusCallback,
    )

    url = "https://hooks.example.com/numbers/status"
    signature = str(TwilioValidator(KEY).compute_signature(url, MultiDict(INBOUND_FORM)))
    assert RequestValidator(KEY).validate_request(url, INBOUND_FORM, {SIGNATURE_HEADER: signature})
    event = parse_incoming_call_status(INBOUND_FORM)
    assert isinstance(event, IncomingCallStatusCallback)
    assert event.call_status is CallStatus.COMPLETED
    assert (event.call_sid, event.from_, event.to) == ("CA7f2c", "+15551234567", "+15557654321")
    assert (event.call_duration, event.audio_in_mos) == ("42", "4.3")  # as text, as sent
    other = parse_incoming_call_status([("CallStatus", "rejected"), ("Extra", "x")])
    assert other.call_status == "rejected" and not isinstance(other.call_status, CallStatus)
    assert other.timestamp is None and other.additional_properties == {"Extra": "x"}


def test_a_transcription_status_callback_is_parsed_with_its_status_typed() -> None:
    from signalwire_compat.webhooks import parse_transcription_status
    from signalwire_compat_client.models.transcription_status import TranscriptionStatus

    form = [
        ("TranscriptionSid", "TR1"),
        ("TranscriptionText", "Call me back & soon"),
        ("TranscriptionStatus", "completed"),
        ("RecordingSid", "RE1"),
        ("RecordingUrl", "https://example.signalwire.com/api/laml/2010-04-01/Recordings/RE1"),
    ]
    event = parse_transcription_status(form)
    assert event.transcription_status is TranscriptionStatus.COMPLETED
    assert (event.transcription_sid, event.recording_sid) == ("TR1", "RE1")
    assert event.transcription_text == "Call me back & soon"
    assert event.transcription_url is None
    assert event.fields_set == frozenset(
        {
            "transcription_sid",
            "transcription_text",
            "transcription_status",
            "recording_sid",
            "recording_url",
        }
    )
    failed = parse_transcription_status([("TranscriptionStatus", "failed")])
    assert failed.transcription_status is TranscriptionStatus.FAILED
    assert parse_transcription_status([("TranscriptionStatus", "x")]).transcription_status == "x"
