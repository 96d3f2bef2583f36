from enum import StrEnum
from typing import Literal


class IncomingPhoneNumberOrigin(StrEnum):
    SIGNALWIRE = "signalwire"
    HOSTED = "hosted"


IncomingPhoneNumberOriginLiteral = Literal["signalwire", "hosted"]
"""The values of ``IncomingPhoneNumberOrigin``, as plain strings."""
