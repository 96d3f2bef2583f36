"""Delete a cXML script: ``DELETE /Accounts/{AccountSid}/LamlBins/{LamlBinSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteCxmlScriptParams"]


class DeleteCxmlScriptParams(RequestOptions, total=False):
    """The arguments of ``delete_cxml_script``."""


OPERATION = Operation(
    name="delete_cxml_script",
    method="DELETE",
    path="/Accounts/{AccountSid}/LamlBins/{LamlBinSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("LamlBinSid", "laml_bin_sid"),
    ),
)
