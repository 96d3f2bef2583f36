"""``client.queues.members``: generated from the spec's paths."""

from __future__ import annotations

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

from ..api.queues_members import list_all_queue_members, retrieve_queue_member, update_queue_member

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.queue_member import QueueMember
    from ..models.queue_member_list import QueueMemberList

__all__ = ["AsyncQueuesMembers", "QueuesMembers"]


class QueuesMembers(SyncResource):
    """``client.queues.members``: The calls waiting in a queue."""

    def list(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_queue_members.ListAllQueueMembersParams],
    ) -> Pager[QueueMember]:
        """List queue members.

        The calls waiting in a queue, in the order they joined it, one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Voice.
        """
        return self._pager(
            list_all_queue_members.OPERATION, (account_sid, queue_sid), params, options
        )

    def list_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_queue_members.ListAllQueueMembersParams],
    ) -> APIResponse[QueueMemberList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(
            list_all_queue_members.OPERATION, (account_sid, queue_sid), params, options
        )

    def fetch(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue_member.RetrieveQueueMemberParams],
    ) -> QueueMember:
        """Retrieve a queue member.

        Retrieve one call waiting in a queue, by its call sid, or the call at the front of the
        queue with CallSid Front.

        API token scope: Voice.
        """
        response: APIResponse[QueueMember] = self._send(
            retrieve_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue_member.RetrieveQueueMemberParams],
    ) -> APIResponse[QueueMember]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )

    def update(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue_member.UpdateQueueMemberParams],
    ) -> QueueMember:
        """Update a queue member.

        Dequeue a call: take it out of the queue and hand it to the XML instructions at Url.
        CallSid Front dequeues the call at the front of the queue. A call can be dequeued
        once; a second request for the same call is refused with a 400.

        API token scope: Voice.
        """
        response: APIResponse[QueueMember] = self._send(
            update_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue_member.UpdateQueueMemberParams],
    ) -> APIResponse[QueueMember]:
        """``update``, with the HTTP response."""
        return self._send(
            update_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )

    def update_many(
        self,
        queue_sid: str,
        call_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue_member.UpdateQueueMemberParams],
    ) -> BulkRun[QueueMember]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_queue_member.OPERATION,
            (account_sid, queue_sid),
            call_sids,
            params,
            options,
            bulk,
        )


class AsyncQueuesMembers(AsyncResource):
    """``client.queues.members`` of the async client."""

    def list(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_queue_members.ListAllQueueMembersParams],
    ) -> AsyncPager[QueueMember]:
        """List queue members.

        The calls waiting in a queue, in the order they joined it, one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Voice.
        """
        return self._pager(
            list_all_queue_members.OPERATION, (account_sid, queue_sid), params, options
        )

    async def list_with_response(
        self,
        queue_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_queue_members.ListAllQueueMembersParams],
    ) -> APIResponse[QueueMemberList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(
            list_all_queue_members.OPERATION, (account_sid, queue_sid), params, options
        )

    async def fetch(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue_member.RetrieveQueueMemberParams],
    ) -> QueueMember:
        """Retrieve a queue member.

        Retrieve one call waiting in a queue, by its call sid, or the call at the front of the
        queue with CallSid Front.

        API token scope: Voice.
        """
        response: APIResponse[QueueMember] = await self._send(
            retrieve_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_queue_member.RetrieveQueueMemberParams],
    ) -> APIResponse[QueueMember]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )

    async def update(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue_member.UpdateQueueMemberParams],
    ) -> QueueMember:
        """Update a queue member.

        Dequeue a call: take it out of the queue and hand it to the XML instructions at Url.
        CallSid Front dequeues the call at the front of the queue. A call can be dequeued
        once; a second request for the same call is refused with a 400.

        API token scope: Voice.
        """
        response: APIResponse[QueueMember] = await self._send(
            update_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        queue_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue_member.UpdateQueueMemberParams],
    ) -> APIResponse[QueueMember]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_queue_member.OPERATION, (account_sid, queue_sid, call_sid), params, options
        )

    def update_many(
        self,
        queue_sid: str,
        call_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_queue_member.UpdateQueueMemberParams],
    ) -> AsyncBulkRun[QueueMember]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_queue_member.OPERATION,
            (account_sid, queue_sid),
            call_sids,
            params,
            options,
            bulk,
        )
