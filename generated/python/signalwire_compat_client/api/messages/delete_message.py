"""Delete a message: ``DELETE /Accounts/{AccountSid}/Messages/{MessageSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteMessageParams"]


class DeleteMessageParams(RequestOptions, total=False):
    """The arguments of ``delete_message``."""


OPERATION = Operation(
    name="delete_message",
    method="DELETE",
    path="/Accounts/{AccountSid}/Messages/{MessageSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("MessageSid", "message_sid"),
    ),
)
