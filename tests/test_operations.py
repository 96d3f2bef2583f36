"""Every Calls operation end to end against the sandbox, sync and async: create, fetch, list
(across pages), update, delete; retries by method. Where a next page may point: test_paging.py."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from signalwire_compat import (
    AsyncSignalWire,
    Call,
    CallList,
    ConnectionLostError,
    InvalidParameterError,
    NotFoundError,
    RetryPolicy,
    SignalWire,
    UnprocessableEntityError,
)
from signalwire_compat.testing import Fault, Sandbox

TO, FROM, XML = "+15551230000", "+15551239999", "https://example.com/answer.xml"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client(max_retries=0) as client:
        yield client


def _all_valid(sandbox: Sandbox) -> None:
    assert sandbox.requests and all(r.valid for r in sandbox.requests)
    assert sandbox.response_problems == []


def test_create_fetch_update_delete(sandbox: Sandbox, client: SignalWire) -> None:
    created = client.calls.create(
        to=TO,
        from_=FROM,
        url=XML,
        status_callback="https://example.com/status",
        status_callback_event=["initiated", "answered"],
        timeout=30,
        record=True,
    )
    assert isinstance(created, Call) and created.status == "queued" and created.to == TO
    sent = sandbox.requests[-1]
    assert sent.method == "POST" and sent.status == 201
    assert sent.body == (
        b"To=%2B15551230000&From=%2B15551239999&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus"
        b"&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&Timeout=30&Record=true"
        b"&Url=https%3A%2F%2Fexample.com%2Fanswer.xml"
    )
    assert client.calls.fetch(created.sid).sid == created.sid
    with pytest.raises(UnprocessableEntityError) as caught:
        client.calls.delete(created.sid)  # not ended yet
    assert caught.value.code == 20009
    client.calls.update(created.sid, status="canceled")
    deleted = client.calls.delete_with_response(created.sid)
    assert deleted.status_code == 204 and deleted.parsed is None
    with pytest.raises(NotFoundError):
        client.calls.fetch(created.sid)
    _all_valid(sandbox)


def test_list_follows_every_page(sandbox: Sandbox, client: SignalWire) -> None:
    made = [client.calls.create(to=f"+1555000{i:04}", from_=FROM, url=XML).sid for i in range(7)]
    listed = [call.sid for call in client.calls.list(page_size=3)]
    assert set(made) <= set(listed)
    gets = [r for r in sandbox.requests if r.method == "GET"]
    assert len(gets) == 3  # 9 calls (2 from the start), 3 a page
    assert f"PageToken=PA{listed[2]}" in gets[1].path  # a cursor: the page's last call
    only_queued = list(client.calls.list(status="queued", page_size=1000))
    assert {call.sid for call in only_queued} >= set(made)
    assert all(call.status == "queued" for call in only_queued)
    _all_valid(sandbox)


def test_paging_while_calls_leave_the_filter_misses_none(
    sandbox: Sandbox, client: SignalWire
) -> None:
    live = {sandbox.add_call(status="in-progress")["sid"] for _ in range(7)} | {
        sandbox.live_call_sid
    }
    hung_up = []
    for call in client.calls.list(status="in-progress", page_size=3):
        client.calls.update(call.sid, status="completed")
        hung_up.append(call.sid)
    assert sorted(hung_up) == sorted(live)


def test_one_page_with_its_response(client: SignalWire) -> None:
    page = client.calls.list_with_response(page_size=1)
    assert isinstance(page.parsed, CallList) and len(page.parsed.calls) == 1
    assert page.parsed.next_page_uri and "Page=1" in page.parsed.next_page_uri
    assert json.loads(page.content)["page_size"] == 1


def test_filter_names_follow_the_spec(sandbox: Sandbox, client: SignalWire) -> None:
    list(client.calls.list(start_time_before="2030-01-01", end_time_after="2000-01-01"))
    assert "StartTime%3C=2030-01-01&EndTime%3E=2000-01-01" in sandbox.requests[-1].path


async def test_async_operations(sandbox: Sandbox) -> None:
    async with sandbox.async_client() as client:
        created = await client.calls.create(to=TO, from_=FROM, url=XML)
        assert (await client.calls.fetch(created.sid)).to == TO
        sids = [call.sid async for call in client.calls.list(page_size=1)]
        assert created.sid in sids and len(sids) == 3
        await client.calls.update(created.sid, status="completed")
        await client.calls.delete(created.sid)
    _all_valid(sandbox)


def test_bad_input_is_refused_before_sending(sandbox: Sandbox, client: SignalWire) -> None:
    cases = [
        ({"to": TO}, "from_", "is required"),
        ({"to": TO, "from_": FROM, "timeout": 601}, "timeout", "at most 600"),
        ({"to": TO, "from_": FROM, "record": "yes"}, "record", "True or False"),
        (
            {"to": TO, "from_": FROM, "status_callback_event": "answered"},
            "status_callback_event",
            "list",
        ),
        (
            {"to": TO, "from_": FROM, "machine_detection": "maybe"},
            "machine_detection",
            "not one of",
        ),
        ({"to": TO, "from_": FROM, "send_digits": "12x"}, "send_digits", "does not match"),
        ({"to": TO, "from_": FROM, "url": "ftp://x/y"}, "url", "absolute http"),
    ]
    for params, field, words in cases:
        with pytest.raises(InvalidParameterError, match=words) as caught:
            client.calls.create(**params)  # type: ignore[arg-type]
        assert caught.value.field == field
    with pytest.raises(InvalidParameterError, match="page_size"):
        client.calls.list(page_size="10")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unexpected argument"):
        client.calls.fetch("CA1", url=XML)  # type: ignore[call-arg]
    assert sandbox.requests == []


def test_request_options_as_one_value(sandbox: Sandbox, client: SignalWire) -> None:
    call = client.calls.create(to=TO, from_=FROM, url=XML, timeout=20, options={"timeout": 5})
    assert sandbox.requests[-1].body is not None and b"Timeout=20" in sandbox.requests[-1].body
    client.calls.fetch(call.sid, options={"max_retries": 1})
    with pytest.raises(TypeError, match="both"):
        client.calls.fetch(call.sid, timeout=3, options={"timeout": 4})
    with pytest.raises(TypeError, match="unexpected option"):
        client.calls.fetch(call.sid, options={"colour": 1})  # type: ignore[arg-type]


def test_get_and_delete_are_retried_when_the_outcome_is_unknown(sandbox: Sandbox) -> None:
    with sandbox.client(retry_policy=RetryPolicy(initial_wait=0)) as sw:
        sandbox.inject(Fault.drop(after_read=True))
        assert sw.calls.fetch(sandbox.live_call_sid).sid == sandbox.live_call_sid
        assert len(sandbox.requests) == 2
        sandbox.inject(Fault.drop(after_read=True))
        with pytest.raises(ConnectionLostError):
            sw.calls.update(sandbox.live_call_sid, url=XML)  # POST: not resent
        assert len(sandbox.requests) == 3


def test_async_pager_is_typed_by_the_resource() -> None:
    sw = AsyncSignalWire(project_id="AC", api_token="token", space_url="example")
    pager = sw.calls.list(page_size=5)
    assert hasattr(pager, "__aiter__") and hasattr(pager, "pages")


def test_an_optional_body_may_be_empty_and_a_required_one_may_not() -> None:
    from signalwire_compat._operation import Field, Operation, build

    fields = (Field("Url", "url", "uri"),)
    optional = Operation(name="poke_a_call", method="POST", path="/Calls", body=fields)
    required = Operation(
        name="poke_a_call", method="POST", path="/Calls", body=fields, body_required=True
    )
    assert build(optional, (), "AC", {}).content == b""
    with pytest.raises(InvalidParameterError, match="poke_a_call needs at least one field"):
        build(required, (), "AC", {})
