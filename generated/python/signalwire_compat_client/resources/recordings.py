"""``client.recordings``: generated from the spec's paths."""

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

from ..api.recordings import delete_recording, list_recordings, retrieve_recording

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.recording import Recording
    from ..models.recording_list import RecordingList

__all__ = ["AsyncRecordings", "Recordings"]


class Recordings(SyncResource):
    """``client.recordings``: Recordings of calls, and the project's recordings as a whole."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_recordings.ListRecordingsParams],
    ) -> Pager[Recording]:
        """List recordings.

        The recordings of the project, of calls and of conferences, newest first, one page at a
        time. Follow next_page_uri for the next page.

        API token scope: Voice.
        """
        return self._pager(list_recordings.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_recordings.ListRecordingsParams],
    ) -> APIResponse[RecordingList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_recordings.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_recording.RetrieveRecordingParams],
    ) -> Recording:
        """Retrieve a recording.

        Retrieve the metadata of a recording (its duration, price, status ...) as JSON, from the
        recording's URL with the .json suffix.

        The audio itself is not JSON: it is at the recording's uri without the .json suffix (or
        with .wav in its place), as WAV, and with .mp3 in its place, as MP3. Those audio URLs
        are
        served without authentication, so anyone who has one can play the recording.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = self._send(
            retrieve_recording.OPERATION, (account_sid, recording_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_recording.RetrieveRecordingParams],
    ) -> APIResponse[Recording]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_recording.OPERATION, (account_sid, recording_sid), params, options
        )

    def delete(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_recording.DeleteRecordingParams],
    ) -> None:
        """Delete a recording.

        Delete a recording, of a call or of a conference, with its audio. If the delete is
        successful, a 204 response, with no body, is returned.

        API token scope: Voice.
        """
        self._send(delete_recording.OPERATION, (account_sid, recording_sid), params, options)

    def delete_with_response(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_recording.DeleteRecordingParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(delete_recording.OPERATION, (account_sid, recording_sid), params, options)

    def delete_many(
        self,
        recording_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_recording.DeleteRecordingParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_recording.OPERATION, (account_sid,), recording_sids, params, options, bulk
        )


class AsyncRecordings(AsyncResource):
    """``client.recordings`` of the async client."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_recordings.ListRecordingsParams],
    ) -> AsyncPager[Recording]:
        """List recordings.

        The recordings of the project, of calls and of conferences, newest first, one page at a
        time. Follow next_page_uri for the next page.

        API token scope: Voice.
        """
        return self._pager(list_recordings.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_recordings.ListRecordingsParams],
    ) -> APIResponse[RecordingList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_recordings.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_recording.RetrieveRecordingParams],
    ) -> Recording:
        """Retrieve a recording.

        Retrieve the metadata of a recording (its duration, price, status ...) as JSON, from the
        recording's URL with the .json suffix.

        The audio itself is not JSON: it is at the recording's uri without the .json suffix (or
        with .wav in its place), as WAV, and with .mp3 in its place, as MP3. Those audio URLs
        are
        served without authentication, so anyone who has one can play the recording.

        API token scope: Voice.
        """
        response: APIResponse[Recording] = await self._send(
            retrieve_recording.OPERATION, (account_sid, recording_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_recording.RetrieveRecordingParams],
    ) -> APIResponse[Recording]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_recording.OPERATION, (account_sid, recording_sid), params, options
        )

    async def delete(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_recording.DeleteRecordingParams],
    ) -> None:
        """Delete a recording.

        Delete a recording, of a call or of a conference, with its audio. If the delete is
        successful, a 204 response, with no body, is returned.

        API token scope: Voice.
        """
        await self._send(delete_recording.OPERATION, (account_sid, recording_sid), params, options)

    async def delete_with_response(
        self,
        recording_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_recording.DeleteRecordingParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_recording.OPERATION, (account_sid, recording_sid), params, options
        )

    def delete_many(
        self,
        recording_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_recording.DeleteRecordingParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_recording.OPERATION, (account_sid,), recording_sids, params, options, bulk
        )
