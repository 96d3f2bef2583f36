from enum import StrEnum
from typing import Literal


class IncomingPhoneNumberVoiceReceiveMode(StrEnum):
    VOICE = "voice"
    FAX = "fax"


IncomingPhoneNumberVoiceReceiveModeLiteral = Literal["voice", "fax"]
"""The values of ``IncomingPhoneNumberVoiceReceiveMode``, as plain strings."""
