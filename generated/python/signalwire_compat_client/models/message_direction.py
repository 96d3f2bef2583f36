from enum import StrEnum
from typing import Literal


class MessageDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"


MessageDirectionLiteral = Literal[
    "inbound", "outbound-api", "outbound-call", "outbound-reply"
]
"""The values of ``MessageDirection``, as plain strings."""
