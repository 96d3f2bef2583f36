"""Retrieve a country with numbers to buy: ``GET /Accounts/{AccountSid}/AvailablePhoneNumbers/{IsoCountry}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListAvailablePhoneNumberResourcesByCountryParams"]


class ListAvailablePhoneNumberResourcesByCountryParams(RequestOptions, total=False):
    """The arguments of ``list_available_phone_number_resources_by_country``."""


OPERATION = Operation(
    name="list_available_phone_number_resources_by_country",
    method="GET",
    path="/Accounts/{AccountSid}/AvailablePhoneNumbers/{IsoCountry}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("IsoCountry", "iso_country"),
    ),
    result="available_phone_number_country.AvailablePhoneNumberCountry",
)
