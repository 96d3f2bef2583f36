"""``client.transcriptions``: generated from the spec's paths."""

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

from ..api.transcriptions import delete_transcription, list_transcriptions, retrieve_transcription

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.transcription import Transcription
    from ..models.transcription_list import TranscriptionList

__all__ = ["AsyncTranscriptions", "Transcriptions"]


class Transcriptions(SyncResource):
    """``client.transcriptions``: Text transcriptions of recordings."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_transcriptions.ListTranscriptionsParams],
    ) -> Pager[Transcription]:
        """List transcriptions.

        The transcriptions of the project's recordings, newest first, one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Voice.
        """
        return self._pager(list_transcriptions.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_transcriptions.ListTranscriptionsParams],
    ) -> APIResponse[TranscriptionList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_transcriptions.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_transcription.RetrieveTranscriptionParams],
    ) -> Transcription:
        """Retrieve a transcription.

        Retrieve one transcription of a recording.

        API token scope: Voice.
        """
        response: APIResponse[Transcription] = self._send(
            retrieve_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_transcription.RetrieveTranscriptionParams],
    ) -> APIResponse[Transcription]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )

    def delete(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_transcription.DeleteTranscriptionParams],
    ) -> None:
        """Delete a transcription.

        Delete a transcription of a recording. If the delete is successful, a 204 response, with
        no body, is returned.

        API token scope: Voice.
        """
        self._send(
            delete_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )

    def delete_with_response(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_transcription.DeleteTranscriptionParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )

    def delete_many(
        self,
        transcription_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_transcription.DeleteTranscriptionParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_transcription.OPERATION,
            (account_sid,),
            transcription_sids,
            params,
            options,
            bulk,
        )


class AsyncTranscriptions(AsyncResource):
    """``client.transcriptions`` of the async client."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_transcriptions.ListTranscriptionsParams],
    ) -> AsyncPager[Transcription]:
        """List transcriptions.

        The transcriptions of the project's recordings, newest first, one page at a time. Follow
        next_page_uri for the next page.

        API token scope: Voice.
        """
        return self._pager(list_transcriptions.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_transcriptions.ListTranscriptionsParams],
    ) -> APIResponse[TranscriptionList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_transcriptions.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_transcription.RetrieveTranscriptionParams],
    ) -> Transcription:
        """Retrieve a transcription.

        Retrieve one transcription of a recording.

        API token scope: Voice.
        """
        response: APIResponse[Transcription] = await self._send(
            retrieve_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_transcription.RetrieveTranscriptionParams],
    ) -> APIResponse[Transcription]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )

    async def delete(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_transcription.DeleteTranscriptionParams],
    ) -> None:
        """Delete a transcription.

        Delete a transcription of a recording. If the delete is successful, a 204 response, with
        no body, is returned.

        API token scope: Voice.
        """
        await self._send(
            delete_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )

    async def delete_with_response(
        self,
        transcription_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_transcription.DeleteTranscriptionParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_transcription.OPERATION, (account_sid, transcription_sid), params, options
        )

    def delete_many(
        self,
        transcription_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_transcription.DeleteTranscriptionParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_transcription.OPERATION,
            (account_sid,),
            transcription_sids,
            params,
            options,
            bulk,
        )
