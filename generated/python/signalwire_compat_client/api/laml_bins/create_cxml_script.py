"""Create a cXML script: ``POST /Accounts/{AccountSid}/LamlBins``."""

from __future__ import annotations

from typing import Required

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "CreateCxmlScriptParams"]


class CreateCxmlScriptParams(RequestOptions, total=False):
    """The arguments of ``create_cxml_script``; leave one out to leave it unset."""

    name: Required[str]
    """The name of the script."""
    contents: str
    """The cXML document the script serves; it may hold Mustache templates ({{From}}), filled in
    from each request. Default is an empty Response element."""


OPERATION = Operation(
    name="create_cxml_script",
    method="POST",
    path="/Accounts/{AccountSid}/LamlBins",
    path_params=(Field("AccountSid", "account_sid"),),
    body=(
        Field("Name", "name", "string", required=True, min_length=1),
        Field("Contents", "contents", "string"),
    ),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="laml_bin.LamlBin",
)
