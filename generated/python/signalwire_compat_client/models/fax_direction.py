from enum import StrEnum
from typing import Literal


class FaxDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"

    def __str__(self) -> str:
        return str(self.value)


FaxDirectionLiteral = Literal["inbound", "outbound"]
"""The values of ``FaxDirection``, as plain strings."""
