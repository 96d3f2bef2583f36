"""List a message's media: ``GET /Accounts/{AccountSid}/Messages/{MessageSid}/Media``."""

from __future__ import annotations

import datetime

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "ListMediaParams"]


class ListMediaParams(RequestOptions, total=False):
    """The arguments of ``list_media``."""

    date_created: str | datetime.date
    date_created_before: str | datetime.date
    date_created_after: str | datetime.date
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_media",
    method="GET",
    path="/Accounts/{AccountSid}/Messages/{MessageSid}/Media",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("MessageSid", "message_sid"),
    ),
    query=(
        Field("DateCreated", "date_created", "date"),
        Field("DateCreated<", "date_created_before", "date"),
        Field("DateCreated>", "date_created_after", "date"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="message_media_list.MessageMediaList",
    items="media_list",
)
