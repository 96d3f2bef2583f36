from enum import StrEnum
from typing import Literal


class IncomingPhoneNumberAddressRequirements(StrEnum):
    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"


IncomingPhoneNumberAddressRequirementsLiteral = Literal[
    "none", "any", "local", "foreign"
]
"""The values of ``IncomingPhoneNumberAddressRequirements``, as plain strings."""
