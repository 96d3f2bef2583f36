from enum import StrEnum
from typing import Literal


class UpdateRecordingRequestPauseBehavior(StrEnum):
    SKIP = "skip"
    SILENCE = "silence"


UpdateRecordingRequestPauseBehaviorLiteral = Literal["skip", "silence"]
"""The values of ``UpdateRecordingRequestPauseBehavior``, as plain strings."""
