"""Delete an application: ``DELETE /Accounts/{AccountSid}/Applications/{ApplicationSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteApplicationParams"]


class DeleteApplicationParams(RequestOptions, total=False):
    """The arguments of ``delete_application``."""


OPERATION = Operation(
    name="delete_application",
    method="DELETE",
    path="/Accounts/{AccountSid}/Applications/{ApplicationSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("ApplicationSid", "application_sid"),
    ),
)
