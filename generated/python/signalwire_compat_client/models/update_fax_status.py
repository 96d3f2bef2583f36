from enum import StrEnum
from typing import Literal


class UpdateFaxStatus(StrEnum):
    CANCELED = "canceled"

    def __str__(self) -> str:
        return str(self.value)


UpdateFaxStatusLiteral = Literal["canceled"]
"""The values of ``UpdateFaxStatus``, as plain strings."""
