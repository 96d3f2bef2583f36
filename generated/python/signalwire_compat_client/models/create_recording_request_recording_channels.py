from enum import StrEnum
from typing import Literal


class CreateRecordingRequestRecordingChannels(StrEnum):
    MONO = "mono"
    DUAL = "dual"


CreateRecordingRequestRecordingChannelsLiteral = Literal["mono", "dual"]
"""The values of ``CreateRecordingRequestRecordingChannels``, as plain strings."""
