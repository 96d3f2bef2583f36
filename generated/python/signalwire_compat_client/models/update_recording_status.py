from enum import StrEnum
from typing import Literal


class UpdateRecordingStatus(StrEnum):
    PAUSED = "paused"
    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"


UpdateRecordingStatusLiteral = Literal["paused", "in-progress", "stopped"]
"""The values of ``UpdateRecordingStatus``, as plain strings."""
