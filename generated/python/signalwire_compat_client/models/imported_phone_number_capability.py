from enum import StrEnum
from typing import Literal


class ImportedPhoneNumberCapability(StrEnum):
    SMS = "sms"
    VOICE = "voice"
    FAX = "fax"
    MMS = "mms"


ImportedPhoneNumberCapabilityLiteral = Literal["sms", "voice", "fax", "mms"]
"""The values of ``ImportedPhoneNumberCapability``, as plain strings."""
