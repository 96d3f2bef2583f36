from enum import StrEnum
from typing import Literal


class AnsweredBy(StrEnum):
    HUMAN = "human"
    MACHINE = "machine"


AnsweredByLiteral = Literal["human", "machine"]
"""The values of ``AnsweredBy``, as plain strings."""
