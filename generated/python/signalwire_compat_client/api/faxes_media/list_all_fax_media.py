"""List a fax's media: ``GET /Accounts/{AccountSid}/Faxes/{FaxSid}/Media``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListAllFaxMediaParams"]


class ListAllFaxMediaParams(RequestOptions, total=False):
    """The arguments of ``list_all_fax_media``."""

    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_all_fax_media",
    method="GET",
    path="/Accounts/{AccountSid}/Faxes/{FaxSid}/Media",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("FaxSid", "fax_sid"),
    ),
    query=(
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="fax_media_list.FaxMediaList",
    items="media",
)
