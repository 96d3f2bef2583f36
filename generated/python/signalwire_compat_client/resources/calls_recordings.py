"""``client.calls.recordings``: generated from the spec's paths."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncResource,
    RequestOptions,
    SyncResource,
)

from ..api.calls_recordings import create_recording, update_recording

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.recording import Recording

__all__ = ["AsyncCallsRecordings", "CallsRecordings"]


class CallsRecordings(SyncResource):
    """``client.calls.recordings``: Recordings of calls, and the project's recordings as a whole."""

    def create(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_recording.CreateRecordingParams],
    ) -> Recording:
        """Start recording a call.

        Start a recording of a call in progress. Every field is optional: with none, the call is
        recorded in mono, both tracks, untrimmed.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = self._send(
            create_recording.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_recording.CreateRecordingParams],
    ) -> APIResponse[Recording]:
        """``create``, with the HTTP response."""
        return self._send(create_recording.OPERATION, (account_sid, call_sid), params, options)

    def update(
        self,
        call_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_recording.UpdateRecordingParams],
    ) -> Recording:
        """Update a call recording.

        Pause, resume or stop a recording of a call. PauseBehavior says whether a pause leaves
        silence in the recording or is cut out of it.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = self._send(
            update_recording.OPERATION, (account_sid, call_sid, recording_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        call_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_recording.UpdateRecordingParams],
    ) -> APIResponse[Recording]:
        """``update``, with the HTTP response."""
        return self._send(
            update_recording.OPERATION, (account_sid, call_sid, recording_sid), params, options
        )

    def update_many(
        self,
        call_sid: str,
        recording_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_recording.UpdateRecordingParams],
    ) -> BulkRun[Recording]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_recording.OPERATION,
            (account_sid, call_sid),
            recording_sids,
            params,
            options,
            bulk,
        )


class AsyncCallsRecordings(AsyncResource):
    """``client.calls.recordings`` of the async client."""

    async def create(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_recording.CreateRecordingParams],
    ) -> Recording:
        """Start recording a call.

        Start a recording of a call in progress. Every field is optional: with none, the call is
        recorded in mono, both tracks, untrimmed.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = await self._send(
            create_recording.OPERATION, (account_sid, call_sid), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_recording.CreateRecordingParams],
    ) -> APIResponse[Recording]:
        """``create``, with the HTTP response."""
        return await self._send(
            create_recording.OPERATION, (account_sid, call_sid), params, options
        )

    async def update(
        self,
        call_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_recording.UpdateRecordingParams],
    ) -> Recording:
        """Update a call recording.

        Pause, resume or stop a recording of a call. PauseBehavior says whether a pause leaves
        silence in the recording or is cut out of it.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = await self._send(
            update_recording.OPERATION, (account_sid, call_sid, recording_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        call_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_recording.UpdateRecordingParams],
    ) -> APIResponse[Recording]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_recording.OPERATION, (account_sid, call_sid, recording_sid), params, options
        )

    def update_many(
        self,
        call_sid: str,
        recording_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_recording.UpdateRecordingParams],
    ) -> AsyncBulkRun[Recording]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_recording.OPERATION,
            (account_sid, call_sid),
            recording_sids,
            params,
            options,
            bulk,
        )
