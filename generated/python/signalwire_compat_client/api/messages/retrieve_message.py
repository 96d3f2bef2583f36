"""Retrieve a message: ``GET /Accounts/{AccountSid}/Messages/{MessageSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveMessageParams"]


class RetrieveMessageParams(RequestOptions, total=False):
    """The arguments of ``retrieve_message``."""


OPERATION = Operation(
    name="retrieve_message",
    method="GET",
    path="/Accounts/{AccountSid}/Messages/{MessageSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("MessageSid", "message_sid"),
    ),
    result="message.Message",
)
