"""``client.messages``: generated from the spec's paths."""

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

from ..api.messages import (
    create_message,
    delete_message,
    list_messages,
    retrieve_message,
    update_message,
)

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.message import Message
    from ..models.message_list import MessageList
    from .messages_media import AsyncMessagesMedia, MessagesMedia

__all__ = ["AsyncMessages", "Messages"]


class Messages(SyncResource):
    """``client.messages``: Text and multimedia messages (SMS and MMS) of a project."""

    @functools.cached_property
    def media(self) -> MessagesMedia:
        """``client.messages.media``: The media files attached to a message."""
        from .messages_media import MessagesMedia

        return MessagesMedia(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_messages.ListMessagesParams],
    ) -> Pager[Message]:
        """List messages.

        The messages of the project, sent and received, newest first, one page at a time.
        Follow next_page_uri for the next page.

        API token scope: Messaging.
        """
        return self._pager(list_messages.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_messages.ListMessagesParams],
    ) -> APIResponse[MessageList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_messages.OPERATION, (account_sid,), params, options)

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_message.CreateMessageParams],
    ) -> Message:
        """Create a message.

        Send an SMS or MMS message. Give To, either From or MessagingServiceSid, and either Body
        or MediaUrl.

        API token scope: Messaging.
        """
        response: APIResponse[Message] = self._send(
            create_message.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_message.CreateMessageParams],
    ) -> APIResponse[Message]:
        """``create``, with the HTTP response."""
        return self._send(create_message.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_message.RetrieveMessageParams],
    ) -> Message:
        """Retrieve a message.

        API token scope: Messaging.
        """
        response: APIResponse[Message] = self._send(
            retrieve_message.OPERATION, (account_sid, message_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_message.RetrieveMessageParams],
    ) -> APIResponse[Message]:
        """``fetch``, with the HTTP response."""
        return self._send(retrieve_message.OPERATION, (account_sid, message_sid), params, options)

    def update(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_message.UpdateMessageParams],
    ) -> Message:
        """Update a message.

        Redact a message: set its Body to the empty string. That is the only change the
        service accepts, and only once the message has left the queued and initiated states.

        API token scope: Messaging.
        """
        response: APIResponse[Message] = self._send(
            update_message.OPERATION, (account_sid, message_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_message.UpdateMessageParams],
    ) -> APIResponse[Message]:
        """``update``, with the HTTP response."""
        return self._send(update_message.OPERATION, (account_sid, message_sid), params, options)

    def update_many(
        self,
        message_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_message.UpdateMessageParams],
    ) -> BulkRun[Message]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_message.OPERATION, (account_sid,), message_sids, params, options, bulk
        )

    def delete(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message.DeleteMessageParams],
    ) -> None:
        """Delete a message.

        Delete a message from the project. A message that is still queued cannot be deleted.
        A successful delete answers 204, with no body.

        API token scope: Messaging.
        """
        self._send(delete_message.OPERATION, (account_sid, message_sid), params, options)

    def delete_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message.DeleteMessageParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(delete_message.OPERATION, (account_sid, message_sid), params, options)

    def delete_many(
        self,
        message_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message.DeleteMessageParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_message.OPERATION, (account_sid,), message_sids, params, options, bulk
        )


class AsyncMessages(AsyncResource):
    """``client.messages`` of the async client."""

    @functools.cached_property
    def media(self) -> AsyncMessagesMedia:
        """``client.messages.media``: The media files attached to a message."""
        from .messages_media import AsyncMessagesMedia

        return AsyncMessagesMedia(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_messages.ListMessagesParams],
    ) -> AsyncPager[Message]:
        """List messages.

        The messages of the project, sent and received, newest first, one page at a time.
        Follow next_page_uri for the next page.

        API token scope: Messaging.
        """
        return self._pager(list_messages.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_messages.ListMessagesParams],
    ) -> APIResponse[MessageList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_messages.OPERATION, (account_sid,), params, options)

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_message.CreateMessageParams],
    ) -> Message:
        """Create a message.

        Send an SMS or MMS message. Give To, either From or MessagingServiceSid, and either Body
        or MediaUrl.

        API token scope: Messaging.
        """
        response: APIResponse[Message] = await self._send(
            create_message.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_message.CreateMessageParams],
    ) -> APIResponse[Message]:
        """``create``, with the HTTP response."""
        return await self._send(create_message.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_message.RetrieveMessageParams],
    ) -> Message:
        """Retrieve a message.

        API token scope: Messaging.
        """
        response: APIResponse[Message] = await self._send(
            retrieve_message.OPERATION, (account_sid, message_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_message.RetrieveMessageParams],
    ) -> APIResponse[Message]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_message.OPERATION, (account_sid, message_sid), params, options
        )

    async def update(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_message.UpdateMessageParams],
    ) -> Message:
        """Update a message.

        Redact a message: set its Body to the empty string. That is the only change the
        service accepts, and only once the message has left the queued and initiated states.

        API token scope: Messaging.
        """
        response: APIResponse[Message] = await self._send(
            update_message.OPERATION, (account_sid, message_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_message.UpdateMessageParams],
    ) -> APIResponse[Message]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_message.OPERATION, (account_sid, message_sid), params, options
        )

    def update_many(
        self,
        message_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_message.UpdateMessageParams],
    ) -> AsyncBulkRun[Message]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_message.OPERATION, (account_sid,), message_sids, params, options, bulk
        )

    async def delete(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message.DeleteMessageParams],
    ) -> None:
        """Delete a message.

        Delete a message from the project. A message that is still queued cannot be deleted.
        A successful delete answers 204, with no body.

        API token scope: Messaging.
        """
        await self._send(delete_message.OPERATION, (account_sid, message_sid), params, options)

    async def delete_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message.DeleteMessageParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_message.OPERATION, (account_sid, message_sid), params, options
        )

    def delete_many(
        self,
        message_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message.DeleteMessageParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_message.OPERATION, (account_sid,), message_sids, params, options, bulk
        )
