from enum import StrEnum
from typing import Literal


class UpdateStreamStatus(StrEnum):
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)


UpdateStreamStatusLiteral = Literal["stopped"]
"""The values of ``UpdateStreamStatus``, as plain strings."""
