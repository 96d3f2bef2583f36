"""Delete a fax: ``DELETE /Accounts/{AccountSid}/Faxes/{FaxSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteFaxParams"]


class DeleteFaxParams(RequestOptions, total=False):
    """The arguments of ``delete_fax``."""


OPERATION = Operation(
    name="delete_fax",
    method="DELETE",
    path="/Accounts/{AccountSid}/Faxes/{FaxSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("FaxSid", "fax_sid"),
    ),
)
