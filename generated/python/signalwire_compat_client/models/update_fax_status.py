from enum import StrEnum
from typing import Literal


class UpdateFaxStatus(StrEnum):
    CANCELED = "canceled"


UpdateFaxStatusLiteral = Literal["canceled"]
"""The values of ``UpdateFaxStatus``, as plain strings."""
