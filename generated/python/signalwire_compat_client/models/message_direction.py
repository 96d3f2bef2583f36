from enum import StrEnum
from typing import Literal


class MessageDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"

    def __str__(self) -> str:
        return str(self.value)


MessageDirectionLiteral = Literal[
    "inbound", "outbound-api", "outbound-call", "outbound-reply"
]
"""The values of ``MessageDirection``, as plain strings."""
