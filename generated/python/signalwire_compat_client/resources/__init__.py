"""The resource tree of the clients, generated from the spec's paths: ``client.calls``,
``client.calls.recordings`` ..., each made (and its module loaded) on first use."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from signalwire_compat._client import AsyncSignalWire, SignalWire

    from .calls import AsyncCalls, Calls

__all__ = ["TREE", "AsyncResources", "Resources"]

TREE: tuple[tuple[str, tuple[tuple[str, str, bool], ...]], ...] = (
    (
        "calls",
        (
            ("list", "calls.list_calls", False),
            ("create", "calls.create_a_call", False),
            ("fetch", "calls.fetch_a_call", False),
            ("update", "calls.update_a_call", True),
            ("delete", "calls.delete_a_call", True),
        ),
    ),
)
"""Every resource (its attribute path) with its operations: the method's name, the
operation's module under ``api``, and whether it also has ``<method>_many``."""


class Resources:
    """The root resources of ``SignalWire``."""

    @functools.cached_property
    def calls(self) -> Calls:
        """``client.calls``: Voice calls of a project."""
        from .calls import Calls

        return Calls(cast("SignalWire", self))


class AsyncResources:
    """The root resources of ``AsyncSignalWire``."""

    @functools.cached_property
    def calls(self) -> AsyncCalls:
        """``client.calls``: Voice calls of a project."""
        from .calls import AsyncCalls

        return AsyncCalls(cast("AsyncSignalWire", self))
