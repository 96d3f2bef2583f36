"""Following ``next_page_uri``, on the sync client and both async backends, against a real server:
the shared vectors (tests/vectors/next_pages.json, which the TypeScript tests read too) of pages
refused before sending, pages followed, and pages already read."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Literal

import pytest

from signalwire_compat import APIResponseValidationError, AsyncSignalWire, Backend, SignalWire

from ._server import paging_server

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "vectors" / "next_pages.json").read_text()
)
FIRST: str = VECTORS["first_page"]
PATHS: tuple[Backend | Literal["sync"], ...] = ("sync", "httpx", "aiohttp")
TOKEN = "PT-paging-token"


def listing(path: Backend | Literal["sync"], base_url: str) -> BaseException | None:
    """List every call; the error that ended the listing, if one did."""
    settings: dict[str, Any] = {
        "project_id": "AC",
        "api_token": TOKEN,
        "base_url": base_url,
        "max_retries": 0,
    }
    try:
        if path == "sync":
            with SignalWire(**settings) as sw:
                list(sw.calls.list())
            return None

        async def run() -> None:
            async with AsyncSignalWire(backend=path, **settings) as sw:
                async for _ in sw.calls.list():
                    pass

        asyncio.run(run())
    except Exception as exc:  # every kind is checked by the caller
        return exc
    return None


def ids(vectors: list[dict[str, Any]]) -> list[str]:
    return [vector["id"] for vector in vectors]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("vector", VECTORS["refused"], ids=ids(VECTORS["refused"]))
def test_a_next_page_elsewhere_is_refused_before_sending(
    vector: dict[str, Any], path: Backend | Literal["sync"]
) -> None:
    with paging_server([vector["next_page_uri"]]) as server:
        error = listing(path, server.base_url)
    assert isinstance(error, APIResponseValidationError), repr(error)
    assert "not followed" in str(error)
    assert "secret" not in str(error)  # the user info of a next_page_uri is not repeated
    assert server.paths == [FIRST]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("vector", VECTORS["followed"], ids=ids(VECTORS["followed"]))
def test_a_next_page_of_the_api_is_followed(
    vector: dict[str, Any], path: Backend | Literal["sync"]
) -> None:
    with paging_server([vector["next_page_uri"]]) as server:
        error = listing(path, server.base_url)
    assert error is None, repr(error)
    assert server.paths == [FIRST, vector["sent"]]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("vector", VECTORS["repeats"], ids=ids(VECTORS["repeats"]))
def test_a_page_already_read_ends_the_listing(
    vector: dict[str, Any], path: Backend | Literal["sync"]
) -> None:
    with paging_server(vector["next_page_uris"]) as server:
        error = listing(path, server.base_url)
    if vector["refused"]:
        assert isinstance(error, APIResponseValidationError), repr(error)
        assert "already read" in str(error)
    else:
        assert error is None, repr(error)
    assert len(server.paths) == vector["requests"]
    named = [FIRST, *vector["next_page_uris"]][: vector["requests"]]
    assert server.paths == [uri.replace("{origin}", "") for uri in named]


def test_a_listing_remembers_a_bounded_number_of_pages() -> None:
    """The latest ``MAX_REMEMBERED`` pages are refused again; older ones are let go, so a
    listing of any length holds at most that many digests."""
    from signalwire_compat._paging import MAX_REMEMBERED, PageTrail

    trail = PageTrail()
    page = "http://127.0.0.1/api/Accounts/AC/Calls?Page={}&PageSize=1000"
    assert all(trail.add(page.format(n)) for n in range(MAX_REMEMBERED + 1))
    assert not trail.add(page.format(MAX_REMEMBERED))
    assert not trail.add(page.format(1))
    assert len(trail._seen) == len(trail._order) == MAX_REMEMBERED
    assert trail.add(page.format(0))  # the oldest, forgotten


@pytest.mark.parametrize("path", PATHS)
def test_a_refused_next_page_echoing_the_token_does_not_repeat_it(
    path: Backend | Literal["sync"],
) -> None:
    with paging_server([f"https://elsewhere.example/api/laml/2010-04-01?t={TOKEN}"]) as server:
        error = listing(path, server.base_url)
    assert isinstance(error, APIResponseValidationError), repr(error)
    assert "elsewhere.example" in str(error) and "[redacted]" in str(error)
    assert TOKEN not in str(error) and TOKEN not in repr(error)
