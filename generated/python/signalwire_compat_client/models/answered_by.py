from enum import StrEnum
from typing import Literal


class AnsweredBy(StrEnum):
    HUMAN = "human"
    MACHINE = "machine"

    def __str__(self) -> str:
        return str(self.value)


AnsweredByLiteral = Literal["human", "machine"]
"""The values of ``AnsweredBy``, as plain strings."""
