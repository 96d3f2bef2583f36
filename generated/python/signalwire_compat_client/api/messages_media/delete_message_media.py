"""Delete a message's media file: ``DELETE /Accounts/{AccountSid}/Messages/{MessageSid}/Media/{MediaSid}``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "DeleteMessageMediaParams"]


class DeleteMessageMediaParams(RequestOptions, total=False):
    """The arguments of ``delete_message_media``."""


OPERATION = Operation(
    name="delete_message_media",
    method="DELETE",
    path="/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{MediaSid}",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("MessageSid", "message_sid"),
        Field("MediaSid", "media_sid"),
    ),
)
