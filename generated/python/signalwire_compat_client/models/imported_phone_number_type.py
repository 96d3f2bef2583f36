from enum import StrEnum
from typing import Literal


class ImportedPhoneNumberType(StrEnum):
    LONGCODE = "longcode"
    TOLLFREE = "tollfree"

    def __str__(self) -> str:
        return str(self.value)


ImportedPhoneNumberTypeLiteral = Literal["longcode", "tollfree"]
"""The values of ``ImportedPhoneNumberType``, as plain strings."""
