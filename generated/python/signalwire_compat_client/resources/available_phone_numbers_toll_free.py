"""``client.available_phone_numbers.toll_free``: generated from the spec's paths."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncResource,
    RequestOptions,
    SyncResource,
)

from ..api.available_phone_numbers_toll_free import search_toll_free_available_phone_numbers

if TYPE_CHECKING:
    from ..models.available_phone_number_list import AvailablePhoneNumberList

__all__ = ["AsyncAvailablePhoneNumbersTollFree", "AvailablePhoneNumbersTollFree"]


class AvailablePhoneNumbersTollFree(SyncResource):
    """``client.available_phone_numbers.toll_free``: The phone numbers a project can buy, searched by country and kind."""

    def list(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            search_toll_free_available_phone_numbers.SearchTollFreeAvailablePhoneNumbersParams
        ],
    ) -> AvailablePhoneNumberList:
        """Search toll-free numbers to buy.

        Toll-free phone numbers of a country that the project can buy now, matching every
        filter given. The matches come in one answer, with no pages; buy one with
        create_incoming_phone_number.

        API token scope: Numbers.
        """
        response: APIResponse[AvailablePhoneNumberList] = self._send(
            search_toll_free_available_phone_numbers.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )
        return response.parsed

    def list_with_response(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            search_toll_free_available_phone_numbers.SearchTollFreeAvailablePhoneNumbersParams
        ],
    ) -> APIResponse[AvailablePhoneNumberList]:
        """``list``, with the HTTP response."""
        return self._send(
            search_toll_free_available_phone_numbers.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )


class AsyncAvailablePhoneNumbersTollFree(AsyncResource):
    """``client.available_phone_numbers.toll_free`` of the async client."""

    async def list(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            search_toll_free_available_phone_numbers.SearchTollFreeAvailablePhoneNumbersParams
        ],
    ) -> AvailablePhoneNumberList:
        """Search toll-free numbers to buy.

        Toll-free phone numbers of a country that the project can buy now, matching every
        filter given. The matches come in one answer, with no pages; buy one with
        create_incoming_phone_number.

        API token scope: Numbers.
        """
        response: APIResponse[AvailablePhoneNumberList] = await self._send(
            search_toll_free_available_phone_numbers.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )
        return response.parsed

    async def list_with_response(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            search_toll_free_available_phone_numbers.SearchTollFreeAvailablePhoneNumbersParams
        ],
    ) -> APIResponse[AvailablePhoneNumberList]:
        """``list``, with the HTTP response."""
        return await self._send(
            search_toll_free_available_phone_numbers.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )
