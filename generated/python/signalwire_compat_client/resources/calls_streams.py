"""``client.calls.streams``: generated from the spec's paths."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncResource,
    RequestOptions,
    SyncResource,
)

from ..api.calls_streams import create_stream, update_stream

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.stream import Stream

__all__ = ["AsyncCallsStreams", "CallsStreams"]


class CallsStreams(SyncResource):
    """``client.calls.streams``: The audio of a call, streamed live to a WebSocket server."""

    def create(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_stream.CreateStreamParams],
    ) -> Stream:
        """Start a stream.

        Start sending the audio of a call in progress to a WebSocket server (wss only) at Url.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = self._send(
            create_stream.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_stream.CreateStreamParams],
    ) -> APIResponse[Stream]:
        """``create``, with the HTTP response."""
        return self._send(create_stream.OPERATION, (account_sid, call_sid), params, options)

    def update(
        self,
        call_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_stream.UpdateStreamParams],
    ) -> Stream:
        """Stop a stream.

        Stop a stream of a call. The stream is named by its sid or by the Name it was given.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = self._send(
            update_stream.OPERATION, (account_sid, call_sid, stream_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        call_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_stream.UpdateStreamParams],
    ) -> APIResponse[Stream]:
        """``update``, with the HTTP response."""
        return self._send(
            update_stream.OPERATION, (account_sid, call_sid, stream_sid), params, options
        )

    def update_many(
        self,
        call_sid: str,
        stream_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_stream.UpdateStreamParams],
    ) -> BulkRun[Stream]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_stream.OPERATION, (account_sid, call_sid), stream_sids, params, options, bulk
        )


class AsyncCallsStreams(AsyncResource):
    """``client.calls.streams`` of the async client."""

    async def create(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_stream.CreateStreamParams],
    ) -> Stream:
        """Start a stream.

        Start sending the audio of a call in progress to a WebSocket server (wss only) at Url.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = await self._send(
            create_stream.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_stream.CreateStreamParams],
    ) -> APIResponse[Stream]:
        """``create``, with the HTTP response."""
        return await self._send(create_stream.OPERATION, (account_sid, call_sid), params, options)

    async def update(
        self,
        call_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_stream.UpdateStreamParams],
    ) -> Stream:
        """Stop a stream.

        Stop a stream of a call. The stream is named by its sid or by the Name it was given.

        API token scope: Voice.
        """
        response: APIResponse[Stream] = await self._send(
            update_stream.OPERATION, (account_sid, call_sid, stream_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        call_sid: str,
        stream_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_stream.UpdateStreamParams],
    ) -> APIResponse[Stream]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_stream.OPERATION, (account_sid, call_sid, stream_sid), params, options
        )

    def update_many(
        self,
        call_sid: str,
        stream_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_stream.UpdateStreamParams],
    ) -> AsyncBulkRun[Stream]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_stream.OPERATION, (account_sid, call_sid), stream_sids, params, options, bulk
        )
