"""SignalWire's error bodies, in every shape the service sends (tests/vectors/errors.json), from
a real server on 127.0.0.1: each is a typed error with its code, message, link and list of
errors, the same on the sync client and both async backends."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import pickle
import socket
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest

from signalwire_compat import (
    APIStatusError,
    AsyncSignalWire,
    ErrorDetail,
    OutcomeUnknownError,
    SignalWire,
    SignalWireError,
)

from . import _hostile as h

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "vectors" / "errors.json").read_text()
)["vectors"]
CREDENTIALS = {"project_id": "b3877c40-da60-4998-90ad-b792e98472af", "api_token": "PT-vector-token"}
PATHS = ["sync", "httpx", "aiohttp"]


def served(vector: dict[str, Any]) -> h.Responder:
    """The vector's answer, with the status's own reason phrase."""
    body = vector["body"].encode()
    status = vector["status"]
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    message = h.head(status, headers, HTTPStatus(status).phrase) + body

    def respond(conn: socket.socket, request: bytes) -> None:
        conn.sendall(message)

    return respond


def update(path: str, url: str) -> SignalWireError:
    settings: dict[str, Any] = {**CREDENTIALS, "base_url": url, "max_retries": 0}
    try:
        if path == "sync":
            with SignalWire(**settings) as sw:
                sw.calls.update("CA1", status="completed")

        async def run() -> None:
            async with AsyncSignalWire(backend=path, **settings) as sw:  # type: ignore[arg-type]
                await sw.calls.update("CA1", status="completed")

        asyncio.run(run())
    except SignalWireError as exc:
        return exc
    raise AssertionError("expected an error")


def records(error: APIStatusError) -> list[dict[str, object]]:
    assert isinstance(error.errors, tuple)
    assert all(type(e) is ErrorDetail for e in error.errors)
    return [dataclasses.asdict(e) for e in error.errors]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_each_error_body_from_a_real_server(vector: dict[str, Any], path: str) -> None:
    with h.hostile_server() as server:
        server.responders = [served(vector)]
        error = update(path, server.url)
    expect = vector["expect"]
    assert isinstance(error, APIStatusError)
    assert type(error).__name__ == expect["class"]
    assert error.status_code == expect["status_code"]
    assert isinstance(error, OutcomeUnknownError) == expect["outcome_unknown"]
    assert error.code == expect["code"]
    assert type(error.code) is type(expect["code"])  # 21218, not 21218.0 or True
    if "message" in expect:
        assert error.message == expect["message"]
    if "message_contains" in expect:
        assert expect["message_contains"] in error.message
    assert error.more_info == expect["more_info"]
    assert records(error) == expect["errors"]
    again = pickle.loads(pickle.dumps(error))  # noqa: S301  (our own bytes)
    assert again.errors == error.errors and str(again) == str(error)


def test_an_error_detail_is_a_frozen_record() -> None:
    detail = ErrorDetail(code="30010", message="Maxpriceperminute was exceeded", more_info=None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        detail.code = 1  # type: ignore[misc]
    assert ErrorDetail() == ErrorDetail(code=None, message=None, more_info=None)


TOKEN = CREDENTIALS["api_token"]


@pytest.mark.parametrize(
    "page",
    [
        "<p>" + "x" * 190 + " " + TOKEN + " echoed</p>",  # across the excerpt's 200 characters
        "<p>" + " " * 787 + TOKEN + " echoed</p>",  # across the 800 bytes read for it
    ],
    ids=["excerpt", "window"],
)
def test_no_part_of_a_secret_in_an_excerpt(page: str) -> None:
    """A page that is not JSON shows an excerpt; a credential in it is cut out whole."""
    vector = {"status": 502, "body": page}
    with h.hostile_server() as server:
        server.responders = [served(vector)]
        error = update("sync", server.url)
    assert TOKEN[:6] not in str(error), str(error)
    assert str(error).startswith("502 Bad Gateway: ")


@pytest.mark.parametrize("page", ["<p>" + "x" * 190 + " " + TOKEN + " echoed</p>"])
def test_no_part_of_a_secret_in_a_download_errors_excerpt(page: str) -> None:
    """A download's error page gets the same excerpt: a credential in it is cut out whole."""
    with h.hostile_server() as server:
        server.responders = [served({"status": 502, "body": page})]
        settings: dict[str, Any] = {**CREDENTIALS, "base_url": server.url, "max_retries": 0}
        with SignalWire(**settings) as sw, pytest.raises(APIStatusError) as caught:
            sw.download("/Recordings/RE1.wav")
    assert TOKEN[:6] not in str(caught.value), str(caught.value)
    assert str(caught.value).startswith("502 Bad Gateway: ")
