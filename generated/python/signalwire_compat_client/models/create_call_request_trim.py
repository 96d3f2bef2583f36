from enum import StrEnum


class CreateCallRequestTrim(StrEnum):
    TRIM_SILENCE = "trim-silence"
    DO_NOT_TRIM = "do-not-trim"

    def __str__(self) -> str:
        return str(self.value)
