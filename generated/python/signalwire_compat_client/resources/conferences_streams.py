"""``client.conferences.streams``: generated from the spec's paths."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncResource,
    RequestOptions,
    SyncResource,
)

from ..api.conferences_streams import create_conference_stream, update_conference_stream

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.stream import Stream

__all__ = ["AsyncConferencesStreams", "ConferencesStreams"]


class ConferencesStreams(SyncResource):
    """``client.conferences.streams``: The audio of a conference, streamed live to a WebSocket server."""

    def create(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_conference_stream.CreateConferenceStreamParams],
    ) -> Stream:
        """Start a conference stream.

        Start sending the audio of a conference in progress to a WebSocket server (wss only) at
        Url.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = self._send(
            create_conference_stream.OPERATION, (account_sid, conference_sid), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_conference_stream.CreateConferenceStreamParams],
    ) -> APIResponse[Stream]:
        """``create``, with the HTTP response."""
        return self._send(
            create_conference_stream.OPERATION, (account_sid, conference_sid), params, options
        )

    def update(
        self,
        conference_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_stream.UpdateConferenceStreamParams],
    ) -> Stream:
        """Stop a conference stream.

        Stop a stream of a conference. The stream is named by its sid or by the Name it was
        given.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = self._send(
            update_conference_stream.OPERATION,
            (account_sid, conference_sid, stream_sid),
            params,
            options,
        )
        return response.parsed

    def update_with_response(
        self,
        conference_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_stream.UpdateConferenceStreamParams],
    ) -> APIResponse[Stream]:
        """``update``, with the HTTP response."""
        return self._send(
            update_conference_stream.OPERATION,
            (account_sid, conference_sid, stream_sid),
            params,
            options,
        )

    def update_many(
        self,
        conference_sid: str,
        stream_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_stream.UpdateConferenceStreamParams],
    ) -> BulkRun[Stream]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_conference_stream.OPERATION,
            (account_sid, conference_sid),
            stream_sids,
            params,
            options,
            bulk,
        )


class AsyncConferencesStreams(AsyncResource):
    """``client.conferences.streams`` of the async client."""

    async def create(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_conference_stream.CreateConferenceStreamParams],
    ) -> Stream:
        """Start a conference stream.

        Start sending the audio of a conference in progress to a WebSocket server (wss only) at
        Url.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = await self._send(
            create_conference_stream.OPERATION, (account_sid, conference_sid), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_conference_stream.CreateConferenceStreamParams],
    ) -> APIResponse[Stream]:
        """``create``, with the HTTP response."""
        return await self._send(
            create_conference_stream.OPERATION, (account_sid, conference_sid), params, options
        )

    async def update(
        self,
        conference_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_stream.UpdateConferenceStreamParams],
    ) -> Stream:
        """Stop a conference stream.

        Stop a stream of a conference. The stream is named by its sid or by the Name it was
        given.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = await self._send(
            update_conference_stream.OPERATION,
            (account_sid, conference_sid, stream_sid),
            params,
            options,
        )
        return response.parsed

    async def update_with_response(
        self,
        conference_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_stream.UpdateConferenceStreamParams],
    ) -> APIResponse[Stream]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_conference_stream.OPERATION,
            (account_sid, conference_sid, stream_sid),
            params,
            options,
        )

    def update_many(
        self,
        conference_sid: str,
        stream_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_stream.UpdateConferenceStreamParams],
    ) -> AsyncBulkRun[Stream]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_conference_stream.OPERATION,
            (account_sid, conference_sid),
            stream_sids,
            params,
            options,
            bulk,
        )
