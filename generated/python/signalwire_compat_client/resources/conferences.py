"""``client.conferences``: generated from the spec's paths."""

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

from ..api.conferences import list_all_conferences, retrieve_conference, update_conference

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.conference import Conference
    from ..models.conference_list import ConferenceList
    from .conferences_participants import AsyncConferencesParticipants, ConferencesParticipants
    from .conferences_recordings import AsyncConferencesRecordings, ConferencesRecordings
    from .conferences_streams import AsyncConferencesStreams, ConferencesStreams

__all__ = ["AsyncConferences", "Conferences"]


class Conferences(SyncResource):
    """``client.conferences``: Conference rooms of a project and their state."""

    @functools.cached_property
    def participants(self) -> ConferencesParticipants:
        """``client.conferences.participants``: The calls connected to a conference."""
        from .conferences_participants import ConferencesParticipants

        return ConferencesParticipants(self._client)

    @functools.cached_property
    def recordings(self) -> ConferencesRecordings:
        """``client.conferences.recordings``: Recordings of a conference."""
        from .conferences_recordings import ConferencesRecordings

        return ConferencesRecordings(self._client)

    @functools.cached_property
    def streams(self) -> ConferencesStreams:
        """``client.conferences.streams``: The audio of a conference, streamed live to a WebSocket server."""
        from .conferences_streams import ConferencesStreams

        return ConferencesStreams(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_conferences.ListAllConferencesParams],
    ) -> Pager[Conference]:
        """List conferences.

        The conferences of the project, one page at a time. Follow next_page_uri for the
        next page.

        API token scope: Voice.
        """
        return self._pager(list_all_conferences.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_conferences.ListAllConferencesParams],
    ) -> APIResponse[ConferenceList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_all_conferences.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_conference.RetrieveConferenceParams],
    ) -> Conference:
        """Retrieve a conference.

        Retrieve one conference.

        API token scope: Voice.
        """
        response: APIResponse[Conference] = self._send(
            retrieve_conference.OPERATION, (account_sid, conference_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_conference.RetrieveConferenceParams],
    ) -> APIResponse[Conference]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_conference.OPERATION, (account_sid, conference_sid), params, options
        )

    def update(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference.UpdateConferenceParams],
    ) -> Conference:
        """Update a conference.

        Play an announcement to a conference, or end it (Status=completed), which removes
        every participant.

        API token scope: Voice.
        """
        response: APIResponse[Conference] = self._send(
            update_conference.OPERATION, (account_sid, conference_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference.UpdateConferenceParams],
    ) -> APIResponse[Conference]:
        """``update``, with the HTTP response."""
        return self._send(
            update_conference.OPERATION, (account_sid, conference_sid), params, options
        )

    def update_many(
        self,
        conference_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference.UpdateConferenceParams],
    ) -> BulkRun[Conference]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_conference.OPERATION, (account_sid,), conference_sids, params, options, bulk
        )


class AsyncConferences(AsyncResource):
    """``client.conferences`` of the async client."""

    @functools.cached_property
    def participants(self) -> AsyncConferencesParticipants:
        """``client.conferences.participants``: The calls connected to a conference."""
        from .conferences_participants import AsyncConferencesParticipants

        return AsyncConferencesParticipants(self._client)

    @functools.cached_property
    def recordings(self) -> AsyncConferencesRecordings:
        """``client.conferences.recordings``: Recordings of a conference."""
        from .conferences_recordings import AsyncConferencesRecordings

        return AsyncConferencesRecordings(self._client)

    @functools.cached_property
    def streams(self) -> AsyncConferencesStreams:
        """``client.conferences.streams``: The audio of a conference, streamed live to a WebSocket server."""
        from .conferences_streams import AsyncConferencesStreams

        return AsyncConferencesStreams(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_conferences.ListAllConferencesParams],
    ) -> AsyncPager[Conference]:
        """List conferences.

        The conferences of the project, one page at a time. Follow next_page_uri for the
        next page.

        API token scope: Voice.
        """
        return self._pager(list_all_conferences.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_conferences.ListAllConferencesParams],
    ) -> APIResponse[ConferenceList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(list_all_conferences.OPERATION, (account_sid,), params, options)

    async def fetch(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_conference.RetrieveConferenceParams],
    ) -> Conference:
        """Retrieve a conference.

        Retrieve one conference.

        API token scope: Voice.
        """
        response: APIResponse[Conference] = await self._send(
            retrieve_conference.OPERATION, (account_sid, conference_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_conference.RetrieveConferenceParams],
    ) -> APIResponse[Conference]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_conference.OPERATION, (account_sid, conference_sid), params, options
        )

    async def update(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference.UpdateConferenceParams],
    ) -> Conference:
        """Update a conference.

        Play an announcement to a conference, or end it (Status=completed), which removes
        every participant.

        API token scope: Voice.
        """
        response: APIResponse[Conference] = await self._send(
            update_conference.OPERATION, (account_sid, conference_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference.UpdateConferenceParams],
    ) -> APIResponse[Conference]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_conference.OPERATION, (account_sid, conference_sid), params, options
        )

    def update_many(
        self,
        conference_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_conference.UpdateConferenceParams],
    ) -> AsyncBulkRun[Conference]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_conference.OPERATION, (account_sid,), conference_sids, params, options, bulk
        )
