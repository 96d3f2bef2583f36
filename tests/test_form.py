"""The form encoder: exact bytes, checked input, and the same fields as twilio-python."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twilio.rest import Client as TwilioClient  # type: ignore[import-untyped]

from signalwire_compat import CallStatus, HttpMethod, InvalidParameterError
from signalwire_compat._operation import build
from signalwire_compat_client.api.calls import create_a_call, update_a_call
from signalwire_compat_client.api.calls.update_a_call import UpdateACallParams as CallUpdate
from signalwire_compat_client.models.update_call_status import UpdateCallStatus

from ._server import recording_server
from .conftest import CALL_SID, PROJECT_ID


def encode(fields: CallUpdate) -> bytes:
    """The form body the client sends for an update with ``fields``."""
    content = build(update_a_call.OPERATION, (None, CALL_SID), PROJECT_ID, fields).content
    assert content is not None
    return content


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "completed"}, b"Status=completed"),
        ({"status": UpdateCallStatus.CANCELED}, b"Status=canceled"),
        (
            {"url": "https://example.com/next.xml", "method": "GET"},
            b"Url=https%3A%2F%2Fexample.com%2Fnext.xml&Method=GET",
        ),
        (
            {
                "status_callback_method": HttpMethod.POST,
                "status_callback": "https://cb.example.com/s",
                "fallback_method": "GET",
                "fallback_url": "http://fb.example.com/f",
                "status": "completed",
                "method": "POST",
                "url": "https://example.com/a",
            },
            b"Url=https%3A%2F%2Fexample.com%2Fa&Method=POST&Status=completed"
            b"&FallbackUrl=http%3A%2F%2Ffb.example.com%2Ff&FallbackMethod=GET"
            b"&StatusCallback=https%3A%2F%2Fcb.example.com%2Fs&StatusCallbackMethod=POST",
        ),
        ({"status_callback": ""}, b"StatusCallback="),
        (
            {"url": "https://example.com/x?a=1&b=2 3+4=5"},
            b"Url=https%3A%2F%2Fexample.com%2Fx%3Fa%3D1%26b%3D2+3%2B4%3D5",
        ),
        (
            {"url": "https://example.com/caf\u00e9/\u260e"},
            b"Url=https%3A%2F%2Fexample.com%2Fcaf%C3%A9%2F%E2%98%8E",
        ),
    ],
)
def test_encoding_is_exact(fields: CallUpdate, expected: bytes) -> None:
    assert encode(fields) == expected


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"status": "hangup"}, "status"),
        ({"status": "in-progress"}, "status"),
        ({"status": CallStatus.RINGING}, "status"),
        ({"status": "COMPLETED"}, "status"),
        ({"method": "PUT"}, "method"),
        ({"fallback_method": "get"}, "fallback_method"),
        ({"status_callback_method": 1}, "status_callback_method"),
        ({"url": "ftp://example.com/x.xml"}, "url"),
        ({"url": "example.com/x.xml"}, "url"),
        ({"fallback_url": "javascript:alert(1)"}, "fallback_url"),
        ({"status_callback": 42}, "status_callback"),
    ],
)
def test_bad_input_names_the_field(fields: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        encode(fields)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")


def test_empty_update_is_refused() -> None:
    with pytest.raises(
        InvalidParameterError, match="update_a_call needs at least one field"
    ) as caught:
        encode({})
    assert caught.value.field == "fields"


def test_unknown_argument_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="Twiml"):
        encode({"Twiml": "<Response/>"})  # type: ignore[typeddict-unknown-key]


url_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\x00"),
    max_size=40,
)


@given(
    path=url_text,
    callback=url_text,
    status=st.sampled_from(list(UpdateCallStatus)),
    method=st.sampled_from(["GET", "POST"]),
)
def test_round_trips_through_parse_qs(
    path: str, callback: str, status: UpdateCallStatus, method: str
) -> None:
    fields: CallUpdate = {
        "url": "https://example.com/" + path,
        "status": status,
        "method": method,  # type: ignore[typeddict-item]
        "status_callback": "",
        "fallback_url": "http://example.com/" + callback,
    }
    decoded = parse_qs(encode(fields).decode("ascii"), keep_blank_values=True, strict_parsing=True)
    assert decoded == {
        "Url": ["https://example.com/" + path],
        "Method": [method],
        "Status": [status.value],
        "StatusCallback": [""],
        "FallbackUrl": ["http://example.com/" + callback],
    }


TWILIO_CASES: list[CallUpdate] = [
    {"status": "completed"},
    {"url": "https://example.com/next.xml", "method": "GET"},
    {
        "url": "https://example.com/a?x=1&y=\u00e9 +",
        "method": "POST",
        "status": "canceled",
        "fallback_url": "https://example.com/fb",
        "fallback_method": "GET",
        "status_callback": "https://example.com/cb",
        "status_callback_method": "POST",
    },
    {"status_callback": ""},
]


@pytest.mark.parametrize("fields", TWILIO_CASES)
def test_same_body_as_twilio_python(fields: CallUpdate, seed_call: dict[str, Any]) -> None:
    twilio_kwargs = {
        key: value.value if isinstance(value, UpdateCallStatus | HttpMethod) else value
        for key, value in fields.items()
    }
    with recording_server(seed_call) as server:
        twilio = TwilioClient("AC" + "0" * 32, "token", account_sid=PROJECT_ID)
        twilio.api.base_url = server.base_url
        twilio.calls(CALL_SID).update(**twilio_kwargs)
    sent = server.requests[0].body
    assert parse_qs(sent.decode(), keep_blank_values=True) == parse_qs(
        encode(fields).decode(), keep_blank_values=True
    )
    assert sent == encode(fields)


EVERY_SHARED_CREATE_FIELD: dict[str, Any] = {
    "to": "+15551230000",
    "from_": "+15551239999",
    "url": "https://example.com/answer.xml?a=1&b=\u00e9",
    "method": "GET",
    "fallback_url": "https://example.com/fallback.xml",
    "fallback_method": "POST",
    "status_callback": "https://example.com/status",
    "status_callback_event": ["initiated", "answered", "completed"],
    "status_callback_method": "POST",
    "send_digits": "ww1234#",
    "timeout": 45,
    "record": True,
    "recording_channels": "dual",
    "recording_status_callback": "https://example.com/recording",
    "recording_status_callback_method": "GET",
    "sip_auth_username": "user",
    "sip_auth_password": "pass word",
    "machine_detection": "DetectMessageEnd",
    "machine_detection_timeout": 30,
    "recording_status_callback_event": "completed in-progress",
    "trim": "do-not-trim",
    "caller_id": "Support",
    "machine_detection_speech_threshold": 2400,
    "machine_detection_speech_end_threshold": 1200,
    "machine_detection_silence_timeout": 5000,
    "async_amd_status_callback": "https://example.com/amd",
    "async_amd_status_callback_method": "POST",
    "recording_track": "inbound",
}

CREATE_CASES: list[dict[str, Any]] = [
    {"to": "+15551230000", "from_": "+15551239999", "url": "https://example.com/a.xml"},
    {"to": "sip:me@example.com", "from_": "+1555", "application_sid": "AP1", "record": False},
    EVERY_SHARED_CREATE_FIELD,
]


@pytest.mark.parametrize("fields", CREATE_CASES)
def test_create_sends_the_same_body_as_twilio_python(
    fields: dict[str, Any], seed_call: dict[str, Any]
) -> None:
    """Every field the two share, in twilio-python's order, with the same bytes."""
    ours = build(create_a_call.OPERATION, (None,), PROJECT_ID, fields).content
    with recording_server(seed_call) as server:
        twilio = TwilioClient("AC" + "0" * 32, "token", account_sid=PROJECT_ID)
        twilio.api.base_url = server.base_url
        twilio.calls.create(**fields)
    assert server.requests[0].body == ours


def test_async_amd_is_sent_as_the_documented_boolean() -> None:
    """twilio-python passes its ``async_amd`` string through as given (``True`` for Python's
    ``True``); the spec's field is a boolean, sent as ``true``/``false`` like ``Record``."""
    fields = {"to": "+15551230000", "from_": "+15551239999", "async_amd": True}
    ours = build(create_a_call.OPERATION, (None,), PROJECT_ID, fields).content
    assert ours == b"To=%2B15551230000&From=%2B15551239999&AsyncAmd=true"


_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)


@given(st.lists(st.tuples(_TEXT, _TEXT), max_size=5), _TEXT)
def test_the_encoders_write_what_the_standard_library_writes(
    pairs: list[tuple[str, str]], segment: str
) -> None:
    """Its fast path for text with nothing to escape changes no byte."""
    from urllib.parse import quote, urlencode

    from signalwire_compat._operation import _form_item, _segment

    assert "&".join(_form_item(name, value) for name, value in pairs) == urlencode(pairs)
    assert _segment(segment) == quote(segment, safe="")
