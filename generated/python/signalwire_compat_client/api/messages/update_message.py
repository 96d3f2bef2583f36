"""Update a message: ``POST /Accounts/{AccountSid}/Messages/{MessageSid}``."""

from __future__ import annotations

from typing import Required

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "UpdateMessageParams"]


class UpdateMessageParams(RequestOptions, total=False):
    """The arguments of ``update_message``; leave one out to leave it unset."""

    body: Required[str]
    """The new text of the message; it must be empty, which redacts the message."""


OPERATION = Operation(
    name="update_message",
    method="POST",
    path="/Accounts/{AccountSid}/Messages/{MessageSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("MessageSid", "message_sid"),
    ),
    body=(Field("Body", "body", "string", required=True, max_length=0),),
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    result="message.Message",
)
