from enum import StrEnum
from typing import Literal


class CreateCallRequestRecordingChannels(StrEnum):
    MONO = "mono"
    DUAL = "dual"


CreateCallRequestRecordingChannelsLiteral = Literal["mono", "dual"]
"""The values of ``CreateCallRequestRecordingChannels``, as plain strings."""
