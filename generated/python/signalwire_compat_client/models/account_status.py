from enum import StrEnum
from typing import Literal


class AccountStatus(StrEnum):
    ACTIVE = "active"


AccountStatusLiteral = Literal["active"]
"""The values of ``AccountStatus``, as plain strings."""
