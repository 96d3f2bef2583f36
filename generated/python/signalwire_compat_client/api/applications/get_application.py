"""Retrieve an application: ``GET /Accounts/{AccountSid}/Applications/{ApplicationSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "GetApplicationParams"]


class GetApplicationParams(RequestOptions, total=False):
    """The arguments of ``get_application``."""


OPERATION = Operation(
    name="get_application",
    method="GET",
    path="/Accounts/{AccountSid}/Applications/{ApplicationSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ApplicationSid", "application_sid"),
    ),
    result="application.Application",
)
