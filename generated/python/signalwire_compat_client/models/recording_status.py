from enum import StrEnum
from typing import Literal


class RecordingStatus(StrEnum):
    QUEUED = "queued"
    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    RESUMED = "resumed"
    COMPLETED = "completed"
    ABSENT = "absent"
    STOPPED = "stopped"


RecordingStatusLiteral = Literal[
    "queued", "in-progress", "paused", "resumed", "completed", "absent", "stopped"
]
"""The values of ``RecordingStatus``, as plain strings."""
