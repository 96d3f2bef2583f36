"""``client.messages.media``: generated from the spec's paths."""

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

from ..api.messages_media import delete_message_media, list_media, retrieve_media

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.media import Media
    from ..models.message_media_list import MessageMediaList

__all__ = ["AsyncMessagesMedia", "MessagesMedia"]


class MessagesMedia(SyncResource):
    """``client.messages.media``: The media files attached to a message."""

    def list(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_media.ListMediaParams],
    ) -> Pager[Media]:
        """List a message's media.

        The media files attached to a message, one page at a time. Follow next_page_uri for
        the next page.

        API token scope: Messaging.
        """
        return self._pager(list_media.OPERATION, (account_sid, message_sid), params, options)

    def list_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_media.ListMediaParams],
    ) -> APIResponse[MessageMediaList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_media.OPERATION, (account_sid, message_sid), params, options)

    def fetch(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_media.RetrieveMediaParams],
    ) -> Media:
        """Retrieve a message's media file.

        Retrieve the description of one media file of a message (its content type, dates and
        uri) as JSON, from the media's URL with the .json suffix.

        The media file itself is not JSON: it is at the media's uri without the .json suffix,
        in its own content type.

        API token scope: Messaging.
        """
        response: APIResponse[Media] = self._send(
            retrieve_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_media.RetrieveMediaParams],
    ) -> APIResponse[Media]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )

    def delete(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message_media.DeleteMessageMediaParams],
    ) -> None:
        """Delete a message's media file.

        Delete one media file of a message. The media of a message that is still queued or
        initiated cannot be deleted. A successful delete answers 204, with no body.

        API token scope: Messaging.
        """
        self._send(
            delete_message_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )

    def delete_with_response(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message_media.DeleteMessageMediaParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_message_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )

    def delete_many(
        self,
        message_sid: str,
        media_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message_media.DeleteMessageMediaParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_message_media.OPERATION,
            (account_sid, message_sid),
            media_sids,
            params,
            options,
            bulk,
        )


class AsyncMessagesMedia(AsyncResource):
    """``client.messages.media`` of the async client."""

    def list(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_media.ListMediaParams],
    ) -> AsyncPager[Media]:
        """List a message's media.

        The media files attached to a message, one page at a time. Follow next_page_uri for
        the next page.

        API token scope: Messaging.
        """
        return self._pager(list_media.OPERATION, (account_sid, message_sid), params, options)

    async def list_with_response(
        self,
        message_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_media.ListMediaParams],
    ) -> APIResponse[MessageMediaList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_media.OPERATION, (account_sid, message_sid), params, options)

    async def fetch(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_media.RetrieveMediaParams],
    ) -> Media:
        """Retrieve a message's media file.

        Retrieve the description of one media file of a message (its content type, dates and
        uri) as JSON, from the media's URL with the .json suffix.

        The media file itself is not JSON: it is at the media's uri without the .json suffix,
        in its own content type.

        API token scope: Messaging.
        """
        response: APIResponse[Media] = await self._send(
            retrieve_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_media.RetrieveMediaParams],
    ) -> APIResponse[Media]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )

    async def delete(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message_media.DeleteMessageMediaParams],
    ) -> None:
        """Delete a message's media file.

        Delete one media file of a message. The media of a message that is still queued or
        initiated cannot be deleted. A successful delete answers 204, with no body.

        API token scope: Messaging.
        """
        await self._send(
            delete_message_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )

    async def delete_with_response(
        self,
        message_sid: str,
        media_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message_media.DeleteMessageMediaParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_message_media.OPERATION, (account_sid, message_sid, media_sid), params, options
        )

    def delete_many(
        self,
        message_sid: str,
        media_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_message_media.DeleteMessageMediaParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_message_media.OPERATION,
            (account_sid, message_sid),
            media_sids,
            params,
            options,
            bulk,
        )
