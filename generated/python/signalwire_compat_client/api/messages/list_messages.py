"""List messages: ``GET /Accounts/{AccountSid}/Messages``."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from signalwire_compat._operation import Field, Operation, RequestOptions

if TYPE_CHECKING:
    from ...models.message_status import MessageStatus, MessageStatusLiteral


__all__ = ["OPERATION", "ListMessagesParams"]


class ListMessagesParams(RequestOptions, total=False):
    """The arguments of ``list_messages``."""

    to: str
    from_: str
    status: MessageStatus | MessageStatusLiteral
    """The status of a message. Outbound: queued, initiated, sending, sent, then delivered or
    undelivered, or failed. Inbound: receiving, then received."""
    date_sent: str | datetime.date
    date_sent_before: str | datetime.date
    date_sent_after: str | datetime.date
    page: int
    page_size: int
    page_token: str


OPERATION = Operation(
    name="list_messages",
    method="GET",
    path="/Accounts/{AccountSid}/Messages",
    path_params=(Field("AccountSid", "account_sid"),),
    query=(
        Field("To", "to", "string"),
        Field("From", "from_", "string"),
        Field(
            "Status",
            "status",
            "enum",
            choices=(
                "queued",
                "initiated",
                "sending",
                "sent",
                "delivered",
                "undelivered",
                "failed",
                "receiving",
                "received",
            ),
        ),
        Field("DateSent", "date_sent", "date"),
        Field("DateSent<", "date_sent_before", "date"),
        Field("DateSent>", "date_sent_after", "date"),
        Field("Page", "page", "integer"),
        Field("PageSize", "page_size", "integer"),
        Field("PageToken", "page_token", "string"),
    ),
    result="message_list.MessageList",
    items="messages",
)
