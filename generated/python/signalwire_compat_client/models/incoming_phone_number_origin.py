from enum import StrEnum
from typing import Literal


class IncomingPhoneNumberOrigin(StrEnum):
    SIGNALWIRE = "signalwire"
    HOSTED = "hosted"

    def __str__(self) -> str:
        return str(self.value)


IncomingPhoneNumberOriginLiteral = Literal["signalwire", "hosted"]
"""The values of ``IncomingPhoneNumberOrigin``, as plain strings."""
