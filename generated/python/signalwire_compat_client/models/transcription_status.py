from enum import StrEnum
from typing import Literal


class TranscriptionStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)


TranscriptionStatusLiteral = Literal["completed", "failed"]
"""The values of ``TranscriptionStatus``, as plain strings."""
