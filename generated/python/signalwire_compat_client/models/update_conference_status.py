from enum import StrEnum
from typing import Literal


class UpdateConferenceStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)


UpdateConferenceStatusLiteral = Literal["completed"]
"""The values of ``UpdateConferenceStatus``, as plain strings."""
