from enum import StrEnum
from typing import Literal


class StatusCallbackEvent(StrEnum):
    INITIATED = "initiated"
    RINGING = "ringing"
    ANSWERED = "answered"
    COMPLETED = "completed"


StatusCallbackEventLiteral = Literal["initiated", "ringing", "answered", "completed"]
"""The values of ``StatusCallbackEvent``, as plain strings."""
