from enum import StrEnum
from typing import Literal


class FaxStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    SENDING = "sending"
    DELIVERED = "delivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    NO_ANSWER = "no-answer"
    BUSY = "busy"
    FAILED = "failed"
    CANCELED = "canceled"


FaxStatusLiteral = Literal[
    "queued",
    "processing",
    "sending",
    "delivered",
    "receiving",
    "received",
    "no-answer",
    "busy",
    "failed",
    "canceled",
]
"""The values of ``FaxStatus``, as plain strings."""
