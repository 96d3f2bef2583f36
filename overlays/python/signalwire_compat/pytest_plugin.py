"""pytest fixtures for users' own tests: ``signalwire_sandbox``, ``signalwire_client`` and
``signalwire_async_client``.

Registered through the ``pytest11`` entry point. The sandbox is imported only when a fixture
is used, so loading this plugin costs nothing, with or without the ``sandbox`` extra.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._client import AsyncSignalWire, SignalWire
    from .testing import Sandbox


@pytest.fixture
def signalwire_sandbox() -> Iterator[Sandbox]:
    """A running sandbox on 127.0.0.1, fresh for each test."""
    from .testing import Sandbox

    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def signalwire_client(signalwire_sandbox: Sandbox) -> Iterator[SignalWire]:
    """A ``SignalWire`` client pointed at ``signalwire_sandbox``."""
    with signalwire_sandbox.client() as client:
        yield client


try:  # pytest-asyncio runs async fixtures in its strict mode only when marked as its own
    from pytest_asyncio import fixture as _async_fixture
except ImportError:  # another plugin (anyio, say) runs them
    _async_fixture = pytest.fixture  # type: ignore[assignment]


@_async_fixture
async def signalwire_async_client(signalwire_sandbox: Sandbox) -> AsyncIterator[AsyncSignalWire]:
    """An ``AsyncSignalWire`` client pointed at ``signalwire_sandbox`` (needs pytest-asyncio
    or another plugin that runs async fixtures)."""
    async with signalwire_sandbox.async_client() as client:
        yield client
