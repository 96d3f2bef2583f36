from enum import StrEnum


class CreateCallRequestMachineDetection(StrEnum):
    DETECTMESSAGEEND = "DetectMessageEnd"
    ENABLE = "Enable"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
