from enum import StrEnum
from typing import Literal


class MessageStatus(StrEnum):
    QUEUED = "queued"
    INITIATED = "initiated"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    RECEIVING = "receiving"
    RECEIVED = "received"


MessageStatusLiteral = Literal[
    "queued",
    "initiated",
    "sending",
    "sent",
    "delivered",
    "undelivered",
    "failed",
    "receiving",
    "received",
]
"""The values of ``MessageStatus``, as plain strings."""
