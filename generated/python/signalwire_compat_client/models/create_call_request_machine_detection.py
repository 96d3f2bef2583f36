from enum import StrEnum
from typing import Literal


class CreateCallRequestMachineDetection(StrEnum):
    ENABLE = "Enable"
    DETECTMESSAGEEND = "DetectMessageEnd"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)


CreateCallRequestMachineDetectionLiteral = Literal["Enable", "DetectMessageEnd", "none"]
"""The values of ``CreateCallRequestMachineDetection``, as plain strings."""
