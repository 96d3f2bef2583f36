from enum import StrEnum
from typing import Literal


class RecordingTrim(StrEnum):
    TRIM_SILENCE = "trim-silence"
    DO_NOT_TRIM = "do-not-trim"


RecordingTrimLiteral = Literal["trim-silence", "do-not-trim"]
"""The values of ``RecordingTrim``, as plain strings."""
