from enum import StrEnum
from typing import Literal


class ParticipantStatus(StrEnum):
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"


ParticipantStatusLiteral = Literal["in-progress", "completed"]
"""The values of ``ParticipantStatus``, as plain strings."""
