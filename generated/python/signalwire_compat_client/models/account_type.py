from enum import StrEnum
from typing import Literal


class AccountType(StrEnum):
    FULL = "Full"


AccountTypeLiteral = Literal["Full"]
"""The values of ``AccountType``, as plain strings."""
