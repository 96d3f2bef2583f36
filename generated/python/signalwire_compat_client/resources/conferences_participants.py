"""``client.conferences.participants``: generated from the spec's paths."""

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

from ..api.conferences_participants import (
    delete_participant,
    list_all_participants,
    retrieve_participant,
    update_participant,
)

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.participant import Participant
    from ..models.participant_list import ParticipantList

__all__ = ["AsyncConferencesParticipants", "ConferencesParticipants"]


class ConferencesParticipants(SyncResource):
    """``client.conferences.participants``: The calls connected to a conference."""

    def list(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_participants.ListAllParticipantsParams],
    ) -> Pager[Participant]:
        """List participants.

        The participants connected to a conference, one page at a time. Follow next_page_uri
        for the next page.

        API token scope: Voice.
        """
        return self._pager(
            list_all_participants.OPERATION, (account_sid, conference_sid), params, options
        )

    def list_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_participants.ListAllParticipantsParams],
    ) -> APIResponse[ParticipantList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(
            list_all_participants.OPERATION, (account_sid, conference_sid), params, options
        )

    def fetch(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_participant.RetrieveParticipantParams],
    ) -> Participant:
        """Retrieve a participant.

        Retrieve one participant of a conference, by the sid of its call.

        API token scope: Voice.
        """
        response: APIResponse[Participant] = self._send(
            retrieve_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )
        return response.parsed

    def fetch_with_response(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_participant.RetrieveParticipantParams],
    ) -> APIResponse[Participant]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    def update(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_participant.UpdateParticipantParams],
    ) -> Participant:
        """Update a participant.

        Mute, hold, coach or make an announcement to one participant of a conference.

        API token scope: Voice.
        """
        response: APIResponse[Participant] = self._send(
            update_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )
        return response.parsed

    def update_with_response(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_participant.UpdateParticipantParams],
    ) -> APIResponse[Participant]:
        """``update``, with the HTTP response."""
        return self._send(
            update_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    def update_many(
        self,
        conference_sid: str,
        call_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_participant.UpdateParticipantParams],
    ) -> BulkRun[Participant]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_participant.OPERATION,
            (account_sid, conference_sid),
            call_sids,
            params,
            options,
            bulk,
        )

    def delete(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_participant.DeleteParticipantParams],
    ) -> None:
        """Delete a participant.

        Remove a participant from its conference. If the delete is successful, a 204
        response, with no body, is returned.

        API token scope: Voice.
        """
        self._send(
            delete_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    def delete_with_response(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_participant.DeleteParticipantParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    def delete_many(
        self,
        conference_sid: str,
        call_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_participant.DeleteParticipantParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_participant.OPERATION,
            (account_sid, conference_sid),
            call_sids,
            params,
            options,
            bulk,
        )


class AsyncConferencesParticipants(AsyncResource):
    """``client.conferences.participants`` of the async client."""

    def list(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_participants.ListAllParticipantsParams],
    ) -> AsyncPager[Participant]:
        """List participants.

        The participants connected to a conference, one page at a time. Follow next_page_uri
        for the next page.

        API token scope: Voice.
        """
        return self._pager(
            list_all_participants.OPERATION, (account_sid, conference_sid), params, options
        )

    async def list_with_response(
        self,
        conference_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_all_participants.ListAllParticipantsParams],
    ) -> APIResponse[ParticipantList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(
            list_all_participants.OPERATION, (account_sid, conference_sid), params, options
        )

    async def fetch(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_participant.RetrieveParticipantParams],
    ) -> Participant:
        """Retrieve a participant.

        Retrieve one participant of a conference, by the sid of its call.

        API token scope: Voice.
        """
        response: APIResponse[Participant] = await self._send(
            retrieve_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )
        return response.parsed

    async def fetch_with_response(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_participant.RetrieveParticipantParams],
    ) -> APIResponse[Participant]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    async def update(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_participant.UpdateParticipantParams],
    ) -> Participant:
        """Update a participant.

        Mute, hold, coach or make an announcement to one participant of a conference.

        API token scope: Voice.
        """
        response: APIResponse[Participant] = await self._send(
            update_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )
        return response.parsed

    async def update_with_response(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_participant.UpdateParticipantParams],
    ) -> APIResponse[Participant]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    def update_many(
        self,
        conference_sid: str,
        call_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_participant.UpdateParticipantParams],
    ) -> AsyncBulkRun[Participant]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_participant.OPERATION,
            (account_sid, conference_sid),
            call_sids,
            params,
            options,
            bulk,
        )

    async def delete(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_participant.DeleteParticipantParams],
    ) -> None:
        """Delete a participant.

        Remove a participant from its conference. If the delete is successful, a 204
        response, with no body, is returned.

        API token scope: Voice.
        """
        await self._send(
            delete_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    async def delete_with_response(
        self,
        conference_sid: str,
        call_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_participant.DeleteParticipantParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_participant.OPERATION, (account_sid, conference_sid, call_sid), params, options
        )

    def delete_many(
        self,
        conference_sid: str,
        call_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_participant.DeleteParticipantParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_participant.OPERATION,
            (account_sid, conference_sid),
            call_sids,
            params,
            options,
            bulk,
        )
