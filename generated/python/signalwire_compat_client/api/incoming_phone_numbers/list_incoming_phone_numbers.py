"""List the project's phone numbers: ``GET /Accounts/{AccountSid}/IncomingPhoneNumbers``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListIncomingPhoneNumbersParams"]


class ListIncomingPhoneNumbersParams(RequestOptions, total=False):
    """The arguments of ``list_incoming_phone_numbers``."""

    friendly_name: str
    phone_number: str
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_incoming_phone_numbers",
    method="GET",
    path="/Accounts/{AccountSid}/IncomingPhoneNumbers",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("FriendlyName", "friendly_name", "string"),
        Field("PhoneNumber", "phone_number", "string"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="incoming_phone_number_list.IncomingPhoneNumberList",
    items="incoming_phone_numbers",
)
