from enum import StrEnum
from typing import Literal


class IncomingPhoneNumberVoiceReceiveMode(StrEnum):
    VOICE = "voice"
    FAX = "fax"

    def __str__(self) -> str:
        return str(self.value)


IncomingPhoneNumberVoiceReceiveModeLiteral = Literal["voice", "fax"]
"""The values of ``IncomingPhoneNumberVoiceReceiveMode``, as plain strings."""
