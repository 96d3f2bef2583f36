"""The date filters of a listing (``format: date``): a ``datetime.date`` is sent as
``YYYY-MM-DD``, an aware ``datetime`` only at midnight UTC, a naive one refused, a string as
given; against the sandbox, on the sync and async clients."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from signalwire_compat import InvalidParameterError, SignalWire
from signalwire_compat.testing import Sandbox

from ._mypy import mypy

UTC = datetime.UTC
MINUS_5 = datetime.timezone(datetime.timedelta(hours=-5))


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client(max_retries=0) as client:
        yield client


def _query(sandbox: Sandbox, client: SignalWire, **filters: Any) -> str:
    """The query string the listing sent, checked valid by the sandbox."""
    list(client.calls.list(**filters))
    request = sandbox.requests[-1]
    assert request.valid
    return request.path.split("?", 1)[1]


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (datetime.date(2026, 11, 1), "2026-11-01"),
        (datetime.date(5, 1, 2), "0005-01-02"),
        (datetime.datetime(2026, 11, 1, tzinfo=UTC), "2026-11-01"),
        (datetime.datetime(2026, 10, 31, 19, tzinfo=MINUS_5), "2026-11-01"),
    ],
)
def test_dates_are_sent_as_yyyy_mm_dd(
    sandbox: Sandbox, client: SignalWire, value: datetime.date, sent: str
) -> None:
    assert _query(sandbox, client, start_time_after=value) == f"StartTime%3E={sent}"


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-01",
        "Sun, 01 Nov 2026 00:00:00 +0000",
        "not a date at all",
    ],
)
def test_strings_are_sent_as_given(sandbox: Sandbox, client: SignalWire, value: str) -> None:
    from urllib.parse import parse_qsl

    assert parse_qsl(_query(sandbox, client, end_time=value)) == [("EndTime", value)]


def test_every_date_filter_takes_a_date(sandbox: Sandbox, client: SignalWire) -> None:
    day = datetime.date(2026, 11, 1)
    names = ["start_time", "start_time_before", "start_time_after"]
    names += ["end_time", "end_time_before", "end_time_after"]
    query = _query(sandbox, client, **dict.fromkeys(names, day))
    wires = ["StartTime", "StartTime%3C", "StartTime%3E", "EndTime", "EndTime%3C", "EndTime%3E"]
    assert query == "&".join(f"{wire}=2026-11-01" for wire in wires)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (datetime.datetime(2026, 11, 1, 0, 0, 1, tzinfo=UTC), "must be midnight UTC"),
        (datetime.datetime(2026, 11, 1, tzinfo=MINUS_5), "must be midnight UTC"),
        (datetime.datetime(2026, 11, 1, 0, 0, 0, 1, tzinfo=UTC), "must be midnight UTC"),
        (datetime.datetime(2026, 11, 1), "give a date, or an aware datetime at midnight UTC"),
        (datetime.datetime(9999, 12, 31, 23, tzinfo=MINUS_5), "out of the range of dates"),
        (20261101, "must be a date or a string, not int"),
    ],
)
def test_other_values_are_refused_before_sending(
    sandbox: Sandbox, client: SignalWire, value: object, reason: str
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        list(client.calls.list(start_time_before=value))  # type: ignore[arg-type]
    assert caught.value.field == "start_time_before"
    assert reason in str(caught.value)
    assert sandbox.requests == []


async def test_async_client_sends_dates(sandbox: Sandbox) -> None:
    async with sandbox.async_client(max_retries=0) as client:
        async for _ in client.calls.list(end_time_before=datetime.date(2026, 11, 1)):
            pass
        with pytest.raises(InvalidParameterError):
            async for _ in client.calls.list(end_time_before=datetime.datetime(2026, 11, 1)):
                pass
    assert [r.path.split("?", 1)[1] for r in sandbox.requests] == ["EndTime%3C=2026-11-01"]


def test_mypy_accepts_dates_and_strings(tmp_path: Path) -> None:
    source = """
import datetime
from signalwire_compat import SignalWire

def listing(sw: SignalWire) -> None:
    sw.calls.list(start_time_after=datetime.date(2026, 11, 1))
    sw.calls.list(end_time=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC))
    sw.calls.list(start_time="Sun, 01 Nov 2026 00:00:00 +0000")
    sw.calls.list(end_time_before=20261101)
"""
    out = mypy(source, tmp_path / "dates.py")
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "dates.py:9:" in errors[0] and "[arg-type]" in errors[0], out
