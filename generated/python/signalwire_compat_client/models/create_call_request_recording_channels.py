from enum import StrEnum
from typing import Literal


class CreateCallRequestRecordingChannels(StrEnum):
    MONO = "mono"
    DUAL = "dual"

    def __str__(self) -> str:
        return str(self.value)


CreateCallRequestRecordingChannelsLiteral = Literal["mono", "dual"]
"""The values of ``CreateCallRequestRecordingChannels``, as plain strings."""
