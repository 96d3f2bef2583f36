from enum import StrEnum
from typing import Literal


class ImportedPhoneNumberType(StrEnum):
    LONGCODE = "longcode"
    TOLLFREE = "tollfree"


ImportedPhoneNumberTypeLiteral = Literal["longcode", "tollfree"]
"""The values of ``ImportedPhoneNumberType``, as plain strings."""
