"""Reading calls: the seed example, open enums, nulls, extra fields and service dates."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from respx import MockRouter

from signalwire_compat import (
    UNSET,
    AnsweredBy,
    Call,
    CallDirection,
    CallStatus,
    SignalWire,
    SubresourceUris,
    call_times,
    parse_rfc2822,
)

from .conftest import API_TOKEN, CALL_SID, CALL_URL, PROJECT_ID, SPACE

NULLABLE = [
    "account_sid", "annotation", "answered_by", "api_version", "date_created", "date_updated",
    "direction", "duration", "end_time", "forwarded_from", "from", "formatted_from",
    "parent_call_sid", "phone_number_sid", "price", "price_unit", "start_time", "status",
    "subresource_uris", "to", "formatted_to", "uri",
]  # fmt: skip


def update_returning(respx_mock: MockRouter, body: dict[str, Any]) -> Any:
    respx_mock.post(CALL_URL).respond(200, json=body)
    sw = SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE)
    return sw.calls.update(CALL_SID, status="completed")


def test_seed_example_verbatim(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    call = update_returning(respx_mock, seed_call)
    assert call.sid == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert call.answered_by is AnsweredBy.MACHINE
    assert call.direction is CallDirection.INBOUND
    assert call.status is CallStatus.QUEUED
    assert call.duration == 20
    assert call.price == 0.003
    assert call.from_ == "+13103384645"
    assert call.formatted_to == "(310) 567-8901"
    assert call.date_created == "Wed, 19 Sept 2018 20:00:00 +0000"
    assert isinstance(call.subresource_uris, SubresourceUris)
    assert isinstance(call.subresource_uris.recordings, str)
    assert call.subresource_uris.recordings.endswith("472pa/Recordings.json")
    assert call.uri.endswith("472pa.json")
    assert call.additional_properties == {}
    assert call.to_dict() == seed_call


def test_seed_dates_as_aware_datetimes(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    times = call_times(update_returning(respx_mock, seed_call))
    assert times.date_created == datetime(2018, 9, 19, 20, 0, 0, tzinfo=UTC)
    assert times.date_updated == datetime(2018, 9, 19, 21, 0, 0, tzinfo=UTC)
    assert times.start_time == datetime(2018, 9, 19, 20, 0, 1, tzinfo=UTC)
    assert times.end_time == datetime(2018, 9, 21, 10, 0, 0, tzinfo=UTC)
    assert all(t is not None and t.utcoffset() == timedelta(0) for t in vars(times).values())


def test_unknown_status_extra_fields_and_nulls(respx_mock: MockRouter) -> None:
    body: dict[str, Any] = {name: None for name in NULLABLE}
    body.update(
        sid="CA1",
        status="no-answer",
        answered_by="machine_end_beep",
        direction="outbound-api",
        queue_time="12",
        trunk_sid=None,
    )
    call = update_returning(respx_mock, body)
    assert call.status == "no-answer"
    assert call.answered_by == "machine_end_beep"
    assert call.direction == "outbound-api"
    assert call.additional_properties == {"queue_time": "12", "trunk_sid": None}
    for name in NULLABLE:
        if name not in ("status", "answered_by", "direction"):
            assert getattr(call, "from_" if name == "from" else name) is None, name
    assert call_times(call).end_time is None


def test_missing_optional_fields_are_none(respx_mock: MockRouter) -> None:
    call = update_returning(respx_mock, {"sid": "CA1"})
    assert call.status is None and call.price is None
    assert call.fields_set == frozenset({"sid"})
    assert call.to_dict() == {"sid": "CA1"}
    assert call_times(call).date_created is None


def test_fields_set_tells_null_from_left_out(respx_mock: MockRouter) -> None:
    body = {"sid": "CA1", "to": None, "status": "queued", "extra": None}
    call = update_returning(respx_mock, body)
    assert call.to is None and call.from_ is None
    assert call.fields_set == frozenset({"sid", "to", "status"})  # Python names
    assert call.additional_properties == {"extra": None}
    assert call.to_dict() == body  # null stays null, left out stays out
    assert call != Call.from_dict({"sid": "CA1", "status": "queued", "extra": None})


def test_the_body_comes_back_from_to_dict(
    respx_mock: MockRouter, seed_call: dict[str, Any]
) -> None:
    body = {**seed_call, "status": "a-new-status", "queue_time": "12"}
    call = update_returning(respx_mock, body)
    assert call.to_dict() == body
    assert Call.from_dict(call.to_dict()) == call


def test_a_call_built_directly_holds_what_it_was_given() -> None:
    call = Call(sid="CA1", to="+15551230000", status=CallStatus.QUEUED)
    assert call.fields_set == frozenset({"sid", "to", "status"})
    assert call.to_dict() == {"sid": "CA1", "to": "+15551230000", "status": "queued"}
    assert call.duration is None


def test_price_as_string(respx_mock: MockRouter, seed_call: dict[str, Any]) -> None:
    call = update_returning(respx_mock, {**seed_call, "price": "-0.00750"})
    assert call.price == "-0.00750"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, 19 Sept 2018 20:00:00 +0000", datetime(2018, 9, 19, 20, tzinfo=UTC)),
        ("Wed, 19 Sep 2018 20:00:00 GMT", datetime(2018, 9, 19, 20, tzinfo=UTC)),
        ("Thu, 01 June 2023 08:30:05 +0200", datetime(2023, 6, 1, 6, 30, 5, tzinfo=UTC)),
        ("Tue, 3 September 2024 23:59:59 -0500", datetime(2024, 9, 4, 4, 59, 59, tzinfo=UTC)),
        ("Mon, 1 Jan 2024 00:00:00", datetime(2024, 1, 1, tzinfo=UTC)),
    ],
)
def test_parse_rfc2822(text: str, expected: datetime) -> None:
    parsed = parse_rfc2822(text)
    assert parsed == expected
    assert parsed.tzinfo is not None


def test_parse_rfc2822_keeps_the_offset() -> None:
    parsed = parse_rfc2822("Thu, 01 Jun 2023 08:30:05 +0200")
    assert parsed.tzinfo == timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    "text", ["", "yesterday", "2018-09-19T20:00:00Z", "Wed, 19 Septx 2018 20:00:00 +0000"]
)
def test_parse_rfc2822_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rfc2822(text)


def test_unreadable_date_is_none_not_a_crash(respx_mock: MockRouter) -> None:
    call = update_returning(respx_mock, {"sid": "CA1", "date_updated": "soon"})
    assert call_times(call).date_updated is None
    assert call.date_updated == "soon"


def test_response_is_parsed_by_generated_model(respx_mock: MockRouter) -> None:
    respx_mock.post(CALL_URL).mock(return_value=httpx.Response(200, json={"sid": "CA9"}))
    sw = SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, space_url=SPACE)
    assert (
        type(sw.calls.update(CALL_SID, status="completed")).__module__
        == "signalwire_compat_client.models.call"
    )


def test_a_call_pickles_and_copies_to_an_equal_call(respx_mock: MockRouter) -> None:
    """Fields the service left out stay None and out of ``fields_set`` through pickle and copy."""
    call = update_returning(
        respx_mock, {"sid": "CA1", "status": "in-progress", "to": None, "extra": 1}
    )
    assert call.from_ is None and call.fields_set == {"sid", "status", "to"}
    for again in (
        pickle.loads(pickle.dumps(call)),  # noqa: S301  (our own bytes)
        copy.deepcopy(call),
        copy.copy(call),
    ):
        assert again == call
        assert again.from_ is None and again.fields_set == call.fields_set
        assert again.additional_properties == {"extra": 1}
        assert again.to_dict() == call.to_dict()
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET  # noqa: S301
