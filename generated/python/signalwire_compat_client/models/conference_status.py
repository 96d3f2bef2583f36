from enum import StrEnum
from typing import Literal


class ConferenceStatus(StrEnum):
    INIT = "init"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"


ConferenceStatusLiteral = Literal["init", "in-progress", "completed"]
"""The values of ``ConferenceStatus``, as plain strings."""
