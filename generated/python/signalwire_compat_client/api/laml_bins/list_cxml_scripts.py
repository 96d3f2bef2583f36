"""List cXML scripts: ``GET /Accounts/{AccountSid}/LamlBins``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListCxmlScriptsParams"]


class ListCxmlScriptsParams(RequestOptions, total=False):
    """The arguments of ``list_cxml_scripts``."""

    name: str
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_cxml_scripts",
    method="GET",
    path="/Accounts/{AccountSid}/LamlBins",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("Name", "name", "string"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="laml_bin_list.LamlBinList",
    items="laml_bins",
)
