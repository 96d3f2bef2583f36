from enum import StrEnum
from typing import Literal


class UpdateStreamStatus(StrEnum):
    STOPPED = "stopped"


UpdateStreamStatusLiteral = Literal["stopped"]
"""The values of ``UpdateStreamStatus``, as plain strings."""
