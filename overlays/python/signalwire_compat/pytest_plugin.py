"""pytest fixtures for users' own tests: ``signalwire_sandbox`` and ``signalwire_client``.

Registered through the ``pytest11`` entry point. The sandbox is imported only when a fixture
is used, so loading this plugin costs nothing, with or without the ``sandbox`` extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._client import SignalWire
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
