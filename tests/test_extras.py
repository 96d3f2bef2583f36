"""Per-call extras (extra_headers, extra_query, extra_body): sent after the spec's fields,
checked before sending, and never able to change the credentials or the path."""

from __future__ import annotations

import asyncio
import base64
from typing import Any, Literal
from urllib.parse import parse_qsl

import pytest

from signalwire_compat import AsyncSignalWire, InvalidParameterError, SignalWire
from tests._server import paging_server, recording_server

PROJECT, TOKEN = "PJ-extras", "PT-extras"
BASIC = "Basic " + base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode()
TWIML = '<Response><Say>Hello &amp; "welcome"</Say></Response>'


def _client(base_url: str) -> SignalWire:
    return SignalWire(project_id=PROJECT, api_token=TOKEN, base_url=base_url, max_retries=0)


def test_extra_body_and_header_are_sent_after_the_spec_fields() -> None:
    with recording_server({"sid": "CA1"}) as server, _client(server.base_url) as client:
        client.calls.create(
            to="+15550001111",
            from_="+15550002222",
            timeout=30,
            extra_body={"Twiml": TWIML, "Tag": ["a", "b"], "Flag": True, "Count": 3},
            extra_headers={"X-Trace": "t-1"},
        )
        [request] = server.requests
    pairs = parse_qsl(request.body.decode("ascii"), keep_blank_values=True)
    assert pairs == [
        ("To", "+15550001111"),
        ("From", "+15550002222"),
        ("Timeout", "30"),
        ("Twiml", TWIML),
        ("Tag", "a"),
        ("Tag", "b"),
        ("Flag", "true"),
        ("Count", "3"),
    ]
    assert request.headers["x-trace"] == "t-1"
    assert request.headers["authorization"] == BASIC
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.path == "/Accounts/PJ-extras/Calls"


def test_extras_in_options_are_the_same_as_keywords() -> None:
    with recording_server({"sid": "CA1"}) as server, _client(server.base_url) as client:
        client.calls.update("CA1", status="completed", extra_body={"Laml": "<Response/>"})
        client.calls.update(
            "CA1",
            status="completed",
            options={"extra_body": {"Laml": "<Response/>"}, "extra_query": {"q": "1"}},
        )
        first, second = server.requests
    assert first.body == second.body == b"Status=completed&Laml=%3CResponse%2F%3E"
    assert second.path == "/Accounts/PJ-extras/Calls/CA1?q=1"
    with pytest.raises(TypeError, match="both as an argument and in options"):
        client.calls.update("CA1", extra_body={}, options={"extra_body": {}})


def test_extra_query_on_a_list_is_appended_and_escaped() -> None:
    with paging_server([None]) as server, _client(server.base_url) as client:
        list(client.calls.list(status="queued", extra_query={"Weird/../Name": "a&b=c"}))
        [path] = server.paths
    assert (
        path
        == "/api/laml/2010-04-01/Accounts/PJ-extras/Calls?Status=queued&Weird%2F..%2FName=a%26b%3Dc"
    )


@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": "Basic b3RoZXI6b3RoZXI="},
        {"authorization": "Bearer x"},
        {"Host": "elsewhere.example"},
        {"Content-Length": "0"},
        {"Content-Type": "application/json"},
        {"User-Agent": "mine"},
    ],
)
def test_headers_the_client_sets_cannot_be_replaced(headers: dict[str, str]) -> None:
    with recording_server({"sid": "CA1"}) as server, _client(server.base_url) as client:
        with pytest.raises(InvalidParameterError, match="set by the client") as caught:
            client.calls.update("CA1", status="completed", extra_headers=headers)
        assert caught.value.field == "extra_headers"
        assert server.requests == []


@pytest.mark.parametrize(
    ("extras", "problem"),
    [
        ({"extra_headers": {"X-A": "a\r\nAuthorization: x"}}, "control characters"),
        ({"extra_headers": {"X-A": "caf\u00e9"}}, "ASCII"),
        ({"extra_headers": {"X A": "a"}}, "not a header name"),
        ({"extra_headers": {"X-A": "1", "x-a": "2"}}, "given twice"),
        ({"extra_headers": {"X-A": 1}}, "must be a string"),
        ({"extra_body": {"Bad\nName": "a"}}, "control characters"),
        ({"extra_body": {"Twiml": "\ud800"}}, "lone surrogates"),
        ({"extra_body": {"\udc80": "a"}}, "lone surrogates"),
        ({"extra_body": {"": "a"}}, "must not be empty"),
        ({"extra_body": {"N": float("nan")}}, "finite"),
        ({"extra_body": {"N": None}}, "string, number or bool"),
        ({"extra_body": {"N": [b"x"]}}, "string, number or bool"),
        ({"extra_body": {"N": b"xy"}}, "string, number or bool"),
        ({"extra_query": {"N": bytearray(b"xy")}}, "string, number or bool"),
        ({"extra_query": {"N": memoryview(b"xy")}}, "string, number or bool"),
        ({"extra_body": ["Twiml"]}, "must be a mapping"),
        (
            {"extra_body": {"Status": "canceled"}},
            "is a field of this operation; pass it as status=",
        ),
        ({"extra_body": {"url": "https://example.com"}}, "pass it as url="),
        ({"extra_query": {"Status": "x"}}, "is a field of this operation"),
    ],
)
def test_bad_extras_are_refused_before_sending(extras: dict[str, Any], problem: str) -> None:
    with recording_server({"sid": "CA1"}) as server, _client(server.base_url) as client:
        with pytest.raises(InvalidParameterError, match=problem) as caught:
            client.calls.update("CA1", status="completed", **extras)
        assert caught.value.field == next(iter(extras))
        assert server.requests == []


def test_extra_body_on_an_operation_without_a_body_is_refused() -> None:
    with paging_server([None]) as server, _client(server.base_url) as client:
        with pytest.raises(InvalidParameterError, match="sends no body; use extra_query"):
            client.calls.list(extra_body={"A": "b"})
        assert server.paths == []


def test_extras_count_as_a_body() -> None:
    with recording_server({"sid": "CA1"}) as server, _client(server.base_url) as client:
        client.calls.update("CA1", extra_body={"NewField": "x"})
        [request] = server.requests
    assert request.body == b"NewField=x"


def test_bulk_runs_check_extras_before_sending() -> None:
    with recording_server({"sid": "CA1"}) as server, _client(server.base_url) as client:
        with pytest.raises(InvalidParameterError, match="set by the client"):
            client.calls.update_many(["CA1"], status="completed", extra_headers={"Host": "x"})
        results = list(
            client.calls.update_many(
                ["CA1", "CA2"],
                status="completed",
                extra_body={"Tag": "t"},
                extra_headers={"X-A": "1"},
            )
        )
        assert [result.outcome for result in results] == ["applied", "applied"]
        assert sorted(r.body for r in server.requests) == [b"Status=completed&Tag=t"] * 2
        assert all(r.headers["x-a"] == "1" for r in server.requests)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_async_clients_send_extras_and_keep_the_credentials(
    backend: Literal["httpx", "aiohttp"],
) -> None:
    async def main(base_url: str) -> None:
        async with AsyncSignalWire(
            project_id=PROJECT, api_token=TOKEN, base_url=base_url, max_retries=0, backend=backend
        ) as client:
            await client.calls.update(
                "CA1", status="completed", extra_body={"Twiml": TWIML}, extra_headers={"X-A": "1"}
            )
            with pytest.raises(InvalidParameterError):
                await client.calls.update(
                    "CA1", status="completed", extra_headers={"Authorization": "x"}
                )

    with recording_server({"sid": "CA1"}) as server:
        asyncio.run(main(server.base_url))
        [request] = server.requests
    assert request.headers["x-a"] == "1"
    assert request.headers["authorization"] == BASIC
    assert request.path == "/Accounts/PJ-extras/Calls/CA1"
    assert request.body.endswith(
        b"&Twiml=%3CResponse%3E%3CSay%3EHello+%26amp%3B+%22welcome%22%3C%2FSay%3E%3C%2FResponse%3E"
    )
