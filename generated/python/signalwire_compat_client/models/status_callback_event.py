from enum import StrEnum


class StatusCallbackEvent(StrEnum):
    ANSWERED = "answered"
    COMPLETED = "completed"
    INITIATED = "initiated"
    RINGING = "ringing"

    def __str__(self) -> str:
        return str(self.value)
