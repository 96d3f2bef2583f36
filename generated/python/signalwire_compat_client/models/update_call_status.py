from enum import StrEnum
from typing import Literal


class UpdateCallStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETED = "completed"


UpdateCallStatusLiteral = Literal["canceled", "completed"]
"""The values of ``UpdateCallStatus``, as plain strings."""
