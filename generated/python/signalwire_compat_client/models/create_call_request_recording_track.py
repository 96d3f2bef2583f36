from enum import StrEnum


class CreateCallRequestRecordingTrack(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"

    def __str__(self) -> str:
        return str(self.value)
