from enum import StrEnum
from typing import Literal


class StreamTrack(StrEnum):
    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


StreamTrackLiteral = Literal["inbound_track", "outbound_track", "both_tracks"]
"""The values of ``StreamTrack``, as plain strings."""
