from enum import StrEnum


class CreateCallRequestRecordingChannels(StrEnum):
    MONO = "mono"
    DUAL = "dual"

    def __str__(self) -> str:
        return str(self.value)
