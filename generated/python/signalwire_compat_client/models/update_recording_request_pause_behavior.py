from enum import StrEnum
from typing import Literal


class UpdateRecordingRequestPauseBehavior(StrEnum):
    SKIP = "skip"
    SILENCE = "silence"

    def __str__(self) -> str:
        return str(self.value)


UpdateRecordingRequestPauseBehaviorLiteral = Literal["skip", "silence"]
"""The values of ``UpdateRecordingRequestPauseBehavior``, as plain strings."""
