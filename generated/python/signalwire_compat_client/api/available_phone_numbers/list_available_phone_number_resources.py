"""List the countries with numbers to buy: ``GET /Accounts/{AccountSid}/AvailablePhoneNumbers``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListAvailablePhoneNumberResourcesParams"]


class ListAvailablePhoneNumberResourcesParams(RequestOptions, total=False):
    """The arguments of ``list_available_phone_number_resources``."""


OPERATION = Operation(
    name="list_available_phone_number_resources",
    method="GET",
    path="/Accounts/{AccountSid}/AvailablePhoneNumbers",
    path_params=(Field("AccountSid", "account_sid"),),
    result="available_phone_number_country_list.AvailablePhoneNumberCountryList",
)
