"""List accounts: ``GET /Accounts``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListAccountsParams"]


class ListAccountsParams(RequestOptions, total=False):
    """The arguments of ``list_accounts``."""

    friendly_name: str
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_accounts",
    method="GET",
    path="/Accounts",
    path_params=(),
    query=(
        Field("FriendlyName", "friendly_name", "string"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="account_list.AccountList",
    items="accounts",
)
