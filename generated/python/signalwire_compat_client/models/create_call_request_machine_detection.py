from enum import StrEnum
from typing import Literal


class CreateCallRequestMachineDetection(StrEnum):
    ENABLE = "Enable"
    DETECTMESSAGEEND = "DetectMessageEnd"
    NONE = "none"


CreateCallRequestMachineDetectionLiteral = Literal["Enable", "DetectMessageEnd", "none"]
"""The values of ``CreateCallRequestMachineDetection``, as plain strings."""
