from enum import StrEnum
from typing import Literal


class CreateCallRequestRecordingTrack(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"

    def __str__(self) -> str:
        return str(self.value)


CreateCallRequestRecordingTrackLiteral = Literal["inbound", "outbound", "both"]
"""The values of ``CreateCallRequestRecordingTrack``, as plain strings."""
