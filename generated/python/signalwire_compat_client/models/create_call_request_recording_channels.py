from enum import StrEnum


class CreateCallRequestRecordingChannels(StrEnum):
    DUAL = "dual"
    MONO = "mono"

    def __str__(self) -> str:
        return str(self.value)
