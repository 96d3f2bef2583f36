"""``client.available_phone_numbers``: generated from the spec's paths."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Unpack

from signalwire_compat._resource import (
    APIResponse,
    AsyncResource,
    RequestOptions,
    SyncResource,
)

from ..api.available_phone_numbers import (
    list_available_phone_number_resources,
    list_available_phone_number_resources_by_country,
)

if TYPE_CHECKING:
    from ..models.available_phone_number_country import AvailablePhoneNumberCountry
    from ..models.available_phone_number_country_list import AvailablePhoneNumberCountryList
    from .available_phone_numbers_local import (
        AsyncAvailablePhoneNumbersLocal,
        AvailablePhoneNumbersLocal,
    )
    from .available_phone_numbers_toll_free import (
        AsyncAvailablePhoneNumbersTollFree,
        AvailablePhoneNumbersTollFree,
    )

__all__ = ["AsyncAvailablePhoneNumbers", "AvailablePhoneNumbers"]


class AvailablePhoneNumbers(SyncResource):
    """``client.available_phone_numbers``: The phone numbers a project can buy, searched by country and kind."""

    @functools.cached_property
    def local(self) -> AvailablePhoneNumbersLocal:
        """``client.available_phone_numbers.local``: The phone numbers a project can buy, searched by country and kind."""
        from .available_phone_numbers_local import AvailablePhoneNumbersLocal

        return AvailablePhoneNumbersLocal(self._client)

    @functools.cached_property
    def toll_free(self) -> AvailablePhoneNumbersTollFree:
        """``client.available_phone_numbers.toll_free``: The phone numbers a project can buy, searched by country and kind."""
        from .available_phone_numbers_toll_free import AvailablePhoneNumbersTollFree

        return AvailablePhoneNumbersTollFree(self._client)

    def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources.ListAvailablePhoneNumberResourcesParams
        ],
    ) -> AvailablePhoneNumberCountryList:
        """List the countries with numbers to buy.

        The countries in which the project can buy phone numbers, each with the URIs of its
        searches (Local, TollFree). The whole list comes in one answer, with no pages.

        API token scope: Numbers.
        """
        response: APIResponse[AvailablePhoneNumberCountryList] = self._send(
            list_available_phone_number_resources.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources.ListAvailablePhoneNumberResourcesParams
        ],
    ) -> APIResponse[AvailablePhoneNumberCountryList]:
        """``list``, with the HTTP response."""
        return self._send(
            list_available_phone_number_resources.OPERATION, (account_sid,), params, options
        )

    def fetch(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources_by_country.ListAvailablePhoneNumberResourcesByCountryParams
        ],
    ) -> AvailablePhoneNumberCountry:
        """Retrieve a country with numbers to buy.

        One country in which the project can buy phone numbers, with the URIs of its searches
        (Local, TollFree). An unknown country is a 404.

        API token scope: Numbers.
        """
        response: APIResponse[AvailablePhoneNumberCountry] = self._send(
            list_available_phone_number_resources_by_country.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )
        return response.parsed

    def fetch_with_response(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources_by_country.ListAvailablePhoneNumberResourcesByCountryParams
        ],
    ) -> APIResponse[AvailablePhoneNumberCountry]:
        """``fetch``, with the HTTP response."""
        return self._send(
            list_available_phone_number_resources_by_country.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )


class AsyncAvailablePhoneNumbers(AsyncResource):
    """``client.available_phone_numbers`` of the async client."""

    @functools.cached_property
    def local(self) -> AsyncAvailablePhoneNumbersLocal:
        """``client.available_phone_numbers.local``: The phone numbers a project can buy, searched by country and kind."""
        from .available_phone_numbers_local import AsyncAvailablePhoneNumbersLocal

        return AsyncAvailablePhoneNumbersLocal(self._client)

    @functools.cached_property
    def toll_free(self) -> AsyncAvailablePhoneNumbersTollFree:
        """``client.available_phone_numbers.toll_free``: The phone numbers a project can buy, searched by country and kind."""
        from .available_phone_numbers_toll_free import AsyncAvailablePhoneNumbersTollFree

        return AsyncAvailablePhoneNumbersTollFree(self._client)

    async def list(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources.ListAvailablePhoneNumberResourcesParams
        ],
    ) -> AvailablePhoneNumberCountryList:
        """List the countries with numbers to buy.

        The countries in which the project can buy phone numbers, each with the URIs of its
        searches (Local, TollFree). The whole list comes in one answer, with no pages.

        API token scope: Numbers.
        """
        response: APIResponse[AvailablePhoneNumberCountryList] = await self._send(
            list_available_phone_number_resources.OPERATION, (account_sid,), params, options
        )
        return response.parsed

    async def list_with_response(
        self,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources.ListAvailablePhoneNumberResourcesParams
        ],
    ) -> APIResponse[AvailablePhoneNumberCountryList]:
        """``list``, with the HTTP response."""
        return await self._send(
            list_available_phone_number_resources.OPERATION, (account_sid,), params, options
        )

    async def fetch(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources_by_country.ListAvailablePhoneNumberResourcesByCountryParams
        ],
    ) -> AvailablePhoneNumberCountry:
        """Retrieve a country with numbers to buy.

        One country in which the project can buy phone numbers, with the URIs of its searches
        (Local, TollFree). An unknown country is a 404.

        API token scope: Numbers.
        """
        response: APIResponse[AvailablePhoneNumberCountry] = await self._send(
            list_available_phone_number_resources_by_country.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )
        return response.parsed

    async def fetch_with_response(
        self,
        iso_country: str,
        *,
        account_sid: str | None = None,
        options: RequestOptions | None = None,
        **params: Unpack[
            list_available_phone_number_resources_by_country.ListAvailablePhoneNumberResourcesByCountryParams
        ],
    ) -> APIResponse[AvailablePhoneNumberCountry]:
        """``fetch``, with the HTTP response."""
        return await self._send(
            list_available_phone_number_resources_by_country.OPERATION,
            (account_sid, iso_country),
            params,
            options,
        )
