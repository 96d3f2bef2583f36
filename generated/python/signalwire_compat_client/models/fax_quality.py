from enum import StrEnum
from typing import Literal


class FaxQuality(StrEnum):
    STANDARD = "standard"
    FINE = "fine"
    SUPERFINE = "superfine"


FaxQualityLiteral = Literal["standard", "fine", "superfine"]
"""The values of ``FaxQuality``, as plain strings."""
