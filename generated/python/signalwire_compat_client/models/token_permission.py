from enum import StrEnum
from typing import Literal


class TokenPermission(StrEnum):
    CALLING = "calling"
    CHAT = "chat"
    DATASPHERE = "datasphere"
    FAX = "fax"
    MANAGEMENT = "management"
    MESSAGING = "messaging"
    NUMBERS = "numbers"
    PUBSUB = "pubsub"
    STORAGE = "storage"
    TASKING = "tasking"
    VIDEO = "video"


TokenPermissionLiteral = Literal[
    "calling",
    "chat",
    "datasphere",
    "fax",
    "management",
    "messaging",
    "numbers",
    "pubsub",
    "storage",
    "tasking",
    "video",
]
"""The values of ``TokenPermission``, as plain strings."""
