from enum import StrEnum
from typing import Literal


class UpdateCallStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)


UpdateCallStatusLiteral = Literal["canceled", "completed"]
"""The values of ``UpdateCallStatus``, as plain strings."""
