"""List applications: ``GET /Accounts/{AccountSid}/Applications``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListApplicationsParams"]


class ListApplicationsParams(RequestOptions, total=False):
    """The arguments of ``list_applications``."""

    friendly_name: str
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_applications",
    method="GET",
    path="/Accounts/{AccountSid}/Applications",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("FriendlyName", "friendly_name", "string"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="application_list.ApplicationList",
    items="applications",
)
