"""The clients the benchmark compares: each makes one Update-a-call request per call."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack, ExitStack
from dataclasses import dataclass

import aiohttp
import httpx
from twilio.http.async_http_client import AsyncTwilioHttpClient  # type: ignore[import-untyped]
from twilio.rest import Client as TwilioClient  # type: ignore[import-untyped]

from signalwire_compat import AsyncSignalWire, SignalWire
from signalwire_compat_client.models.call import Call

from .server import API_TOKEN, PROJECT_ID

CALL_SID = "b3877c40-da60-4998-90ad-b792e98472pa"
API = "/api/laml/2010-04-01"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
AUTH = "Basic " + base64.b64encode(f"{PROJECT_ID}:{API_TOKEN}".encode()).decode()

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


@dataclass
class Sync:
    name: str
    call: SyncCall


@dataclass
class Async:
    name: str
    call: AsyncCall


def sync_contenders(base: str, stack: ExitStack) -> list[Sync]:
    """Sequential clients against ``base`` (the server's root URL)."""
    url = f"{base}{API}/Accounts/{PROJECT_ID}/Calls/{CALL_SID}"
    raw = stack.enter_context(httpx.Client(auth=(PROJECT_ID, API_TOKEN)))
    ours = stack.enter_context(
        SignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base + API)
    )
    twilio = TwilioClient(PROJECT_ID, API_TOKEN)
    twilio.api.base_url = base

    def raw_httpx() -> object:
        return raw.post(url, content=b"Status=completed", headers=FORM).json()

    return [
        Sync("raw httpx.Client", raw_httpx),
        Sync("SignalWire", lambda: ours.calls.update(CALL_SID, status="completed")),
        Sync("twilio-python", lambda: twilio.calls(CALL_SID).update(status="completed")),
    ]


async def async_contenders(base: str, stack: AsyncExitStack) -> list[Async]:
    """Async clients against ``base``; each is used at the benchmark's concurrency."""
    url = f"{base}{API}/Accounts/{PROJECT_ID}/Calls/{CALL_SID}"
    raw = await stack.enter_async_context(httpx.AsyncClient(auth=(PROJECT_ID, API_TOKEN)))
    session = await stack.enter_async_context(
        aiohttp.ClientSession(headers={"Authorization": AUTH})
    )
    ours = await stack.enter_async_context(
        AsyncSignalWire(project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base + API)
    )
    ours_httpx = await stack.enter_async_context(
        AsyncSignalWire(
            project_id=PROJECT_ID, api_token=API_TOKEN, base_url=base + API, backend="httpx"
        )
    )
    twilio_http = AsyncTwilioHttpClient()
    stack.push_async_callback(twilio_http.close)
    twilio = TwilioClient(PROJECT_ID, API_TOKEN, http_client=twilio_http)
    twilio.api.base_url = base

    async def raw_httpx() -> object:
        return (await raw.post(url, content=b"Status=completed", headers=FORM)).json()

    async def raw_aiohttp() -> object:
        async with session.post(url, data=b"Status=completed", headers=FORM) as answer:
            return await answer.json()

    async def ours_default() -> Call:
        return await ours.calls.update(CALL_SID, status="completed")

    async def ours_on_httpx() -> Call:
        return await ours_httpx.calls.update(CALL_SID, status="completed")

    async def twilio_async() -> object:
        return await twilio.calls(CALL_SID).update_async(status="completed")

    return [
        Async("raw httpx.AsyncClient", raw_httpx),
        Async("raw aiohttp", raw_aiohttp),
        Async(f"AsyncSignalWire (default: {ours.backend})", ours_default),
        Async("AsyncSignalWire (backend='httpx')", ours_on_httpx),
        Async("twilio-python update_async", twilio_async),
    ]


async def run_concurrently(call: AsyncCall, total: int, concurrency: int) -> None:
    """``total`` calls with at most ``concurrency`` in flight."""
    remaining = iter(range(total))

    async def worker() -> None:
        for _ in remaining:
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
