"""List faxes: ``GET /Accounts/{AccountSid}/Faxes``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListAllFaxesParams"]


class ListAllFaxesParams(RequestOptions, total=False):
    """The arguments of ``list_all_faxes``."""

    from_: str
    to: str
    date_created_after: str
    date_created_on_or_before: str
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_all_faxes",
    method="GET",
    path="/Accounts/{AccountSid}/Faxes",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("From", "from_", "string"),
        Field("To", "to", "string"),
        Field("DateCreatedAfter", "date_created_after", "string"),
        Field("DateCreatedOnOrBefore", "date_created_on_or_before", "string"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="fax_list.FaxList",
    items="faxes",
)
