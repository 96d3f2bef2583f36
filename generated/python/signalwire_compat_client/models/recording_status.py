from enum import StrEnum
from typing import Literal


class RecordingStatus(StrEnum):
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    ABSENT = "absent"

    def __str__(self) -> str:
        return str(self.value)


RecordingStatusLiteral = Literal["in-progress", "completed", "absent"]
"""The values of ``RecordingStatus``, as plain strings."""
