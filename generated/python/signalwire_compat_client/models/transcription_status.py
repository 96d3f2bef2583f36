from enum import StrEnum
from typing import Literal


class TranscriptionStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"


TranscriptionStatusLiteral = Literal["completed", "failed"]
"""The values of ``TranscriptionStatus``, as plain strings."""
