from enum import StrEnum
from typing import Literal


class ConferenceStatus(StrEnum):
    INIT = "init"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)


ConferenceStatusLiteral = Literal["init", "in-progress", "completed"]
"""The values of ``ConferenceStatus``, as plain strings."""
