from enum import StrEnum
from typing import Literal


class StreamCodec(StrEnum):
    PCMU = "PCMU"
    PCMA = "PCMA"
    L16 = "L16"
    L1616000H = "L16@16000h"
    L1624000H = "L16@24000h"


StreamCodecLiteral = Literal["PCMU", "PCMA", "L16", "L16@16000h", "L16@24000h"]
"""The values of ``StreamCodec``, as plain strings."""
