from enum import StrEnum


class CreateCallRequestMachineDetection(StrEnum):
    ENABLE = "Enable"
    DETECTMESSAGEEND = "DetectMessageEnd"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
