from enum import StrEnum
from typing import Literal


class AccountStatus(StrEnum):
    ACTIVE = "active"

    def __str__(self) -> str:
        return str(self.value)


AccountStatusLiteral = Literal["active"]
"""The values of ``AccountStatus``, as plain strings."""
