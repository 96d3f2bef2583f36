from enum import StrEnum
from typing import Literal


class CreateRecordingRequestRecordingTrack(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"


CreateRecordingRequestRecordingTrackLiteral = Literal["inbound", "outbound", "both"]
"""The values of ``CreateRecordingRequestRecordingTrack``, as plain strings."""
