"""Retrieve a message's media file: ``GET /Accounts/{AccountSid}/Messages/{MessageSid}/Media/{MediaSid}.json``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "RetrieveMediaParams"]


class RetrieveMediaParams(RequestOptions, total=False):
    """The arguments of ``retrieve_media``."""


OPERATION = Operation(
    name="retrieve_media",
    method="GET",
    path="/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{MediaSid}.json",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("MessageSid", "message_sid"),
        Field("MediaSid", "media_sid"),
    ),
    result="media.Media",
)
