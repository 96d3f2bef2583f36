from enum import StrEnum
from typing import Literal


class RecordingSource(StrEnum):
    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutBoundApi"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingApi"
    STARTCONFERENCERECORDING = "StartConferenceRecording"


RecordingSourceLiteral = Literal[
    "DialVerb",
    "Conference",
    "OutBoundApi",
    "Trunking",
    "RecordVerb",
    "StartCallRecordingApi",
    "StartConferenceRecording",
]
"""The values of ``RecordingSource``, as plain strings."""
