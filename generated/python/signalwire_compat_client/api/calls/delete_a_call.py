"""Delete a call: ``DELETE /Accounts/{AccountSid}/Calls/{CallSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteACallParams"]


class DeleteACallParams(RequestOptions, total=False):
    """The arguments of ``delete_a_call``."""


OPERATION = Operation(
    name="delete_a_call",
    method="DELETE",
    path="/Accounts/{AccountSid}/Calls/{CallSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("CallSid", "call_sid"),
    ),
)
