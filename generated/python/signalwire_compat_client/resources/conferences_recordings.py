"""``client.conferences.recordings``: generated from the spec's paths."""

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

from ..api.conferences_recordings import (
    delete_conference_recording,
    get_conference_recording,
    list_conference_recordings,
    update_conference_recording,
)

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.recording import Recording
    from ..models.recording_list import RecordingList

__all__ = ["AsyncConferencesRecordings", "ConferencesRecordings"]


class ConferencesRecordings(SyncResource):
    """``client.conferences.recordings``: Recordings of a conference."""

    def list(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_conference_recordings.ListConferenceRecordingsParams],
    ) -> Pager[Recording]:
        """List conference recordings.

        The recordings of a conference, newest first, one page at a time. Follow next_page_uri
        for the next page.

        API token scope: Voice.
        """
        return self._pager(
            list_conference_recordings.OPERATION, (account_sid, conference_sid), params, options
        )

    def list_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_conference_recordings.ListConferenceRecordingsParams],
    ) -> APIResponse[RecordingList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(
            list_conference_recordings.OPERATION, (account_sid, conference_sid), params, options
        )

    def fetch(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_conference_recording.GetConferenceRecordingParams],
    ) -> Recording:
        """Retrieve a conference recording.

        Retrieve one recording of a conference.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = self._send(
            get_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )
        return response.parsed

    def fetch_with_response(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_conference_recording.GetConferenceRecordingParams],
    ) -> APIResponse[Recording]:
        """``fetch``, with the HTTP response."""
        return self._send(
            get_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    def update(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_recording.UpdateConferenceRecordingParams],
    ) -> Recording:
        """Update a conference recording.

        Pause, resume or stop a recording of a conference. PauseBehavior says whether a pause
        leaves silence in the recording or is cut out of it.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = self._send(
            update_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )
        return response.parsed

    def update_with_response(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_recording.UpdateConferenceRecordingParams],
    ) -> APIResponse[Recording]:
        """``update``, with the HTTP response."""
        return self._send(
            update_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    def update_many(
        self,
        conference_sid: str,
        recording_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_recording.UpdateConferenceRecordingParams],
    ) -> BulkRun[Recording]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_conference_recording.OPERATION,
            (account_sid, conference_sid),
            recording_sids,
            params,
            options,
            bulk,
        )

    def delete(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_conference_recording.DeleteConferenceRecordingParams],
    ) -> None:
        """Delete a conference recording.

        Delete a recording of a conference. If the delete is successful, a 204 response, with
        no body, is returned.

        API token scope: Voice.
        """
        self._send(
            delete_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    def delete_with_response(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_conference_recording.DeleteConferenceRecordingParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    def delete_many(
        self,
        conference_sid: str,
        recording_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_conference_recording.DeleteConferenceRecordingParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_conference_recording.OPERATION,
            (account_sid, conference_sid),
            recording_sids,
            params,
            options,
            bulk,
        )


class AsyncConferencesRecordings(AsyncResource):
    """``client.conferences.recordings`` of the async client."""

    def list(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_conference_recordings.ListConferenceRecordingsParams],
    ) -> AsyncPager[Recording]:
        """List conference recordings.

        The recordings of a conference, newest first, one page at a time. Follow next_page_uri
        for the next page.

        API token scope: Voice.
        """
        return self._pager(
            list_conference_recordings.OPERATION, (account_sid, conference_sid), params, options
        )

    async def list_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_conference_recordings.ListConferenceRecordingsParams],
    ) -> APIResponse[RecordingList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(
            list_conference_recordings.OPERATION, (account_sid, conference_sid), params, options
        )

    async def fetch(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_conference_recording.GetConferenceRecordingParams],
    ) -> Recording:
        """Retrieve a conference recording.

        Retrieve one recording of a conference.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = await self._send(
            get_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )
        return response.parsed

    async def fetch_with_response(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[get_conference_recording.GetConferenceRecordingParams],
    ) -> APIResponse[Recording]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            get_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    async def update(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_recording.UpdateConferenceRecordingParams],
    ) -> Recording:
        """Update a conference recording.

        Pause, resume or stop a recording of a conference. PauseBehavior says whether a pause
        leaves silence in the recording or is cut out of it.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = await self._send(
            update_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )
        return response.parsed

    async def update_with_response(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_recording.UpdateConferenceRecordingParams],
    ) -> APIResponse[Recording]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    def update_many(
        self,
        conference_sid: str,
        recording_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference_recording.UpdateConferenceRecordingParams],
    ) -> AsyncBulkRun[Recording]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_conference_recording.OPERATION,
            (account_sid, conference_sid),
            recording_sids,
            params,
            options,
            bulk,
        )

    async def delete(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_conference_recording.DeleteConferenceRecordingParams],
    ) -> None:
        """Delete a conference recording.

        Delete a recording of a conference. If the delete is successful, a 204 response, with
        no body, is returned.

        API token scope: Voice.
        """
        await self._send(
            delete_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    async def delete_with_response(
        self,
        conference_sid: str,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_conference_recording.DeleteConferenceRecordingParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_conference_recording.OPERATION,
            (account_sid, conference_sid, recording_sid),
            params,
            options,
        )

    def delete_many(
        self,
        conference_sid: str,
        recording_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_conference_recording.DeleteConferenceRecordingParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_conference_recording.OPERATION,
            (account_sid, conference_sid),
            recording_sids,
            params,
            options,
            bulk,
        )
