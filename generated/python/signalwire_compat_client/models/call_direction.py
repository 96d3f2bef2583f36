from enum import StrEnum
from typing import Literal


class CallDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_DIAL = "outbound-dial"


CallDirectionLiteral = Literal["inbound", "outbound", "outbound-api", "outbound-dial"]
"""The values of ``CallDirection``, as plain strings."""
