from enum import StrEnum
from typing import Literal


class CreateCallRequestTrim(StrEnum):
    TRIM_SILENCE = "trim-silence"
    DO_NOT_TRIM = "do-not-trim"


CreateCallRequestTrimLiteral = Literal["trim-silence", "do-not-trim"]
"""The values of ``CreateCallRequestTrim``, as plain strings."""
