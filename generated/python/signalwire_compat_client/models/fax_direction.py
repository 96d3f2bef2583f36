from enum import StrEnum
from typing import Literal


class FaxDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


FaxDirectionLiteral = Literal["inbound", "outbound"]
"""The values of ``FaxDirection``, as plain strings."""
