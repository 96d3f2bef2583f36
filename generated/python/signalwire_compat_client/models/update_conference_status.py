from enum import StrEnum
from typing import Literal


class UpdateConferenceStatus(StrEnum):
    COMPLETED = "completed"


UpdateConferenceStatusLiteral = Literal["completed"]
"""The values of ``UpdateConferenceStatus``, as plain strings."""
