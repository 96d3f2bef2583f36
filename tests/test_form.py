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
from signalwire_compat_client.api.calls import update_a_call
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
    with pytest.raises(InvalidParameterError, match="nothing to update") as caught:
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
