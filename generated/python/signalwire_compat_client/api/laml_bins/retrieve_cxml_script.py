"""Retrieve a cXML script: ``GET /Accounts/{AccountSid}/LamlBins/{LamlBinSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveCxmlScriptParams"]


class RetrieveCxmlScriptParams(RequestOptions, total=False):
    """The arguments of ``retrieve_cxml_script``."""


OPERATION = Operation(
    name="retrieve_cxml_script",
    method="GET",
    path="/Accounts/{AccountSid}/LamlBins/{LamlBinSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("LamlBinSid", "laml_bin_sid"),
    ),
    result="laml_bin.LamlBin",
)
