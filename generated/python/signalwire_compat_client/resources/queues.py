"""``client.queues``: generated from the spec's paths."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterable, Iterable
from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncPager,
    AsyncResource,
    Pager,
    RequestOptions,
    SyncResource,
)

from ..api.queues import create_queue, delete_queue, list_queues, retrieve_queue, update_queue

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.queue import Queue
    from ..models.queue_list import QueueList
    from .queues_members import AsyncQueuesMembers, QueuesMembers

__all__ = ["AsyncQueues", "Queues"]


class Queues(SyncResource):
    """``client.queues``: Call queues of a project."""

    @functools.cached_property
    def members(self) -> QueuesMembers:
        """``client.queues.members``: The calls waiting in a queue."""
        from .queues_members import QueuesMembers

        return QueuesMembers(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_queues.ListQueuesParams],
    ) -> Pager[Queue]:
        """List queues.

        The call queues of the project, one page at a time. Follow next_page_uri for the
        next page.

        API token scope: Voice.
        """
        return self._pager(list_queues.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_queues.ListQueuesParams],
    ) -> APIResponse[QueueList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_queues.OPERATION, (account_sid,), params, options)

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_queue.CreateQueueParams],
    ) -> Queue:
        """Create a queue.

        Create a call queue. Its name must be unique among the project's queues that exist;
        the name of a deleted queue may be used again.

        API token scope: Voice.
        """
        response: APIResponse[Queue] = self._send(
            create_queue.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_queue.CreateQueueParams],
    ) -> APIResponse[Queue]:
        """``create``, with the HTTP response."""
        return self._send(create_queue.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue.RetrieveQueueParams],
    ) -> Queue:
        """Retrieve a queue.

        Retrieve one call queue.

        API token scope: Voice.
        """
        response: APIResponse[Queue] = self._send(
            retrieve_queue.OPERATION, (account_sid, queue_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue.RetrieveQueueParams],
    ) -> APIResponse[Queue]:
        """``fetch``, with the HTTP response."""
        return self._send(retrieve_queue.OPERATION, (account_sid, queue_sid), params, options)

    def update(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue.UpdateQueueParams],
    ) -> Queue:
        """Update a queue.

        Rename a call queue or change how many calls it holds. Its name must stay unique
        among the project's queues that exist.

        API token scope: Voice.
        """
        response: APIResponse[Queue] = self._send(
            update_queue.OPERATION, (account_sid, queue_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue.UpdateQueueParams],
    ) -> APIResponse[Queue]:
        """``update``, with the HTTP response."""
        return self._send(update_queue.OPERATION, (account_sid, queue_sid), params, options)

    def update_many(
        self,
        queue_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue.UpdateQueueParams],
    ) -> BulkRun[Queue]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_queue.OPERATION, (account_sid,), queue_sids, params, options, bulk)

    def delete(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_queue.DeleteQueueParams],
    ) -> None:
        """Delete a queue.

        Delete a call queue. Only an empty queue can be deleted: a queue that still has
        members is refused with a 422. If the delete is successful, a 204 response, with no
        body, is returned.

        API token scope: Voice.
        """
        self._send(delete_queue.OPERATION, (account_sid, queue_sid), params, options)

    def delete_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_queue.DeleteQueueParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(delete_queue.OPERATION, (account_sid, queue_sid), params, options)

    def delete_many(
        self,
        queue_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_queue.DeleteQueueParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_queue.OPERATION, (account_sid,), queue_sids, params, options, bulk)


class AsyncQueues(AsyncResource):
    """``client.queues`` of the async client."""

    @functools.cached_property
    def members(self) -> AsyncQueuesMembers:
        """``client.queues.members``: The calls waiting in a queue."""
        from .queues_members import AsyncQueuesMembers

        return AsyncQueuesMembers(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_queues.ListQueuesParams],
    ) -> AsyncPager[Queue]:
        """List queues.

        The call queues of the project, one page at a time. Follow next_page_uri for the
        next page.

        API token scope: Voice.
        """
        return self._pager(list_queues.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_queues.ListQueuesParams],
    ) -> APIResponse[QueueList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_queues.OPERATION, (account_sid,), params, options)

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_queue.CreateQueueParams],
    ) -> Queue:
        """Create a queue.

        Create a call queue. Its name must be unique among the project's queues that exist;
        the name of a deleted queue may be used again.

        API token scope: Voice.
        """
        response: APIResponse[Queue] = await self._send(
            create_queue.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_queue.CreateQueueParams],
    ) -> APIResponse[Queue]:
        """``create``, with the HTTP response."""
        return await self._send(create_queue.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue.RetrieveQueueParams],
    ) -> Queue:
        """Retrieve a queue.

        Retrieve one call queue.

        API token scope: Voice.
        """
        response: APIResponse[Queue] = await self._send(
            retrieve_queue.OPERATION, (account_sid, queue_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue.RetrieveQueueParams],
    ) -> APIResponse[Queue]:
        """``fetch``, with the HTTP response."""
        return await self._send(retrieve_queue.OPERATION, (account_sid, queue_sid), params, options)

    async def update(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue.UpdateQueueParams],
    ) -> Queue:
        """Update a queue.

        Rename a call queue or change how many calls it holds. Its name must stay unique
        among the project's queues that exist.

        API token scope: Voice.
        """
        response: APIResponse[Queue] = await self._send(
            update_queue.OPERATION, (account_sid, queue_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue.UpdateQueueParams],
    ) -> APIResponse[Queue]:
        """``update``, with the HTTP response."""
        return await self._send(update_queue.OPERATION, (account_sid, queue_sid), params, options)

    def update_many(
        self,
        queue_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue.UpdateQueueParams],
    ) -> AsyncBulkRun[Queue]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_queue.OPERATION, (account_sid,), queue_sids, params, options, bulk)

    async def delete(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_queue.DeleteQueueParams],
    ) -> None:
        """Delete a queue.

        Delete a call queue. Only an empty queue can be deleted: a queue that still has
        members is refused with a 422. If the delete is successful, a 204 response, with no
        body, is returned.

        API token scope: Voice.
        """
        await self._send(delete_queue.OPERATION, (account_sid, queue_sid), params, options)

    async def delete_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_queue.DeleteQueueParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(delete_queue.OPERATION, (account_sid, queue_sid), params, options)

    def delete_many(
        self,
        queue_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_queue.DeleteQueueParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_queue.OPERATION, (account_sid,), queue_sids, params, options, bulk)
