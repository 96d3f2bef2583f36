from enum import StrEnum
from typing import Literal


class FaxStatusCallbackEvent(StrEnum):
    INITIATED = "initiated"
    RINGING = "ringing"
    ANSWERED = "answered"
    COMPLETED = "completed"
    RINGING_FORWARDED = "ringing_forwarded"
    RINGING_QUEUED = "ringing_queued"


FaxStatusCallbackEventLiteral = Literal[
    "initiated",
    "ringing",
    "answered",
    "completed",
    "ringing_forwarded",
    "ringing_queued",
]
"""The values of ``FaxStatusCallbackEvent``, as plain strings."""
