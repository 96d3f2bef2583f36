"""What the generated resources (``client.calls`` ...) stand on: sending, and paging."""

from __future__ import annotations

from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from ._operation import Operation, RequestOptions
from ._paging import PageTrail
from ._response import APIResponse

if TYPE_CHECKING:
    from ._bulk import AsyncBulkRun, BulkOptions, BulkRun
    from ._client import AsyncSignalWire, SignalWire
    from ._prepare import Prepared

__all__ = [
    "APIResponse",
    "AsyncPager",
    "AsyncResource",
    "Method",
    "Pager",
    "RequestOptions",
    "SyncResource",
    "methods",
]

T = TypeVar("T")
Path = Sequence[str | None]


class Method(NamedTuple):
    """One operation where the generated resource tree puts it: ``chain`` ``("calls",
    "recordings")`` and ``verb`` ``"update"`` are ``client.calls.recordings.update``."""

    chain: tuple[str, ...]
    verb: str
    operation: Operation
    many: bool
    """Whether the resource also has ``<verb>_many``."""
    module: str
    """The operation's generated module (its ``OPERATION`` and its ``...Params`` class)."""


def methods() -> Iterator[Method]:
    """Every operation of the generated tree, parents' before children's, in the spec's order
    (this loads every operation's module)."""
    from signalwire_compat_client.resources import TREE

    for dotted, operations in TREE:
        for verb, module, many in operations:
            name = f"signalwire_compat_client.api.{module}"
            yield Method(tuple(dotted.split(".")), verb, import_module(name).OPERATION, many, name)


class SyncResource:
    """A resource of ``SignalWire`` (``client.calls``, ``client.calls.recordings`` ...): its
    operations, and its child resources."""

    def __init__(self, client: SignalWire) -> None:
        self._client = client

    def _send(
        self,
        operation: Operation,
        path: Path,
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> APIResponse[Any]:
        return self._client._request(operation, path, params, options)

    def _pager(
        self,
        operation: Operation,
        path: Path,
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> Pager[Any]:
        first = self._client._prepare(operation, path, params, options)  # checked now
        return Pager(self._client, first)

    def _many(
        self,
        operation: Operation,
        parents: Path,
        ids: Iterable[str],
        params: Mapping[str, Any],
        options: RequestOptions | None,
        bulk: BulkOptions | None,
    ) -> BulkRun[Any]:
        from ._bulk import BulkRun, bulk_core  # with the first bulk run

        core = bulk_core(self._client, operation, parents, params, options, bulk)
        return BulkRun(self._client, core, ids)

    def __repr__(self) -> str:
        return type(self).__name__


class AsyncResource:
    """A group of operations of ``AsyncSignalWire``."""

    def __init__(self, client: AsyncSignalWire) -> None:
        self._client = client

    def _send(
        self,
        operation: Operation,
        path: Path,
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> Awaitable[APIResponse[Any]]:
        """The request's coroutine (the generated methods await it: checks run then too)."""
        return self._client._request(operation, path, params, options)

    def _pager(
        self,
        operation: Operation,
        path: Path,
        params: Mapping[str, Any],
        options: RequestOptions | None,
    ) -> AsyncPager[Any]:
        first = self._client._prepare(operation, path, params, options)
        return AsyncPager(self._client, first)

    def _many(
        self,
        operation: Operation,
        parents: Path,
        ids: Iterable[str] | AsyncIterable[str],
        params: Mapping[str, Any],
        options: RequestOptions | None,
        bulk: BulkOptions | None,
    ) -> AsyncBulkRun[Any]:
        from ._bulk import AsyncBulkRun, bulk_core

        core = bulk_core(self._client, operation, parents, params, options, bulk)
        return AsyncBulkRun(self._client, core, ids)

    def __repr__(self) -> str:
        return type(self).__name__


class Pager(Generic[T]):
    """The items of a paged list: iterating fetches page after page, following
    ``next_page_uri``. ``pages()`` gives the pages themselves."""

    def __init__(self, client: SignalWire, first: Prepared) -> None:
        self._client = client
        self._first = first
        self._items = first.operation.items or ""

    def pages(self) -> Iterator[Any]:
        """Each page (the generated page model), the first one first."""
        prepared: Prepared | None = self._first
        trail = PageTrail()
        trail.add(self._first.url)
        while prepared is not None:
            response = self._client._call(prepared)
            yield response.parsed
            prepared = self._client._next_page(prepared, response, trail)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from getattr(page, self._items)


class AsyncPager(Generic[T]):
    """The async twin of ``Pager``: ``async for call in client.calls.list()``."""

    def __init__(self, client: AsyncSignalWire, first: Prepared) -> None:
        self._client = client
        self._first = first
        self._items = first.operation.items or ""

    async def pages(self) -> AsyncIterator[Any]:
        """Each page (the generated page model), the first one first."""
        prepared: Prepared | None = self._first
        trail = PageTrail()
        trail.add(self._first.url)
        while prepared is not None:
            response = await self._client._call(prepared)
            yield response.parsed
            prepared = self._client._next_page(prepared, response, trail)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in getattr(page, self._items):
                yield item
