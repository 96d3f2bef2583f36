from enum import StrEnum
from typing import Literal


class CreateCallRequestRecordingTrack(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"


CreateCallRequestRecordingTrackLiteral = Literal["inbound", "outbound", "both"]
"""The values of ``CreateCallRequestRecordingTrack``, as plain strings."""
