from enum import StrEnum
from typing import Literal


class AccountType(StrEnum):
    FULL = "Full"

    def __str__(self) -> str:
        return str(self.value)


AccountTypeLiteral = Literal["Full"]
"""The values of ``AccountType``, as plain strings."""
