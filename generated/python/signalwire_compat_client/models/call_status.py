from enum import StrEnum
from typing import Literal


class CallStatus(StrEnum):
    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    CANCELED = "canceled"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"


CallStatusLiteral = Literal[
    "queued",
    "ringing",
    "in-progress",
    "canceled",
    "completed",
    "busy",
    "failed",
    "no-answer",
]
"""The values of ``CallStatus``, as plain strings."""
