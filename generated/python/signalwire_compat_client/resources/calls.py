"""``client.calls``: generated from the spec's paths."""

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

from ..api.calls import create_a_call, delete_a_call, fetch_a_call, list_calls, update_a_call

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.call import Call
    from ..models.call_list import CallList
    from .calls_recordings import AsyncCallsRecordings, CallsRecordings
    from .calls_streams import AsyncCallsStreams, CallsStreams

__all__ = ["AsyncCalls", "Calls"]


class Calls(SyncResource):
    """``client.calls``: Voice calls of a project."""

    @functools.cached_property
    def recordings(self) -> CallsRecordings:
        """``client.calls.recordings``: Recordings of calls, and the project's recordings as a whole."""
        from .calls_recordings import CallsRecordings

        return CallsRecordings(self._client)

    @functools.cached_property
    def streams(self) -> CallsStreams:
        """``client.calls.streams``: The audio of a call, streamed live to a WebSocket server."""
        from .calls_streams import CallsStreams

        return CallsStreams(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_calls.ListCallsParams],
    ) -> Pager[Call]:
        """List calls.

        The calls of the project, newest first, one page at a time. Follow next_page_uri
        for the next page.

        API token scope: Voice.
        """
        return self._pager(list_calls.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_calls.ListCallsParams],
    ) -> APIResponse[CallList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_calls.OPERATION, (account_sid,), params, options)

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_a_call.CreateACallParams],
    ) -> Call:
        """Create a call.

        Place an outbound call. Give either Url or ApplicationSid: the XML instructions the
        call runs once it is answered.

        API token scope: Voice.

        ``timeout`` is the spec's field; set the request's own timeout with ``options``.
        """
        response: APIResponse[Call] = self._send(
            create_a_call.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_a_call.CreateACallParams],
    ) -> APIResponse[Call]:
        """``create``, with the HTTP response."""
        return self._send(create_a_call.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[fetch_a_call.FetchACallParams],
    ) -> Call:
        """Retrieve a call.

        API token scope: Voice.
        """
        response: APIResponse[Call] = self._send(
            fetch_a_call.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[fetch_a_call.FetchACallParams],
    ) -> APIResponse[Call]:
        """``fetch``, with the HTTP response."""
        return self._send(fetch_a_call.OPERATION, (account_sid, call_sid), params, options)

    def update(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_a_call.UpdateACallParams],
    ) -> Call:
        """Update a call.

        Allows you to modify an active call.

        API token scope: Voice.
        """
        response: APIResponse[Call] = self._send(
            update_a_call.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_a_call.UpdateACallParams],
    ) -> APIResponse[Call]:
        """``update``, with the HTTP response."""
        return self._send(update_a_call.OPERATION, (account_sid, call_sid), params, options)

    def update_many(
        self,
        call_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_a_call.UpdateACallParams],
    ) -> BulkRun[Call]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_a_call.OPERATION, (account_sid,), call_sids, params, options, bulk)

    def delete(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_a_call.DeleteACallParams],
    ) -> None:
        """Delete a call.

        Delete a call record from the project. A call that has not ended cannot be deleted.
        If the delete is successful, a 204 response, with no body, is returned.

        API token scope: Voice.
        """
        self._send(delete_a_call.OPERATION, (account_sid, call_sid), params, options)

    def delete_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_a_call.DeleteACallParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(delete_a_call.OPERATION, (account_sid, call_sid), params, options)

    def delete_many(
        self,
        call_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_a_call.DeleteACallParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_a_call.OPERATION, (account_sid,), call_sids, params, options, bulk)


class AsyncCalls(AsyncResource):
    """``client.calls`` of the async client."""

    @functools.cached_property
    def recordings(self) -> AsyncCallsRecordings:
        """``client.calls.recordings``: Recordings of calls, and the project's recordings as a whole."""
        from .calls_recordings import AsyncCallsRecordings

        return AsyncCallsRecordings(self._client)

    @functools.cached_property
    def streams(self) -> AsyncCallsStreams:
        """``client.calls.streams``: The audio of a call, streamed live to a WebSocket server."""
        from .calls_streams import AsyncCallsStreams

        return AsyncCallsStreams(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_calls.ListCallsParams],
    ) -> AsyncPager[Call]:
        """List calls.

        The calls of the project, newest first, one page at a time. Follow next_page_uri
        for the next page.

        API token scope: Voice.
        """
        return self._pager(list_calls.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_calls.ListCallsParams],
    ) -> APIResponse[CallList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_calls.OPERATION, (account_sid,), params, options)

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_a_call.CreateACallParams],
    ) -> Call:
        """Create a call.

        Place an outbound call. Give either Url or ApplicationSid: the XML instructions the
        call runs once it is answered.

        API token scope: Voice.

        ``timeout`` is the spec's field; set the request's own timeout with ``options``.
        """
        response: APIResponse[Call] = await self._send(
            create_a_call.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_a_call.CreateACallParams],
    ) -> APIResponse[Call]:
        """``create``, with the HTTP response."""
        return await self._send(create_a_call.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[fetch_a_call.FetchACallParams],
    ) -> Call:
        """Retrieve a call.

        API token scope: Voice.
        """
        response: APIResponse[Call] = await self._send(
            fetch_a_call.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[fetch_a_call.FetchACallParams],
    ) -> APIResponse[Call]:
        """``fetch``, with the HTTP response."""
        return await self._send(fetch_a_call.OPERATION, (account_sid, call_sid), params, options)

    async def update(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_a_call.UpdateACallParams],
    ) -> Call:
        """Update a call.

        Allows you to modify an active call.

        API token scope: Voice.
        """
        response: APIResponse[Call] = await self._send(
            update_a_call.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_a_call.UpdateACallParams],
    ) -> APIResponse[Call]:
        """``update``, with the HTTP response."""
        return await self._send(update_a_call.OPERATION, (account_sid, call_sid), params, options)

    def update_many(
        self,
        call_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_a_call.UpdateACallParams],
    ) -> AsyncBulkRun[Call]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(update_a_call.OPERATION, (account_sid,), call_sids, params, options, bulk)

    async def delete(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_a_call.DeleteACallParams],
    ) -> None:
        """Delete a call.

        Delete a call record from the project. A call that has not ended cannot be deleted.
        If the delete is successful, a 204 response, with no body, is returned.

        API token scope: Voice.
        """
        await self._send(delete_a_call.OPERATION, (account_sid, call_sid), params, options)

    async def delete_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_a_call.DeleteACallParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(delete_a_call.OPERATION, (account_sid, call_sid), params, options)

    def delete_many(
        self,
        call_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_a_call.DeleteACallParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(delete_a_call.OPERATION, (account_sid,), call_sids, params, options, bulk)
