from enum import StrEnum
from typing import Literal


class StreamStatus(StrEnum):
    QUEUED = "queued"
    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


StreamStatusLiteral = Literal["queued", "in-progress", "stopped"]
"""The values of ``StreamStatus``, as plain strings."""
