from enum import StrEnum
from typing import Literal


class CreateRecordingRequestRecordingChannels(StrEnum):
    MONO = "mono"
    DUAL = "dual"

    def __str__(self) -> str:
        return str(self.value)


CreateRecordingRequestRecordingChannelsLiteral = Literal["mono", "dual"]
"""The values of ``CreateRecordingRequestRecordingChannels``, as plain strings."""
