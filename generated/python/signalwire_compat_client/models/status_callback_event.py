from enum import StrEnum


class StatusCallbackEvent(StrEnum):
    INITIATED = "initiated"
    RINGING = "ringing"
    ANSWERED = "answered"
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
