from enum import StrEnum
from typing import Literal


class CreateRecordingRequestRecordingTrack(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"

    def __str__(self) -> str:
        return str(self.value)


CreateRecordingRequestRecordingTrackLiteral = Literal["inbound", "outbound", "both"]
"""The values of ``CreateRecordingRequestRecordingTrack``, as plain strings."""
