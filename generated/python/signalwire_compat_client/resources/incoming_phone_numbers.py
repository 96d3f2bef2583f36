"""``client.incoming_phone_numbers``: generated from the spec's paths."""

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

from ..api.incoming_phone_numbers import (
    create_incoming_phone_number,
    delete_incoming_phone_number,
    list_incoming_phone_numbers,
    retrieve_incoming_phone_number,
    update_incoming_phone_number,
)

if TYPE_CHECKING:
    from signalwire_compat._bulk import AsyncBulkRun, BulkOptions, BulkRun

    from ..models.incoming_phone_number import IncomingPhoneNumber
    from ..models.incoming_phone_number_list import IncomingPhoneNumberList

__all__ = ["AsyncIncomingPhoneNumbers", "IncomingPhoneNumbers"]


class IncomingPhoneNumbers(SyncResource):
    """``client.incoming_phone_numbers``: The phone numbers a project owns, and where their calls and messages go."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_incoming_phone_numbers.ListIncomingPhoneNumbersParams],
    ) -> Pager[IncomingPhoneNumber]:
        """List the project's phone numbers.

        The phone numbers the project owns, one page at a time. Follow next_page_uri for the
        next page.

        API token scope: Numbers.
        """
        return self._pager(list_incoming_phone_numbers.OPERATION, (account_sid,), params, options)

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_incoming_phone_numbers.ListIncomingPhoneNumbersParams],
    ) -> APIResponse[IncomingPhoneNumberList]:
        """``list`` of one page, with the HTTP response."""
        return self._send(list_incoming_phone_numbers.OPERATION, (account_sid,), params, options)

    def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_incoming_phone_number.CreateIncomingPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Buy a phone number.

        Buy one of the numbers a search of the available numbers found, and set where its
        calls and messages go. A number that is no longer available is refused with a 400.

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = self._send(
            create_incoming_phone_number.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_incoming_phone_number.CreateIncomingPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``create``, with the HTTP response."""
        return self._send(create_incoming_phone_number.OPERATION, (account_sid,), params, options)

    def fetch(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_incoming_phone_number.RetrieveIncomingPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Retrieve a phone number.

        Retrieve one phone number of the project.

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = self._send(
            retrieve_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )
        return response.parsed

    def fetch_with_response(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_incoming_phone_number.RetrieveIncomingPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``fetch``, with the HTTP response."""
        return self._send(
            retrieve_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    def update(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_incoming_phone_number.UpdateIncomingPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Update a phone number.

        Change where a number's calls and messages go, its name or its E911 address, or move
        it to another project of the same space (the form's AccountSid).

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = self._send(
            update_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )
        return response.parsed

    def update_with_response(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_incoming_phone_number.UpdateIncomingPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``update``, with the HTTP response."""
        return self._send(
            update_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    def update_many(
        self,
        incoming_phone_number_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_incoming_phone_number.UpdateIncomingPhoneNumberParams],
    ) -> BulkRun[IncomingPhoneNumber]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_incoming_phone_number.OPERATION,
            (account_sid,),
            incoming_phone_number_sids,
            params,
            options,
            bulk,
        )

    def delete(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_incoming_phone_number.DeleteIncomingPhoneNumberParams],
    ) -> None:
        """Release a phone number.

        Release a phone number: the project no longer owns it, and it may be bought again. A
        number cannot be released during a cooling-off period after it was bought; that is
        refused with a 409. If the delete is successful, a 204 response, with no body, is
        returned.

        API token scope: Numbers.
        """
        self._send(
            delete_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    def delete_with_response(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_incoming_phone_number.DeleteIncomingPhoneNumberParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return self._send(
            delete_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    def delete_many(
        self,
        incoming_phone_number_sids: Iterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_incoming_phone_number.DeleteIncomingPhoneNumberParams],
    ) -> BulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_incoming_phone_number.OPERATION,
            (account_sid,),
            incoming_phone_number_sids,
            params,
            options,
            bulk,
        )


class AsyncIncomingPhoneNumbers(AsyncResource):
    """``client.incoming_phone_numbers`` of the async client."""

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_incoming_phone_numbers.ListIncomingPhoneNumbersParams],
    ) -> AsyncPager[IncomingPhoneNumber]:
        """List the project's phone numbers.

        The phone numbers the project owns, one page at a time. Follow next_page_uri for the
        next page.

        API token scope: Numbers.
        """
        return self._pager(list_incoming_phone_numbers.OPERATION, (account_sid,), params, options)

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[list_incoming_phone_numbers.ListIncomingPhoneNumbersParams],
    ) -> APIResponse[IncomingPhoneNumberList]:
        """``list`` of one page, with the HTTP response."""
        return await self._send(
            list_incoming_phone_numbers.OPERATION, (account_sid,), params, options
        )

    async def create(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_incoming_phone_number.CreateIncomingPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Buy a phone number.

        Buy one of the numbers a search of the available numbers found, and set where its
        calls and messages go. A number that is no longer available is refused with a 400.

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = await self._send(
            create_incoming_phone_number.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def create_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[create_incoming_phone_number.CreateIncomingPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``create``, with the HTTP response."""
        return await self._send(
            create_incoming_phone_number.OPERATION, (account_sid,), params, options
        )

    async def fetch(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_incoming_phone_number.RetrieveIncomingPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Retrieve a phone number.

        Retrieve one phone number of the project.

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = await self._send(
            retrieve_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )
        return response.parsed

    async def fetch_with_response(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[retrieve_incoming_phone_number.RetrieveIncomingPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            retrieve_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    async def update(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_incoming_phone_number.UpdateIncomingPhoneNumberParams],
    ) -> IncomingPhoneNumber:
        """Update a phone number.

        Change where a number's calls and messages go, its name or its E911 address, or move
        it to another project of the same space (the form's AccountSid).

        API token scope: Numbers.
        """
        response: APIResponse[IncomingPhoneNumber] = await self._send(
            update_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )
        return response.parsed

    async def update_with_response(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_incoming_phone_number.UpdateIncomingPhoneNumberParams],
    ) -> APIResponse[IncomingPhoneNumber]:
        """``update``, with the HTTP response."""
        return await self._send(
            update_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    def update_many(
        self,
        incoming_phone_number_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[update_incoming_phone_number.UpdateIncomingPhoneNumberParams],
    ) -> AsyncBulkRun[IncomingPhoneNumber]:
        """``update`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            update_incoming_phone_number.OPERATION,
            (account_sid,),
            incoming_phone_number_sids,
            params,
            options,
            bulk,
        )

    async def delete(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_incoming_phone_number.DeleteIncomingPhoneNumberParams],
    ) -> None:
        """Release a phone number.

        Release a phone number: the project no longer owns it, and it may be bought again. A
        number cannot be released during a cooling-off period after it was bought; that is
        refused with a 409. If the delete is successful, a 204 response, with no body, is
        returned.

        API token scope: Numbers.
        """
        await self._send(
            delete_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    async def delete_with_response(
        self,
        incoming_phone_number_sid: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_incoming_phone_number.DeleteIncomingPhoneNumberParams],
    ) -> APIResponse[None]:
        """``delete``, with the HTTP response."""
        return await self._send(
            delete_incoming_phone_number.OPERATION,
            (account_sid, incoming_phone_number_sid),
            params,
            options,
        )

    def delete_many(
        self,
        incoming_phone_number_sids: Iterable[str] | AsyncIterable[str],
        *,
        account_sid: str | None = None,
        bulk: BulkOptions | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[delete_incoming_phone_number.DeleteIncomingPhoneNumberParams],
    ) -> AsyncBulkRun[None]:
        """``delete`` of each id, as a bulk run paced by ``bulk``; a wrong field sends nothing."""
        return self._many(
            delete_incoming_phone_number.OPERATION,
            (account_sid,),
            incoming_phone_number_sids,
            params,
            options,
            bulk,
        )
