"""Update a cXML script: ``POST /Accounts/{AccountSid}/LamlBins/{LamlBinSid}``."""

from __future__ import annotations

from typing import Required

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "UpdateCxmlScriptParams"]


class UpdateCxmlScriptParams(RequestOptions, total=False):
    """The arguments of ``update_cxml_script``; leave one out to leave it unset."""

    name: Required[str]
    """The name of the script, given again or changed."""
    contents: str
    """The new cXML document the script serves; it may hold Mustache templates ({{From}}), filled
    in from each request."""


OPERATION = Operation(
    name="update_cxml_script",
    method="POST",
    path="/Accounts/{AccountSid}/LamlBins/{LamlBinSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("LamlBinSid", "laml_bin_sid"),
    ),
    body=(
        Field("Name", "name", "string", required=True, min_length=1),
        Field("Contents", "contents", "string"),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="laml_bin.LamlBin",
)
